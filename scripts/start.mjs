// `npm start`: serve out/ at once when it is the build of the current sources; otherwise build first, saying why.
// Port: `--port N`, else PORT, else 3000. A port in use is found before any build: one line, exit status 1.
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { staleReason } from './build-inputs.mjs';
import { parsePort, portProblem, serveStatic } from './serve-static.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');

function fail(message, status) {
  console.error(message);
  process.exit(status);
}

/** Rejects with the listen error when the port cannot be used; the probe is closed before the build. */
function probe(port) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => server.close(resolve));
  });
}

let port;
try {
  const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' } }, strict: true });
  port = values.port !== undefined ? parsePort(values.port, '--port') : parsePort(process.env.PORT || '3000', 'PORT');
} catch (error) {
  fail(`${error.message} Usage: npm start [-- --port 3001]`, 2);
}

await probe(port).catch((error) => fail(portProblem(error, port), 1));

const started = performance.now();
const reason = staleReason();
if (reason) {
  console.log(`Building the site first (about 2 minutes; later starts skip this while nothing changes): ${reason}.`);
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) fail('The build failed (its error is above); nothing to serve.', build.status ?? 1);
} else {
  console.log('out/ is the build of the current sources: serving it as it is (npm run build rebuilds on demand).');
}

const server = await serveStatic({ dir: path.join(ROOT, 'out'), port }).catch((error) => fail(portProblem(error, port), 1));
console.log(`Serving the atlas at http://127.0.0.1:${port}/ (ready in ${((performance.now() - started) / 1000).toFixed(1)} s; Ctrl+C stops).`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
