/**
 * Adds new pages and anchors to content/published-anchors.json (never removes any) and today's section and review-item
 * versions to content/history/ (append-only). Run after `npm run content`; running it again changes nothing.
 * `--date YYYY-MM-DD` dates the new versions (default: today, UTC).
 */
import { readFileSync } from 'node:fs';
import { recordHistory } from '../lib/citations/record';
import { HISTORY_DIR } from '../lib/citations/history';
import { SITE_DATA_FILE } from '../lib/content/paths';
import { mergePublishedAnchors, PUBLISHED_ANCHORS_FILE, readPublishedAnchors, writePublishedAnchors } from '../lib/content/published-anchors';
import type { SiteData } from '../lib/content/types';

const dateFlag = process.argv.indexOf('--date');
const date = dateFlag > 0 ? process.argv[dateFlag + 1] : new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) {
  console.error(`--date needs a day as YYYY-MM-DD, got "${date ?? ''}".`);
  process.exit(1);
}

const data = JSON.parse(readFileSync(SITE_DATA_FILE, 'utf8')) as SiteData;
const { merged, added } = mergePublishedAnchors(readPublishedAnchors(PUBLISHED_ANCHORS_FILE), data);
writePublishedAnchors(PUBLISHED_ANCHORS_FILE, merged);
const anchors = Object.values(merged).reduce((n, a) => n + a.length, 0);
console.log(`${PUBLISHED_ANCHORS_FILE}: ${Object.keys(merged).length} pages, ${anchors} anchors (${added} new).`);
try {
  const history = recordHistory(data.entries, process.cwd(), date);
  console.log(`${HISTORY_DIR}: ${history.appended} new versions dated ${date} in ${history.files} pages.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
