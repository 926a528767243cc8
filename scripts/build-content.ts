/** Prebuild step: compiles content/ into .content/site.json, which the Next.js pages read. */
import path from 'node:path';
import { buildContent, writeSiteData } from '../lib/content/build';
import { ContentErrors } from '../lib/content/errors';
import { SITE_DATA_FILE } from '../lib/content/paths';
import { writeSearchFiles } from '../lib/search/write-files';

const root = process.cwd();
const started = performance.now();
try {
  const data = await buildContent(path.join(root, 'content'), root);
  writeSiteData(data, path.join(root, SITE_DATA_FILE));
  const anchors = data.entries.reduce((n, e) => n + e.headings.length, 0);
  console.log(`content: ${data.entries.length} entries, ${anchors} anchors compiled in ${Math.round(performance.now() - started)} ms → ${SITE_DATA_FILE}`);
  const search = writeSearchFiles(data, path.join(root, 'public'));
  console.log(`search: ${search.records} sections indexed in ${search.ms} ms → public${search.files.join(', public')}`);
} catch (error) {
  if (error instanceof ContentErrors) {
    console.error(`\n✖ The content has problems; fix them and build again.\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
