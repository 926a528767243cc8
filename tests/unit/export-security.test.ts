import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inlineScripts, sha256Source } from '@/lib/export/content-security-policy';
import { inlineStyles } from '@/lib/export/inline-stylesheet';
import { COMPRESSIBLE, MIN_BYTES } from '@/lib/export/precompress';
import { IMMUTABLE, IMMUTABLE_PATHS, MARKDOWN_TYPE, REVALIDATE, SECURITY_HEADERS } from '@/lib/export/security-headers';
import { builtPages, ROOT } from '../helpers/built-site';

const files = (dir: string) =>
  readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));

describe.each(['out', 'out-base'])('%s/: every page carries its Content-Security-Policy', (dir) => {
  const pages = builtPages(dir);

  it('covers every HTML page, redirects and 404 included', () => {
    expect(pages.length).toBeGreaterThan(30);
    expect(pages.map((p) => p.urlPath)).toEqual(expect.arrayContaining(['/', '/404.html', '/systems/search-ranking/']));
  });

  it.each(pages.map((p) => [p.urlPath, p] as const))('%s: the policy comes first and hashes exactly its inline scripts', (_path, page) => {
    const meta = /^<!DOCTYPE html><html[^>]*><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/.exec(page.html);
    expect(meta, 'the policy must precede every script').not.toBeNull();
    const policy = meta![1];
    const scriptSrc = /script-src ([^;]+)/.exec(policy)![1].split(' ');
    const scripts = inlineScripts(page.html);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scriptSrc).toEqual(["'self'", ...new Set(scripts.map(sha256Source))]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    for (const directive of ["object-src 'none'", "base-uri 'self'", "default-src 'self'"]) expect(policy).toContain(directive);
    // Styles: the site's files and the inline stylesheet by its hash; style attributes stay blocked, so none ship.
    const styleSrc = /style-src ([^;]+)/.exec(policy)![1].split(' ');
    expect(styleSrc).toEqual(["'self'", ...new Set(inlineStyles(page.html).map(sha256Source))]);
    expect(page.html).not.toMatch(/\sstyle="/);
  });

  it.each(pages.map((p) => [p.urlPath, p] as const))('%s: the stylesheet is inline, its <link> disabled so it is never fetched', (_path, page) => {
    const links = page.doc.querySelectorAll('link[rel="stylesheet"]');
    expect(links.length).toBeGreaterThan(0);
    const styles = inlineStyles(page.html);
    expect(styles).toHaveLength(links.length);
    links.forEach((link, i) => {
      expect(link.hasAttribute('disabled')).toBe(true);
      const href = link.getAttribute('href')!;
      const file = path.join(ROOT, dir, href.replace(/^\/atlas(?=\/)/, ''));
      expect(styles[i]).toBe(readFileSync(file, 'utf8'));
    });
  });
});

describe('hosting headers: one definition, three hosts', () => {
  it('serve.json (npm run serve) sends the security headers, no-cache, and immutable for hashed assets', () => {
    const config = JSON.parse(readFileSync(path.join(ROOT, 'serve.json'), 'utf8')) as { headers: { source: string; headers: { key: string; value: string }[] }[] };
    const bySource = Object.fromEntries(config.headers.map((h) => [h.source, Object.fromEntries(h.headers.map((x) => [x.key, x.value]))]));
    expect(bySource['**']).toEqual({ ...SECURITY_HEADERS, 'Cache-Control': REVALIDATE });
    for (const p of IMMUTABLE_PATHS) expect(bySource[p.slice(1).replace('*', '**')]).toEqual({ 'Cache-Control': IMMUTABLE });
    expect(bySource['**/*.md']).toEqual({ 'Content-Type': MARKDOWN_TYPE });
  });

  it('deploy/nginx.conf sends the same headers on every response', () => {
    const conf = readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8');
    const added = Object.fromEntries([...conf.matchAll(/^\s*add_header (\S+) "?(.*?)"? always;$/gm)].map((m) => [m[1], m[2]]));
    expect(added).toEqual({ ...SECURITY_HEADERS, 'Cache-Control': '$atlas_cache_control' });
    for (const p of IMMUTABLE_PATHS) expect(conf).toContain(`~${p.slice(0, -1)}  `);
    expect(conf).toMatch(/default\s+"no-cache";/);
    expect(conf).toContain('gzip_static on;');
    // .md is not in nginx's mime.types: its own location gives the type, and sets no add_header of its own (that
    // would drop the server's security headers there).
    const markdown = /location ~ \\\.md\$ \{([^}]*\{ \}[^}]*)\}/.exec(conf)?.[1] ?? '';
    expect(markdown).toContain('default_type text/markdown;');
    expect(markdown).toContain('charset utf-8;');
    expect(markdown).not.toContain('add_header');
  });

  it.each([
    ['out', ''],
    ['out-base', '/atlas'],
  ])('%s/_headers (Netlify, Cloudflare Pages) sets each header once per URL and no-cache on every page', (dir, basePath) => {
    const text = readFileSync(path.join(ROOT, dir, '_headers'), 'utf8');
    const rules = text.trim().split(/\n\n/).map((block) => {
      const [url, ...lines] = block.split('\n');
      return { url, headers: Object.fromEntries(lines.map((l) => l.trim().split(/: (.*)/).slice(0, 2))) };
    });
    expect(rules[0]).toEqual({ url: `${basePath}/*`, headers: SECURITY_HEADERS });
    for (const p of IMMUTABLE_PATHS) expect(rules).toContainEqual({ url: `${basePath}${p}`, headers: { 'Cache-Control': IMMUTABLE } });
    const pageRules = rules.filter((r) => r.headers['Cache-Control'] === REVALIDATE).map((r) => r.url);
    expect(pageRules.sort()).toEqual(builtPages(dir).map((p) => `${basePath}${p.urlPath}`).sort());
    const markdownRules = rules.filter((r) => r.headers['Content-Type'] === MARKDOWN_TYPE).map((r) => r.url);
    expect(markdownRules).toContain(`${basePath}/pitfalls/label-leakage.md`);
    expect(markdownRules.length).toBe(files(dir).filter((f) => f.endsWith('.md')).length);
    // Hosts join two values of one header with a comma: no URL may match two Cache-Control rules.
    expect(pageRules.filter((u) => IMMUTABLE_PATHS.some((p) => u.startsWith(`${basePath}${p.slice(0, -1)}`)))).toEqual([]);
  });
});

describe('precompressed files', () => {
  const all = files('out');
  const compressible = all.filter((f) => COMPRESSIBLE.test(f));

  it('every text file worth compressing has a .gz twin with the same bytes inside', () => {
    const big = compressible.filter((f) => readFileSync(f).length >= 4 * MIN_BYTES);
    expect(big.length).toBeGreaterThan(50);
    for (const file of big) {
      expect(existsSync(`${file}.gz`), `${file}.gz`).toBe(true);
      expect(gunzipSync(readFileSync(`${file}.gz`)).equals(readFileSync(file)), file).toBe(true);
    }
  });

  it('nothing else is compressed, and tiny files are left alone', () => {
    const gz = all.filter((f) => f.endsWith('.gz'));
    for (const file of gz) expect(COMPRESSIBLE.test(file.slice(0, -3)), file).toBe(true);
    for (const file of compressible.filter((f) => readFileSync(f).length < MIN_BYTES)) expect(existsSync(`${file}.gz`), file).toBe(false);
  });
});

describe('SITE_URL', () => {
  function postBuild(env: Record<string, string | undefined>) {
    const dir = mkdtempSync(path.join(tmpdir(), 'post-build-'));
    writeFileSync(path.join(dir, 'index.html'), '<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="canonical" href="http://localhost:3000/"/></head><body><script>1</script></body></html>');
    writeFileSync(path.join(dir, 'sitemap.xml'), '<urlset><url><loc>http://localhost:3000/</loc></url></urlset>');
    const { SITE_URL: _s, REQUIRE_SITE_URL: _r, ...rest } = process.env;
    const run = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/post-build.ts', dir], { cwd: ROOT, encoding: 'utf8', env: { ...rest, ...env } });
    rmSync(dir, { recursive: true });
    return run;
  }

  it('a production build without SITE_URL says in one calm line that links name localhost, and how to publish', () => {
    const run = postBuild({});
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').filter((l) => l.includes('SITE_URL'))).toEqual([
      'SITE_URL is not set, so absolute links name http://localhost:3000: right for a local preview; to publish, build with SITE_URL=https://your.host.',
    ]);
  });

  it('REQUIRE_SITE_URL=1 (a release build) fails without it, and SITE_URL silences it', () => {
    const required = postBuild({ REQUIRE_SITE_URL: '1' });
    expect(required.status).toBe(1);
    expect(required.stderr).toContain('✖ SITE_URL is not set');
    const set = postBuild({ SITE_URL: 'https://atlas.example.com', REQUIRE_SITE_URL: '1' });
    expect(set.status).toBe(0);
    expect(set.stderr).toBe('');
  });
});
