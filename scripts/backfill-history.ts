/**
 * Run once, by hand, in a full clone: writes content/history/ from the git history of content/ (lib/citations/backfill.ts).
 * Refuses to overwrite an existing history, which is append-only; afterwards `npm run anchors:record` keeps it current.
 */
import { existsSync } from 'node:fs';
import { backfillHistory } from '../lib/citations/backfill';
import { HISTORY_DIR, writePageHistory } from '../lib/citations/history';

if (existsSync(HISTORY_DIR) && !process.argv.includes('--force')) {
  console.error(`${HISTORY_DIR} exists: the history is append-only. Use "npm run anchors:record" to add today's versions (or --force to rebuild it from git).`);
  process.exit(1);
}
const histories = backfillHistory(process.cwd());
let anchors = 0;
let changed = 0;
for (const [file, history] of histories) {
  writePageHistory(file, history);
  for (const anchor of Object.values(history.anchors)) {
    anchors++;
    if (anchor.versions.length > 1) changed++;
  }
}
console.log(`${HISTORY_DIR}: ${histories.size} pages, ${anchors} anchors, ${changed} with more than one version.`);
