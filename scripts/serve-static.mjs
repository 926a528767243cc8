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

function reply(response, status, text) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  response.end(text);
}

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

server.listen(Number(port), '127.0.0.1', () => console.log(`serving ${dir} at http://127.0.0.1:${port}${basePath}/`));
