import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '@/lib/export/security-headers';
import { ROOT } from '../helpers/built-site';

/**
 * `npm run serve` (scripts/serve-static.mjs) on a tiny export of its own, probed with raw request paths (as curl
 * --path-as-is sends them: fetch() would normalize them first). Every response carries the security headers,
 * redirects and the server's own 400/404 replies included, and the host configuration `_headers` is never served.
 */
let server: ChildProcess;
let port = 0;
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-serve-'));
  mkdirSync(path.join(dir, 'page'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(path.join(dir, 'page/index.html'), '<!doctype html><title>page</title>');
  writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(path.join(dir, '_headers'), 'HOST-CONFIG-SECRET');
  server = spawn(process.execPath, [path.join(ROOT, 'scripts/serve-static.mjs'), dir, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  port = await new Promise<number>((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`serve-static exited with ${code}`)));
    server.stdout!.on('data', (chunk: Buffer) => {
      const bound = /127\.0\.0\.1:(\d+)/.exec(String(chunk))?.[1];
      if (bound) resolve(Number(bound));
    });
  });
});

afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

function get(rawPath: string, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: rawPath, method }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += String(chunk)));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

const PROBES: [path: string, status: number][] = [
  ['/page/', 200],
  ['/page', 301],
  ['//evil.example', 301],
  ['/404.html', 301],
  ['/.git/config', 301],
  ['/%00', 400],
  ['/%E0%A4%A', 400],
  ['/nope/', 404],
  ['/_headers', 404],
  ['/_headers/', 404],
  ['/_headers/.', 404],
  ['/_headers?x', 404],
  ['/%5fheaders', 404],
  ['/%5Fheaders/.', 404],
  ['//_headers', 404],
  ['/./_headers', 404],
  ['/x/../_headers', 404],
  ['/_HEADERS', 404],
  ['/_headers.', 404],
  ['/%5c_headers', 404],
];

describe('security probes: npm run serve', () => {
  it.each(PROBES)('%s → %i with every security header', async (rawPath, status) => {
    const response = await get(rawPath);
    expect(response.status).toBe(status);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers[name.toLowerCase()], name).toBe(value);
    expect(response.body).not.toContain('HOST-CONFIG-SECRET');
  });

  it('never redirects off the site', async () => {
    for (const rawPath of ['//evil.example', '/\\evil.example', '/%2f%2fevil.example', '//evil.example/x']) {
      const { headers } = await get(rawPath);
      if (headers.location) expect(new URL(headers.location, `http://127.0.0.1:${port}`).host, rawPath).toBe(`127.0.0.1:${port}`);
    }
  });
});
