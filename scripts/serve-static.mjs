// Serves a static export: `node scripts/serve-static.mjs <dir> [port] [basePath]` (`npm run serve` is `out`, on
// PORT or 3000; `npm start` serves out/ through serveStatic; the browser tests serve out/ and out-base/ with it). serve-handler (the library behind `serve`)
// serves the files with serve.json's trailing-slash redirects and headers; this adds what it lacks: the base path
// stripped the way a subfolder host does, 400 (not 500) for a malformed path, the export's `_headers` file kept
// private, and no per-request log.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import handler from 'serve-handler';

const config = JSON.parse(readFileSync(path.join(import.meta.dirname, '../serve.json'), 'utf8'));

/** A path no file can have: undecodable, or holding NUL or another control character. */
function malformed(url) {
  if (!url.startsWith('/')) return true;
  try {
    return /[\u0000-\u001f\u007f]/.test(decodeURIComponent(url.split('?')[0]));
  } catch {
    return true;
  }
}

function reply(response, status, text) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  response.end(text);
}

/** Serves `dir` on 127.0.0.1:`port`; resolves once listening, rejects with the listen error (EADDRINUSE…). */
export function serveStatic({ dir, port, basePath = '' }) {
  const server = http.createServer((request, response) => {
    let url = request.url ?? '/';
    if (malformed(url)) return reply(response, 400, 'Bad request');
    if (basePath) {
      if (url !== basePath && !url.startsWith(`${basePath}/`)) return reply(response, 404, `Not under ${basePath}`);
      url = url.slice(basePath.length) || '/';
    }
    if (url.split('?')[0] === '/_headers') return reply(response, 404, 'Not found');
    request.url = url;
    return handler(request, response, { ...config, public: dir }).catch(() => {
      if (!response.headersSent) reply(response, 500, 'Internal error');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** A port from PORT, `--port` or a positional argument: a whole number from 1 to 65535, else an error naming it. */
export function parsePort(value, from) {
  if (!/^\d+$/.test(String(value)) || Number(value) < 1 || Number(value) > 65535) throw new Error(`${from} must be a port number from 1 to 65535; got "${value}".`);
  return Number(value);
}

/** One line for a port that cannot be used, with what to do instead. */
export function portProblem(error, port) {
  if (error.code === 'EADDRINUSE') return `Port ${port} is already in use (another server?). Start on another port: PORT=${port + 1} npm start, or npm start -- --port ${port + 1}.`;
  if (error.code === 'EACCES') return `Port ${port} needs privileges this user lacks. Use a port above 1023: PORT=3000 npm start.`;
  return `Cannot listen on port ${port}: ${error.message}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'out', portArg = process.env.PORT || '3000', basePath = ''] = process.argv.slice(2);
  let port;
  try {
    port = parsePort(portArg, process.argv[3] ? 'The port' : 'PORT');
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  serveStatic({ dir, port, basePath }).then(
    () => console.log(`serving ${dir} at http://127.0.0.1:${port}${basePath}/`),
    (error) => {
      console.error(portProblem(error, port));
      process.exit(1);
    },
  );
}
