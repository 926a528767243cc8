/**
 * Prebuild step: compiles content/ into .content/site.json, which the Next.js pages read, renders the
 * diagrams that have no rendering in public/diagrams/ yet, and writes the search file and the link-preview
 * images into public/. In CI (CI set) it renders nothing: a diagram
 * without a committed rendering fails the build, so what is committed is what is served.
 */
import path from 'node:path';
import { buildContent, writeSiteData } from '../lib/content/build';
import type { DiagramStats } from '../lib/content/diagrams';
import { ContentErrors } from '../lib/content/errors';
import { SITE_DATA_FILE } from '../lib/content/paths';
import { PUBLISHED_ANCHORS_FILE } from '../lib/content/published-anchors';
import { writeSearchFiles } from '../lib/search/write-files';
import { ogPages } from '../lib/export/og-pages';
import { writeOgImages } from '../lib/export/og-store';
import { citationIndex, writeCitationFiles } from '../lib/citations/write-files';
import { BASE_PATH, SITE_URL } from '../lib/site-config';

const root = process.cwd();
const started = performance.now();
let stats: DiagramStats | undefined;
try {
  const data = await buildContent(path.join(root, 'content'), root, {
    render: process.env.CI ? 'never' : 'missing',
    onRender: (s) => (stats = s),
    // Published links must keep working: the content step itself fails when one would break.
    anchorsFile: path.join(root, PUBLISHED_ANCHORS_FILE),
  });
  writeSiteData(data, path.join(root, SITE_DATA_FILE));
  const anchors = data.entries.reduce((n, e) => n + e.headings.length, 0);
  const diagrams = stats ? `, ${stats.unique} diagrams (${stats.rendered ? `${stats.rendered} rendered in ${stats.ms} ms` : 'all rendered already'})` : '';
  console.log(`content: ${data.entries.length} entries, ${anchors} anchors${diagrams} compiled in ${Math.round(performance.now() - started)} ms → ${SITE_DATA_FILE}`);
  const search = writeSearchFiles(data, path.join(root, 'public'));
  console.log(`search: ${search.records} sections indexed in ${search.ms} ms → public${search.files.join(', public')}`);
  const citing = performance.now();
  const { index, texts } = citationIndex(data, root, (process.env.SITE_URL ?? SITE_URL).replace(/\/$/, ''), process.env.BASE_PATH ?? BASE_PATH, new Date().toISOString().slice(0, 10));
  const cited = writeCitationFiles(index, texts, path.join(root, 'public'));
  console.log(
    `citations: ${Object.keys(index.pages).length} pages, /citations.json ${(cited.indexBytes / 1024).toFixed(0)} KB, archive ${cited.archiveFiles} texts (${(cited.archiveBytes / 1024).toFixed(0)} KB) in ${Math.round(performance.now() - citing)} ms`,
  );
  const og = await writeOgImages(ogPages(data), path.join(root, 'public'), root);
  console.log(`og: ${og.pages} link-preview images (${og.rendered ? `${og.rendered} rendered in ${og.renderMs} ms` : 'all cached'}) → public/og/`);
} catch (error) {
  if (error instanceof ContentErrors) {
    console.error(`\n✖ The content has problems; fix them and build again.\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
