import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '../../lib/export/security-headers';
import { ROOT } from '../helpers/built-site';
import { nginxPort, startNginx, type RunningNginx } from '../../lib/export/nginx';
import { watchCsp } from './csp';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET exactly as sent (no redirect following, no decompression), so status, Location and encoding are the server's. */
function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

function expectSecurityHeaders(response: RawResponse, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
}

const page = '/pitfalls/cold-start/';
const chunk = () => /<script src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(readFileSync(path.join(ROOT, 'out/pitfalls/cold-start/index.html'), 'utf8'))![1];
const diagram = () => `/diagrams/${readdirSync(path.join(ROOT, 'out/diagrams')).find((f) => f.endsWith('.svg'))}`;

/** What every host of the export must do, checked on `npm run serve` (the test server) and on nginx. */
function hostingContract(origin: () => string, base = '') {
  test('pages: security headers, no-cache, clean URLs and the trailing-slash redirect', async () => {
    const html = await get(`${origin()}${base}${page}`);
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expectSecurityHeaders(html, page);
    expect(html.headers['cache-control']).toBe(REVALIDATE);
    const redirect = await get(`${origin()}${base}${page.slice(0, -1)}`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe(`${base}${page}`);
    // Every response, redirects and error replies included (npm run serve sent none on its redirects).
    expectSecurityHeaders(redirect, 'redirect');
    const home = await get(`${origin()}${base}/`);
    expect(home.status).toBe(200);
    expect(home.body.toString()).toContain('<h1');
  });

  test('Markdown twins are text/markdown in UTF-8, llms.txt plain text in UTF-8, with the security headers', async () => {
    for (const [url, type] of [
      ['/pitfalls/cold-start.md', 'text/markdown; charset=utf-8'],
      ['/index.md', 'text/markdown; charset=utf-8'],
      ['/llms.txt', 'text/plain; charset=utf-8'],
    ]) {
      const response = await get(`${origin()}${base}${url}`);
      expect(response.status, url).toBe(200);
      expect(response.headers['content-type']?.toLowerCase(), url).toBe(type);
      expect(response.headers['cache-control'], url).toBe(REVALIDATE);
      expectSecurityHeaders(response, url);
    }
    const twin = await get(`${origin()}${base}/pitfalls/cold-start.md`);
    expect(twin.body.toString()).toContain(`url: https://docs.example.com/atlas/pitfalls/cold-start/`.replace('https://docs.example.com/atlas', base ? 'https://docs.example.com/atlas' : 'http://localhost:3000'));
  });

  test('hashed scripts and diagram renderings are immutable for a year', async () => {
    for (const asset of [chunk(), diagram()]) {
      const response = await get(`${origin()}${base}${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.headers['cache-control'], asset).toBe(IMMUTABLE);
      expectSecurityHeaders(response, asset);
    }
    expect((await get(`${origin()}${base}${diagram()}`)).headers['content-type']).toMatch(/^image\/svg\+xml/);
  });

  test("a page's link-preview image is served where its og:image says, as a PNG", async () => {
    const html = (await get(`${origin()}${base}${page}`)).body.toString();
    // The URL names SITE_URL's host; its path (base path included) is what this host must serve.
    const image = new URL(/<meta property="og:image" content="([^"]+)"/.exec(html)![1]).pathname;
    expect(image).toBe(`${base}/og${page.slice(0, -1)}.png`);
    const response = await get(`${origin()}${image}`);
    expect(response.status, image).toBe(200);
    expect(response.headers['content-type'], image).toBe('image/png');
    expect(response.body.subarray(1, 4).toString(), image).toBe('PNG');
    expectSecurityHeaders(response, image);
  });

  test('an unknown path gets the 404 page with status 404; a malformed one 400, not 500', async () => {
    const missing = await get(`${origin()}${base}/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('Page not found');
    expectSecurityHeaders(missing, '404');
    for (const bad of ['/a%00b/', '/%00', '/%E0%A4%A']) {
      const response = await get(`${origin()}${base}${bad}`);
      expect(response.status, bad).toBe(400);
      expectSecurityHeaders(response, bad);
    }
    for (const hidden of ['/_headers', '/_headers/.', '/%5fheaders', '/_HEADERS']) {
      const response = await get(`${origin()}${base}${hidden}`);
      expect(response.status, hidden).toBe(404);
      expect(response.body.toString(), hidden).not.toContain('Cache-Control:');
      expectSecurityHeaders(response, hidden);
    }
  });
}

test.describe('npm run serve', () => {
  const origin = () => `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;
  hostingContract(origin);

  test('logs nothing per request', async () => {
    const port = nginxPort() + 2;
    const server = spawn('node', ['scripts/serve-static.mjs', 'out', String(port)], { cwd: ROOT });
    let output = '';
    server.stdout.on('data', (c) => (output += c));
    server.stderr.on('data', (c) => (output += c));
    try {
      await expect.poll(() => output).toContain('serving out');
      for (let i = 0; i < 20; i++) await get(`http://127.0.0.1:${port}${i % 2 ? page : '/nope/'}`);
      expect(output.trim()).toBe(`serving out at http://127.0.0.1:${port}/`);
    } finally {
      server.kill();
    }
  });
});

test.describe('nginx with deploy/nginx.conf', () => {
  // One nginx on fixed ports: these tests share it in one worker (the rest of the suite runs fully parallel).
  test.describe.configure({ mode: 'default' });
  const port = nginxPort();
  const basePort = port + 1;
  let nginx: RunningNginx | undefined;
  test.beforeAll(async () => {
    nginx = await startNginx([
      { dir: 'out', port },
      { dir: 'out-base', port: basePort, basePath: '/atlas' },
    ]);
  });
  test.afterAll(async () => nginx?.stop());

  hostingContract(() => `http://127.0.0.1:${port}`);

  test.describe('base-path build under /atlas/', () => {
    hostingContract(() => `http://127.0.0.1:${basePort}`, '/atlas');
  });

  test('serves the precompressed .gz files the build wrote', async () => {
    for (const [url, file] of [
      [page, 'out/pitfalls/cold-start/index.html'],
      [chunk(), `out${chunk()}`],
      ['/search-data/index.json', 'out/search-data/index.json'],
    ]) {
      const gz = await get(`http://127.0.0.1:${port}${url}`, { 'Accept-Encoding': 'gzip' });
      expect(gz.headers['content-encoding'], url).toBe('gzip');
      // Byte for byte the file on disk: served from the .gz, not compressed on the fly (nginx's gzip is off here).
      expect(gz.body.length, url).toBe(statSync(path.join(ROOT, `${file}.gz`)).size);
      const plain = await get(`http://127.0.0.1:${port}${url}`);
      expect(plain.headers['content-encoding'], url).toBeUndefined();
      expect(plain.body.length, url).toBe(statSync(path.join(ROOT, file)).size);
    }
  });

  test('in a browser: pages hydrate, navigate and redirect with zero CSP violations or failed requests', async ({ page: tab }) => {
    const violations = await watchCsp(tab);
    const failed: string[] = [];
    tab.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    for (const origin of [`http://127.0.0.1:${port}`, `http://127.0.0.1:${basePort}/atlas`]) {
      await tab.goto(`${origin}/`);
      await expect(tab.locator('[data-theme-toggle]')).toHaveAttribute('aria-label', /^Switch to/);
      await tab.getByRole('navigation', { name: 'Site', exact: true }).getByRole('link', { name: 'Label Leakage' }).click();
      await expect(tab).toHaveURL(`${origin}/pitfalls/label-leakage/`);
      await tab.goto(`${origin}/systems/search-ranking/#at-a-glance`);
      await expect(tab).toHaveURL(`${origin}/systems/search-and-ranking/#at-a-glance`);
    }
    expect(failed).toEqual([]);
    expect(await violations()).toEqual([]);
  });
});
