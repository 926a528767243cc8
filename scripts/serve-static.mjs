// Serves a static export for the browser tests: `node scripts/serve-static.mjs <dir> <port> [basePath]`.
// serve-handler (the library behind `serve`) does the file serving; this only strips the base path, so a
// BASE_PATH build in out-base/ is served at /atlas/ the way a subfolder host would.
import http from 'node:http';
import handler from 'serve-handler';

const [dir = 'out', port = '3000', basePath = ''] = process.argv.slice(2);

const server = http.createServer((request, response) => {
  if (basePath) {
    const url = request.url ?? '/';
    if (url !== basePath && !url.startsWith(`${basePath}/`)) {
      response.statusCode = 404;
      response.end(`Not under ${basePath}`);
      return;
    }
    request.url = url.slice(basePath.length) || '/';
  }
  return handler(request, response, { public: dir, trailingSlash: true, directoryListing: false });
});

server.listen(Number(port), '127.0.0.1', () => console.log(`serving ${dir} at http://127.0.0.1:${port}${basePath}/`));
