// nginx serving the export through deploy/nginx.conf, as a foreground process on a port of our own: used by the
// hosting tests (tests/e2e/hosting.spec.ts) and the load test (scripts/bench-serve.ts). Needs no system nginx
// service, its folders or its config; works as root (CI) and as a user.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** One export to serve: its folder, its port, and the base path it was built for ("" or "/atlas"). */
export interface NginxSite {
  dir: string;
  port: number;
  basePath?: string;
}

export interface RunningNginx {
  stop(): Promise<void>;
  /** Everything nginx wrote to its error log (startup problems, bad requests). */
  log(): string;
}

/** nginx: NGINX_PATH, else Debian's /usr/sbin/nginx, else the one on PATH; the error says how to get one. */
export function findNginx(): string {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', ...(process.env.PATH ?? '').split(':').map((d) => path.join(d, 'nginx'))];
  const found = candidates.find((c): c is string => Boolean(c) && existsSync(c!));
  if (!found) throw new Error('nginx not found: set NGINX_PATH, or install it (Debian/Ubuntu: apt-get install nginx; .ci/run does).');
  return found;
}

/** Replaces one exact line of the deployment config, failing loudly if the file no longer has it. */
function substitute(conf: string, from: string, to: string): string {
  if (!conf.includes(from)) throw new Error(`deploy/nginx.conf no longer contains "${from}": update lib/export/nginx.ts`);
  return conf.replace(from, to);
}

/**
 * The full nginx configuration for the tests: deploy/nginx.conf as shipped, with only `listen` and `root` (and,
 * for a base-path build, the 404 page's path) substituted, inside a minimal main config whose pid, logs and
 * temp files live in `prefix`, so no system nginx or its folders are needed.
 */
export function nginxConfig(sites: NginxSite[], prefix: string): string {
  const deploy = readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8');
  const start = deploy.search(/^server \{/m);
  const [httpLevel, server] = [deploy.slice(0, start), deploy.slice(start)];
  const servers = sites.map(({ dir, port, basePath = '' }) => {
    let root = path.resolve(ROOT, dir);
    if (basePath) {
      // A subfolder host: the export sits at <root>/atlas/.
      root = path.join(prefix, `root-${port}`);
      mkdirSync(root, { recursive: true });
      symlinkSync(path.resolve(ROOT, dir), path.join(root, basePath.slice(1)));
    }
    let conf = substitute(server, '    listen 80;', `    listen 127.0.0.1:${port};`);
    conf = substitute(conf, '    root /var/www/atlas/out;', `    root ${root};`);
    if (basePath) {
      conf = substitute(conf, '    error_page 403 404 =404 /404.html;', `    error_page 403 404 =404 ${basePath}/404.html;`);
      conf = substitute(conf, '    location = /_headers {', `    location = ${basePath}/_headers {`);
    }
    return conf;
  });
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${prefix}/${t};`).join('\n');
  return `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
${process.getuid?.() === 0 ? 'user root;\n' : ''}events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
${temp}
${httpLevel}
${servers.join('\n')}
}
`;
}

/** Starts nginx in the foreground (`daemon off`) on the sites' ports and waits until each answers. */
export async function startNginx(sites: NginxSite[]): Promise<RunningNginx> {
  const nginx = findNginx();
  const prefix = mkdtempSync(path.join(tmpdir(), 'atlas-nginx-'));
  const confFile = path.join(prefix, 'nginx.conf');
  writeFileSync(confFile, nginxConfig(sites, prefix));
  const check = spawnSync(nginx, ['-t', '-q', '-e', path.join(prefix, 'error.log'), '-p', prefix, '-c', confFile], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx rejected the generated config (${confFile}):\n${check.stderr}`);
  const child: ChildProcess = spawn(nginx, ['-g', 'daemon off;', '-e', path.join(prefix, 'error.log'), '-p', prefix, '-c', confFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const log = () => stderr + (existsSync(path.join(prefix, 'error.log')) ? readFileSync(path.join(prefix, 'error.log'), 'utf8') : '');
  for (const { port, basePath = '' } of sites) await waitFor(`http://127.0.0.1:${port}${basePath}/`, child, log);
  return {
    log,
    stop: () =>
      new Promise((resolve) => {
        // SIGQUIT: graceful shutdown of the master and its worker.
        child.once('exit', () => {
          rmSync(prefix, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGQUIT');
      }),
  };
}

async function waitFor(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${log()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not answer at ${url} within 10 s:\n${log()}`);
}

/** The port for the nginx tests: NGINX_PORT, else two above E2E_PORT (whose +1 is the base-path server). */
export function nginxPort(): number {
  return Number(process.env.NGINX_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 2);
}
