// After `next build`: every page of the export gets the stylesheet inline (lib/export/inline-stylesheet.ts), its
// bundles deferred (lib/export/deferred-scripts.ts), its RSC payload in a deferred file (lib/export/external-payload.ts) and its Content-Security-Policy <meta> (its inline scripts and
// style by hash), the export gets the hosting headers as `_headers`, and text files get a precompressed .gz twin for
// hosts that serve them (nginx gzip_static). Generic over out/**/*.html, so new pages need nothing here.
// Usage: tsx scripts/post-build.ts [dir]   (default out/; BASE_PATH as for the build)
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withPolicy } from '../lib/export/content-security-policy';
import { withDeferredScripts } from '../lib/export/deferred-scripts';
import { withExternalPayload } from '../lib/export/external-payload';
import { withInlineStylesheets } from '../lib/export/inline-stylesheet';
import { COMPRESSIBLE, precompressed } from '../lib/export/precompress';
import { headersFile } from '../lib/export/security-headers';

const dir = path.resolve(process.argv[2] ?? 'out');
const basePath = process.env.BASE_PATH ?? '';
const files = () => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name));

const pages = files().filter((f) => f.endsWith('.html'));

// Without SITE_URL every absolute URL (canonical, Open Graph, sitemap) names localhost, which is right for a local
// preview: one calm line says so and how to publish; a release build refuses (REQUIRE_SITE_URL=1).
if (!process.env.SITE_URL) {
  if (process.env.REQUIRE_SITE_URL) {
    console.error('✖ SITE_URL is not set, and REQUIRE_SITE_URL asks for it: build with SITE_URL=https://your.host so canonical links, link previews and the sitemap name the published site.');
    process.exit(1);
  }
  console.log('SITE_URL is not set, so absolute links name http://localhost:3000: right for a local preview; to publish, build with SITE_URL=https://your.host.');
}
const css = new Map<string, string>();
const readCss = (href: string) => {
  if (!href.startsWith(`${basePath}/`)) throw new Error(`stylesheet ${href} is outside the base path "${basePath}"`);
  if (!css.has(href)) css.set(href, readFileSync(path.join(dir, href.slice(basePath.length)), 'utf8'));
  return css.get(href)!;
};
for (const page of pages) {
  const { html, file } = withExternalPayload(withDeferredScripts(withInlineStylesheets(readFileSync(page, 'utf8'), readCss)), basePath, path.relative(process.cwd(), page));
  if (file) {
    mkdirSync(path.join(dir, path.dirname(file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.content);
  }
  writeFileSync(page, withPolicy(html));
}

const urlPaths = pages.map((f) => `/${path.relative(dir, f).split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1')).sort();
const markdownPaths = files().filter((f) => f.endsWith('.md')).map((f) => `/${path.relative(dir, f).split(path.sep).join('/')}`).sort();
writeFileSync(path.join(dir, '_headers'), headersFile(urlPaths, basePath, markdownPaths));

// Idempotent: .gz files of an earlier run go first.
for (const file of files()) if (file.endsWith('.gz')) rmSync(file);
let raw = 0;
let gzipped = 0;
for (const file of files().filter((f) => COMPRESSIBLE.test(f))) {
  const bytes = readFileSync(file);
  const gz = precompressed(bytes);
  if (!gz) continue;
  writeFileSync(`${file}.gz`, gz);
  raw += bytes.length;
  gzipped += gz.length;
}
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(`post-build: Content-Security-Policy on ${pages.length} pages, _headers written, ${kb(raw)} of text precompressed to ${kb(gzipped)} (.gz) in ${path.relative(process.cwd(), dir) || '.'}/`);
