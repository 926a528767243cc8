// Serves a static export: `node scripts/serve-static.mjs <dir> <port> [basePath]` (`npm run serve` is
// `out 3000`; the browser tests serve out/ and out-base/ with it). serve-handler (the library behind `serve`)
// serves the files with serve.json's trailing-slash redirects and headers; this adds what it lacks: the base path
// stripped the way a subfolder host does, 400 (not 500) for a malformed path, the export's `_headers` file kept
// private, and no per-request log.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import handler from 'serve-handler';

const [dir = 'out', port = '3000', basePath = ''] = process.argv.slice(2);
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

// Port 0 picks a free one; the line names the port actually bound (tests read it).
server.listen(Number(port), '127.0.0.1', () => console.log(`serving ${dir} at http://127.0.0.1:${server.address().port}${basePath}/`));
