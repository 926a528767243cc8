// `next build`, its output passed through but for lines that look alarming and are not: the "Experiments" block that
// lists `turbopackFileSystemCacheForBuild` with a "⨯" (our choice to skip writing Turbopack's build cache, which
// makes a clean build faster on 2 cores: next.config.mjs). Everything else, errors included, is shown as Next prints it.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Lines dropped, compared without colour codes. */
const NOISE = [/^\s*-?\s*Experiments \(use with caution\):\s*$/, /^\s*⨯ turbopackFileSystemCacheForBuild\s*$/];
const plain = (line) => line.replace(/\u001b\[[0-9;]*m/g, '');

const child = spawn(process.execPath, [new URL('../node_modules/next/dist/bin/next', import.meta.url).pathname, 'build', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
  // Next colours its output only for a terminal; keep that when ours is one.
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
});
const drained = [[child.stdout, process.stdout], [child.stderr, process.stderr]].map(([from, to]) => {
  const lines = createInterface({ input: from, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (!NOISE.some((pattern) => pattern.test(plain(line)))) to.write(`${line}\n`);
  });
  return new Promise((resolve) => lines.on('close', resolve));
});
const status = await new Promise((resolve) => child.on('close', (code, signal) => resolve(signal ? 1 : (code ?? 1))));
await Promise.all(drained);
process.exit(status);
