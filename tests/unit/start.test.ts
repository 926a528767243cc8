import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/built-site';
// @ts-expect-error: a plain ES module of the build, without types
import { currentInputs, staleReason } from '../../scripts/build-inputs.mjs';

const START = path.join(ROOT, 'scripts/start.mjs');
type Inputs = { settings: Record<string, string>; files: Record<string, Record<string, string>> };
const run = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [START, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });

describe('npm start', () => {
  it('on a busy port prints one line naming the port and another way, and exits 1 before building', async () => {
    const busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as net.AddressInfo).port;
    try {
      for (const [args, env] of [[[], { PORT: String(port) }], [['--port', String(port)], {}]] as const) {
        const started = performance.now();
        const result = run([...args], env);
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr.trim().split('\n')).toEqual([`Port ${port} is already in use (another server?). Start on another port: PORT=${port + 1} npm start, or npm start -- --port ${port + 1}.`]);
        // Long before any build could finish (minutes): the port is checked first.
        expect(performance.now() - started).toBeLessThan(30_000);
      }
    } finally {
      busy.close();
    }
  });

  it('rejects a port that is not one, saying what it needs', () => {
    const result = run(['--port', 'http']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--port must be a port number from 1 to 65535; got "http".');
    expect(run([], { PORT: '70000' }).stderr).toContain('PORT must be a port number from 1 to 65535; got "70000".');
  });

  it('says which inputs changed since the build: content, code, dependencies, settings', () => {
    const inputs = currentInputs() as Inputs;
    const changed: Inputs = structuredClone(inputs);
    changed.files.content['content/index.mdx'] = 'edited';
    changed.files.code['lib/new-module.ts'] = 'added';
    changed.settings.SITE_URL = 'https://atlas.example.com';
    const reason = staleReason(changed) as string;
    expect(reason).toContain('build settings changed (SITE_URL)');
    expect(reason).toContain('content changed: content/index.mdx');
    expect(reason).toContain('code changed: lib/new-module.ts');
    expect(reason).not.toContain('dependencies');
  });

  it('serves the build at once when nothing changed since it (npm test has just built it)', async () => {
    expect(staleReason(), 'out/ should be the build of the current sources: run npm run build').toBeUndefined();
    const server = await new Promise<net.Server>((resolve) => {
      const probe = net.createServer();
      probe.listen(0, '127.0.0.1', () => resolve(probe));
    });
    const port = (server.address() as net.AddressInfo).port;
    await new Promise((resolve) => server.close(resolve));
    const child = spawn(process.execPath, [START, '--port', String(port)], { cwd: ROOT });
    try {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const started = performance.now();
      await new Promise<void>((resolve, reject) => {
        const check = () => (output.includes('Serving the atlas') ? resolve() : output.includes('Building') ? reject(new Error(output)) : undefined);
        child.stdout.on('data', check);
        child.on('exit', () => reject(new Error(`start exited: ${output}`)));
      });
      expect(performance.now() - started).toBeLessThan(30_000);
      expect(output.split('\n')[0]).toBe('out/ is the build of the current sources: serving it as it is (npm run build rebuilds on demand).');
      const response = await fetch(`http://127.0.0.1:${port}/pitfalls/label-leakage/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Label Leakage');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
