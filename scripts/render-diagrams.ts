/**
 * npm run diagrams: renders every diagram of content/ that has no rendering in public/diagrams/ yet (light and
 * dark, one browser session), then deletes the renderings no diagram uses any more. Commit public/diagrams/.
 */
import path from 'node:path';
import { buildContent } from '../lib/content/build';
import type { DiagramStats } from '../lib/content/diagrams';
import { ContentErrors } from '../lib/content/errors';
import { DIAGRAMS_DIR, deleteRenderings, orphanRenderings } from '../lib/diagrams/store';

const root = process.cwd();
let stats: DiagramStats | undefined;
try {
  const data = await buildContent(path.join(root, 'content'), root, { render: 'missing', onRender: (s) => (stats = s) });
  const dir = path.join(root, DIAGRAMS_DIR);
  const orphans = orphanRenderings(dir, data.entries.flatMap((e) => e.diagrams.map((d) => d.hash)));
  deleteRenderings(dir, orphans);
  console.log(
    `diagrams: ${stats?.unique ?? 0} in content, ${stats?.rendered ?? 0} rendered${stats?.rendered ? ` in ${stats.ms} ms` : ''}, ` +
      `${orphans.length} unused rendering${orphans.length === 1 ? '' : 's'} deleted → ${DIAGRAMS_DIR}/`,
  );
} catch (error) {
  if (error instanceof ContentErrors) {
    console.error(`\n✖ The content has problems; fix them and run again.\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
