// A short, bounded load test of the two servers the README documents, on 127.0.0.1 only: `npm run serve` and
// nginx with deploy/nginx.conf, each for a page, a JS chunk and a diagram, with autocannon (50 connections,
// 10 s each by default). Reports requests per second, p50/p99 latency and errors; exits non-zero on any error,
// timeout or non-2xx answer. Needs a build in out/ (npm run build).
// Usage: npm run bench:serve [-- --duration 5 --connections 50]   (ports: BENCH_PORT, default E2E_PORT + 6 and + 7)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { startNginx } from '../lib/export/nginx';

const ROOT = path.resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const duration = Math.min(arg('duration', 10), 30);
const connections = Math.min(arg('connections', 50), 200);
const servePort = Number(process.env.BENCH_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 6);
const nginxPort = servePort + 1;

if (!existsSync(path.join(ROOT, 'out/index.html'))) {
  console.error('out/ has no build: run "npm run build" first.');
  process.exit(1);
}
const pageHtml = readFileSync(path.join(ROOT, 'out/pitfalls/cold-start/index.html'), 'utf8');
const chunks = [...pageHtml.matchAll(/<script src="(\/_next\/static\/chunks\/[^"]+\.js)"/g)].map((m) => m[1]);
const chunk = chunks.sort((a, b) => readFileSync(path.join(ROOT, 'out', b)).length - readFileSync(path.join(ROOT, 'out', a)).length)[0];
const diagram = `/diagrams/${readdirSync(path.join(ROOT, 'out/diagrams')).filter((f) => f.endsWith('.svg')).sort()[0]}`;
const targets = { page: '/pitfalls/cold-start/', 'JS chunk': chunk, diagram };

interface Row {
  server: string;
  target: string;
  path: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
}

async function load(server: string, origin: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [target, urlPath] of Object.entries(targets)) {
    // As a browser asks: nginx answers from the precompressed .gz files, `npm run serve` sends them plain.
    const result = await autocannon({ url: `${origin}${urlPath}`, connections, duration, headers: { 'accept-encoding': 'gzip' } });
    rows.push({
      server,
      target,
      path: urlPath,
      requestsPerSecond: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      requests: result.requests.total,
      errors: result.errors + result.timeouts + result.non2xx,
    });
  }
  return rows;
}

const rows: Row[] = [];
const serve = spawn('node', ['scripts/serve-static.mjs', 'out', String(servePort)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
try {
  await new Promise<void>((resolve, reject) => {
    serve.stdout!.once('data', () => resolve());
    serve.once('exit', (code) => reject(new Error(`npm run serve exited (${code})`)));
  });
  rows.push(...(await load('npm run serve', `http://127.0.0.1:${servePort}`)));
} finally {
  serve.kill();
}
const nginx = await startNginx([{ dir: 'out', port: nginxPort }]);
try {
  rows.push(...(await load('nginx', `http://127.0.0.1:${nginxPort}`)));
} finally {
  await nginx.stop();
}

console.log(`\nLoad test on 127.0.0.1: ${connections} connections, ${duration} s per target, Accept-Encoding: gzip\n`);
console.table(rows.map(({ server, target, requestsPerSecond, p50Ms, p99Ms, requests, errors }) => ({ server, target, 'req/s': requestsPerSecond, 'p50 ms': p50Ms, 'p99 ms': p99Ms, requests, errors })));
mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(path.join(ROOT, 'bench-results/serve.json'), JSON.stringify({ date: new Date().toISOString(), duration, connections, rows }, null, 2));
const failed = rows.filter((r) => r.errors > 0);
if (failed.length > 0) {
  console.error(`✖ errors on: ${failed.map((r) => `${r.server} ${r.target} (${r.errors})`).join(', ')}`);
  process.exit(1);
}
console.log('✓ zero errors');
