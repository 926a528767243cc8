/** Adds new pages and anchors to content/published-anchors.json (never removes any). Run after `npm run content`. */
import { readFileSync } from 'node:fs';
import { SITE_DATA_FILE } from '../lib/content/paths';
import { mergePublishedAnchors, PUBLISHED_ANCHORS_FILE, readPublishedAnchors, writePublishedAnchors } from '../lib/content/published-anchors';
import type { SiteData } from '../lib/content/types';

const data = JSON.parse(readFileSync(SITE_DATA_FILE, 'utf8')) as SiteData;
const { merged, added } = mergePublishedAnchors(readPublishedAnchors(PUBLISHED_ANCHORS_FILE), data);
writePublishedAnchors(PUBLISHED_ANCHORS_FILE, merged);
const anchors = Object.values(merged).reduce((n, a) => n + a.length, 0);
console.log(`${PUBLISHED_ANCHORS_FILE}: ${Object.keys(merged).length} pages, ${anchors} anchors (${added} new).`);
