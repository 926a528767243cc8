// After `next build`, before post-build: writes the site for tools into the export. Each page's Markdown twin
// (out/pitfalls/label-leakage.md, out/index.md), llms.txt and llms-full.txt (llmstxt.org), entries.json and review-items.json,
// from .content/site.json and the same MDX sources (lib/export/site-markdown.ts). SITE_URL and BASE_PATH as for
// the build, so every link is absolute and right for where the site is hosted.
// Usage: tsx scripts/export-markdown.ts [dir]   (default out/)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readSource } from '../lib/content/load';
import { SITE_DATA_FILE } from '../lib/content/paths';
import type { SiteData } from '../lib/content/types';
import { markdownFileOf } from '../lib/export/markdown-paths';
import { reviewItemsJson } from '../lib/export/review-items-json';
import { toolFiles } from '../lib/export/site-markdown';
import type { CitationIndex } from '../lib/citations/citation-index';
import { sectionChangeDays } from '../lib/citations/changes';
import { changelogAtom, changelogMarkdown } from '../lib/citations/changelog-files';
import { SITE_NAME } from '../lib/site-config';
import { CHANGELOG_PAGE } from '../lib/content/tool-pages';
import { document } from '../lib/export/markdown-twin';

const started = performance.now();
const dir = path.resolve(process.argv[2] ?? 'out');
const root = process.cwd();
const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const basePath = process.env.BASE_PATH ?? '';
const data = JSON.parse(readFileSync(path.join(root, SITE_DATA_FILE), 'utf8')) as SiteData;

const files = toolFiles(data.entries, (entry) => readSource(path.join(root, entry.file), entry.file), {
  absoluteUrl: (sitePath) => `${siteUrl}${basePath}${sitePath}`,
  symptoms: data.symptoms,
  date: new Date().toISOString().slice(0, 10),
});
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
for (const page of files.pages) write(markdownFileOf(page.path), page.markdown);
write('llms.txt', files.llmsTxt);
write('llms-full.txt', files.llmsFullTxt);
write('entries.json', files.entriesJson);
// The changelog's twin and its Atom feed, with the section changes of the version history (/citations.json).
const citations = JSON.parse(readFileSync(path.join(root, 'public/citations.json'), 'utf8')) as CitationIndex;
const changelog = {
  changes: data.changelog,
  sectionDays: sectionChangeDays(citations),
  pages: new Map(data.entries.map((e) => [e.id, { path: e.path, title: e.title }])),
  absoluteUrl: (sitePath: string) => `${siteUrl}${basePath}${sitePath}`,
  today: new Date().toISOString().slice(0, 10),
};
// Frontmatter like every twin (title, summary, kind, url), then the changes.
write('changelog.md', document({ title: CHANGELOG_PAGE.title, summary: CHANGELOG_PAGE.summary, kind: 'changelog', url: changelog.absoluteUrl(CHANGELOG_PAGE.path) }, changelogMarkdown(changelog)));
write('changelog.xml', changelogAtom({ ...changelog, title: SITE_NAME }));
const reviewItems = reviewItemsJson(data.entries, (sitePath) => `${siteUrl}${basePath}${sitePath}`);
write('review-items.json', reviewItems);
const kb = (text: string) => `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`;
console.log(`export-markdown: ${files.pages.length} Markdown twins, llms.txt (${kb(files.llmsTxt)}), llms-full.txt (${kb(files.llmsFullTxt)}), entries.json (${kb(files.entriesJson)}), review-items.json (${kb(reviewItems)}) in ${Math.round(performance.now() - started)} ms`);
