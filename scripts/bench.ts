/**
 * npm run bench [-- --no-build]
 * Per page of out/: first-load JavaScript (gzip of every external script the HTML loads, noModule
 * excluded), HTML and CSS size; then the clean and warm build times. Numbers are gzip level 9.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { benchSearch } from './bench-search';

const OUT = 'out';
const JS_BUDGET_KB = 140;
const args = new Set(process.argv.slice(2));

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gz = (buffer: Buffer | string) => gzipSync(buffer, { level: 9 }).length;

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
  const assetSize = new Map<string, number>();
  const assetGzip = (src: string) => {
    const file = path.join(OUT, src.replace(/^\//, '').split('?')[0]);
    if (!assetSize.has(file)) assetSize.set(file, gz(readFileSync(file)));
    return assetSize.get(file)!;
  };
  return files.map((file) => {
    const html = readFileSync(file, 'utf8');
    const doc = parse(html);
    const scripts = doc.querySelectorAll('script[src]').filter((s) => !s.hasAttribute('nomodule'));
    const styles = doc.querySelectorAll('link[rel="stylesheet"]');
    const redirect = Boolean(doc.querySelector('meta[http-equiv="refresh"]'));
    return {
      page: `/${path.relative(OUT, path.dirname(file)).split(path.sep).join('/')}/`.replace('//', '/'),
      redirect,
      scripts: scripts.length,
      jsGzip: scripts.reduce((sum, s) => sum + assetGzip(s.getAttribute('src')!), 0),
      htmlRaw: Buffer.byteLength(html),
      htmlGzip: gz(html),
      cssGzip: styles.reduce((sum, s) => sum + assetGzip(s.getAttribute('href')!), 0),
    };
  });
}

const builds: Record<string, number> = {};
if (!args.has('--no-build')) {
  console.log('Build times (npm run build: content compile + next build), 2 cores');
  for (const dir of ['.next', OUT, '.content']) rmSync(dir, { recursive: true, force: true });
  builds.clean = timeBuild('clean build');
  builds.warm = timeBuild('warm build');
  console.log();
}
if (!existsSync(path.join(OUT, 'index.html'))) {
  console.error('out/ is missing: run "npm run build" first, or drop --no-build.');
  process.exit(1);
}

const rows = pageWeights().filter((r) => !r.redirect);
console.log('page'.padEnd(44), 'scripts', 'JS gz KB', 'HTML KB', 'HTML gz KB', 'CSS gz KB');
for (const r of rows) {
  console.log(r.page.padEnd(44), String(r.scripts).padStart(7), String(kb(r.jsGzip)).padStart(8), String(kb(r.htmlRaw)).padStart(7), String(kb(r.htmlGzip)).padStart(10), String(kb(r.cssGzip)).padStart(9));
}
const maxJs = Math.max(...rows.map((r) => r.jsGzip));
const maxHtml = rows.reduce((a, b) => (b.htmlRaw > a.htmlRaw ? b : a));
console.log();
console.log(`pages: ${rows.length}; first-load JS max ${kb(maxJs)} KB gzip (budget ${JS_BUDGET_KB}); heaviest HTML ${maxHtml.page} ${kb(maxHtml.htmlRaw)} KB (${kb(maxHtml.htmlGzip)} KB gzip)`);
await benchSearch();

if (kb(maxJs) > JS_BUDGET_KB) {
  console.error(`✖ first-load JS over budget: ${kb(maxJs)} KB > ${JS_BUDGET_KB} KB`);
  process.exitCode = 1;
}
