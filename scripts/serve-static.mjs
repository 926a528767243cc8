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

/**
 * serve.json's site-wide headers (the security headers and no-cache), set on every response before anything
 * answers: serve-handler applies `headers` only to files it serves, so its redirects and our own 400/404 replies
 * went out without them. A file's own rules (immutable chunks, the Markdown type) still override these.
 */
const SITE_WIDE = config.headers.find((rule) => rule.source === '**').headers;

function reply(response, status, text) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

/**
 * The export's `_headers` file is host configuration, not content. Compared after the normalization a file
 * server applies (percent-decoding, a backslash as "/", repeated slashes, "." and ".." segments, case, a trailing
 * slash or dot), so "/_headers/.", "/%5fheaders" or "//_HEADERS" cannot reach it either.
 */
function isHeadersFile(url) {
  const decoded = decodeURIComponent(url.split('?')[0]).replace(/\\/g, '/').replace(/\/{2,}/g, '/');
  const normal = path.posix.normalize(decoded).toLowerCase().replace(/[/.]+$/, '');
  return normal === '/_headers' || normal.startsWith('/_headers/') || normal.startsWith('/_headers.');
}

/** Serves `dir` on 127.0.0.1:`port` (0: a free one); resolves once listening, rejects with the listen error (EADDRINUSE…). */
export function serveStatic({ dir, port, basePath = '' }) {
  const server = http.createServer((request, response) => {
    for (const { key, value } of SITE_WIDE) response.setHeader(key, value);
    let url = request.url ?? '/';
    if (malformed(url)) return reply(response, 400, 'Bad request');
    if (basePath) {
      if (url !== basePath && !url.startsWith(`${basePath}/`)) return reply(response, 404, `Not under ${basePath}`);
      url = url.slice(basePath.length) || '/';
    }
    if (isHeadersFile(url)) return reply(response, 404, 'Not found');
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

/** A port from PORT, `--port` or a positional argument: a whole number from 0 (a free one) to 65535, else an error naming it. */
export function parsePort(value, from) {
  if (!/^\d+$/.test(String(value)) || Number(value) > 65535) throw new Error(`${from} must be a port number from 1 to 65535; got "${value}".`);
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
    // The line names the port actually bound (port 0 picks a free one; tests read it).
    (server) => console.log(`serving ${dir} at http://127.0.0.1:${server.address().port}${basePath}/`),
    (error) => {
      console.error(portProblem(error, port));
      process.exit(1);
    },
  );
}
