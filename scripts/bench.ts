/**
 * npm run bench [-- --no-build]
 * Per page of out/: first-load JavaScript (gzip of every external script the HTML loads, noModule and the
 * page's RSC payload file excluded), HTML and CSS size, and the RSC payload file; then the clean and warm build
 * times. Numbers are gzip level 9.
 * Diagrams: render time of every diagram into an empty folder (cold) and again (cached), how many there are,
 * the HTML weight of the pages that show them and their first-load JS against a page without diagrams.
 * Link-preview images (bench-og.ts): render time cold and cached, PNG sizes.
 * Search (bench-search.ts) and navigation in Chromium (bench-navigation.ts): cold-load bytes and requests per
 * page, search's first-use bytes, click → rendered for a hovered and a cold link. The site for tools
 * (bench-export.ts): time to write the Markdown twins and llms files, and the size of llms-full.txt. The review
 * record (bench-review-record.ts): core and full items per system × level, the longest exports, print pages.
 * Citations (bench-citations.ts): /citations.json and the archive in out/, raw and gzip, and the citation step's time.
 * Reading speed (bench-reading.ts): FCP and LCP of the home, a pitfall and a template page on a slow phone, and
 * each one's HTML gzip.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { benchCitations } from './bench-citations';
import { benchExport } from './bench-export';
import { benchNavigation } from './bench-navigation';
import { benchOgImages } from './bench-og';
import { benchReading } from './bench-reading';
import { benchReview } from './bench-review';
import { benchReviewRecord } from './bench-review-record';
import { benchSearch } from './bench-search';
import { buildContent } from '../lib/content/build';
import type { DiagramStats } from '../lib/content/diagrams';
import { DIAGRAMS_DIR } from '../lib/diagrams/store';
import { gzipSize as gz, kb } from '../lib/export/byte-size';
import { assetSizer, CONTENT_PAGE_JS_BUDGET_KB as JS_BUDGET_KB, isToolPage, pageScripts, TOOL_PAGE_JS_BUDGET_KB as TOOL_JS_BUDGET_KB } from '../lib/export/first-load-js';

const OUT = 'out';
// Decision pages with a worksheet are content pages: the worksheet's code loads on first use, outside first-load JS.
const args = new Set(process.argv.slice(2));

function timeBuild(label: string): number {
  const started = performance.now();
  execSync('npm run build --silent', { stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  console.log(`${label.padEnd(12)} ${seconds} s`);
  return seconds;
}

function pageWeights() {
  const files = readdirSync(OUT, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name === 'index.html')
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
  const assetGzip = assetSizer(OUT);
  return files.map((file) => {
    const html = readFileSync(file, 'utf8');
    const doc = parse(html);
    const { code: scripts, payload } = pageScripts(doc);
    // A disabled stylesheet is never fetched: its rules are inline (lib/export/inline-stylesheet.ts) and counted in the HTML.
    const styles = doc.querySelectorAll('link[rel="stylesheet"]').filter((s) => !s.hasAttribute('disabled'));
    const redirect = Boolean(doc.querySelector('meta[http-equiv="refresh"]'));
    const diagrams = doc.querySelectorAll('figure.diagram').length;
    const reviewItems = doc.querySelectorAll('li.review-item').length;
    const worksheets = doc.querySelectorAll('[data-worksheet]').length;
    return {
      page: `/${path.relative(OUT, path.dirname(file)).split(path.sep).join('/')}/`.replace('//', '/'),
      redirect,
      diagrams,
      reviewItems,
      worksheets,
      scripts: scripts.length,
      jsFiles: [...scripts].sort().join(' '),
      jsGzip: scripts.reduce((sum, src) => sum + assetGzip(src), 0),
      payloadGzip: payload.reduce((sum, src) => sum + assetGzip(src), 0),
      htmlRaw: Buffer.byteLength(html),
      htmlGzip: gz(html),
      cssGzip: styles.reduce((sum, s) => sum + assetGzip(s.getAttribute('href')!), 0),
    };
  });
}

/** Renders every diagram of content/ into an empty folder, then again: the browser session, cold and cached. */
async function timeDiagrams() {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-bench-diagrams-'));
  const root = process.cwd();
  const run = async () => {
    let stats: DiagramStats | undefined;
    const started = performance.now();
    const data = await buildContent(path.join(root, 'content'), root, { diagramsDir: dir, render: 'missing', onRender: (st) => (stats = st) });
    return { stats: stats!, total: Math.round(performance.now() - started), data };
  };
  try {
    const cold = await run();
    const cached = await run();
    return { cold, cached };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const diagramRuns = await timeDiagrams();
{
  const { cold, cached } = diagramRuns;
  console.log(`Diagrams: ${cold.stats.unique} distinct in ${cold.stats.diagrams} fences, each rendered light and dark`);
  console.log(`render cold   ${cold.stats.rendered} diagrams × 2 themes in ${cold.stats.ms} ms (one browser session); content step ${cold.total} ms`);
  console.log(`render cached ${cached.stats.rendered} rendered, browser session ${cached.stats.ms} ms; content step ${cached.total} ms`);
  const svgs = readdirSync(DIAGRAMS_DIR).filter((f) => f.endsWith('.svg'));
  const raw = svgs.reduce((n, f) => n + readFileSync(path.join(DIAGRAMS_DIR, f)).length, 0);
  const zipped = svgs.reduce((n, f) => n + gz(readFileSync(path.join(DIAGRAMS_DIR, f))), 0);
  console.log(`${DIAGRAMS_DIR}/: ${svgs.length} files, ${kb(raw)} KB (${kb(zipped)} KB gzip), ${kb(zipped / svgs.length)} KB gzip per file on average`);
  console.log();
  await benchOgImages(cold.data);
}

const builds: Record<string, number> = {};
if (!args.has('--no-build')) {
  console.log('Build times (npm run build: content compile + next build), 2 cores');
  // As from a fresh clone: no compiled content, no rendered link-preview images (the diagrams are committed).
  for (const dir of ['.next', OUT, '.content', '.cache']) rmSync(dir, { recursive: true, force: true });
  builds.clean = timeBuild('clean build');
  builds.warm = timeBuild('warm build');
  console.log();
}
if (!existsSync(path.join(OUT, 'index.html'))) {
  console.error('out/ is missing: run "npm run build" first, or drop --no-build.');
  process.exit(1);
}

const rows = pageWeights().filter((r) => !r.redirect);
console.log('page'.padEnd(44), 'scripts', 'JS gz KB', 'HTML KB', 'HTML gz KB', 'CSS gz KB', 'RSC payload gz KB');
for (const r of rows) {
  console.log(r.page.padEnd(44), String(r.scripts).padStart(7), String(kb(r.jsGzip)).padStart(8), String(kb(r.htmlRaw)).padStart(7), String(kb(r.htmlGzip)).padStart(10), String(kb(r.cssGzip)).padStart(9), String(kb(r.payloadGzip)).padStart(17));
}
const maxJs = Math.max(...rows.filter((r) => !isToolPage(r.page)).map((r) => r.jsGzip));
const maxToolJs = Math.max(...rows.filter((r) => isToolPage(r.page)).map((r) => r.jsGzip));
const maxHtml = rows.reduce((a, b) => (b.htmlRaw > a.htmlRaw ? b : a));
console.log();
console.log(`pages: ${rows.length}; first-load JS max ${kb(maxJs)} KB gzip on content pages (budget ${JS_BUDGET_KB}), ${kb(maxToolJs)} KB on tool pages (budget ${TOOL_JS_BUDGET_KB}); heaviest HTML ${maxHtml.page} ${kb(maxHtml.htmlRaw)} KB (${kb(maxHtml.htmlGzip)} KB gzip)`);
const worksheetJs = [...new Set(rows.filter((r) => r.worksheets > 0).map((r) => kb(r.jsGzip)))];
console.log(`first-load JS of the decision pages with worksheets: ${worksheetJs.join(', ')} KB gzip (a content page's budget: the worksheet's code loads on first use)`);

const withDiagrams = rows.filter((r) => r.diagrams > 0);
if (withDiagrams.length > 0) {
  const heaviest = withDiagrams.reduce((a, b) => (b.htmlRaw > a.htmlRaw ? b : a));
  const fences = withDiagrams.reduce((n, r) => n + r.diagrams, 0);
  console.log();
  console.log(`diagram pages: ${withDiagrams.length} (${fences} figures); HTML ${kb(Math.min(...withDiagrams.map((r) => r.htmlRaw)))}–${kb(heaviest.htmlRaw)} KB; heaviest ${heaviest.page} ${kb(heaviest.htmlRaw)} KB, ${kb(heaviest.htmlGzip)} KB gzip`);
  // Entry pages share one route ([...slug]); the home page, the changelog and the symptom navigator have their own. Compare like with like.
  // Review items add their checkbox leaf, so compare pages that have them with each other, and those without.
  const ownRoutes = new Set(['/', '/404/', '/changelog/', '/symptoms/']);
  // Decision pages with a worksheet have their own route too (app/decisions/[id]), with the worksheet's activator.
  const entry = (r: (typeof rows)[number]) => !ownRoutes.has(r.page) && !isToolPage(r.page) && r.worksheets === 0 && !r.page.startsWith('/_not-found');
  const diagramEntries = withDiagrams.filter(entry);
  const plainEntries = rows.filter((r) => r.diagrams === 0 && entry(r));
  const jsOf = (list: typeof rows) => [...new Set(list.map((r) => kb(r.jsGzip)))].join(', ');
  const same = [true, false].every((items) => new Set([...diagramEntries, ...plainEntries].filter((r) => r.reviewItems > 0 === items).map((r) => r.jsFiles)).size <= 1);
  console.log(`first-load JS gzip: entry pages with diagrams ${jsOf(diagramEntries)} KB, without ${jsOf(plainEntries)} KB (${same ? 'the same script files, pages with and without review items compared apart' : 'DIFFERENT script files'}); home page (own route, with a diagram) ${jsOf(rows.filter((r) => r.page === '/'))} KB`);
  if (!same) {
    console.error('✖ a page with diagrams loads different JavaScript than a page without');
    process.exitCode = 1;
  }
}

benchExport();
benchCitations();
await benchSearch();
await benchReading();
if (!(await benchNavigation())) {
  console.error('✖ a cold page or the first use of search is over its budget');
  process.exitCode = 1;
}
await benchReview();
if (!(await benchReviewRecord())) {
  console.error('✖ a review export is over its length limit or the core list prints on more than 4 pages');
  process.exitCode = 1;
}

if (kb(maxJs) > JS_BUDGET_KB) {
  console.error(`✖ first-load JS over budget: ${kb(maxJs)} KB > ${JS_BUDGET_KB} KB`);
  process.exitCode = 1;
}
if (kb(maxToolJs) > TOOL_JS_BUDGET_KB) {
  console.error(`✖ first-load JS of a tool page over budget: ${kb(maxToolJs)} KB > ${TOOL_JS_BUDGET_KB} KB`);
  process.exitCode = 1;
}
