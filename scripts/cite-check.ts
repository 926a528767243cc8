/**
 * Checks links to the atlas in design documents: `npm run cite-check -- <files or folders> [--out DIR | --site URL]
 * [--json] [--allow-stale] [--allow-broken]`. Finds every link to the site in Markdown, MDX and HTML files (outside
 * code), checks it against /citations.json from a local export (--out) or the deployed site (--site, default SITE_URL)
 * and prints one line per link with file:line: ok, stale, moved, broken or unversioned. Exits 1 when a link is stale
 * or broken (unless allowed), 2 on a usage error.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CitationIndex } from '../lib/citations/citation-index';
import { checkText, CITE_CHECK_EXTENSIONS, type LinkReport } from '../lib/citations/cite-check';

const USAGE = 'usage: npm run cite-check -- <files or folders> [--out DIR | --site URL] [--json] [--allow-stale] [--allow-broken]';

function fail(message: string): never {
  console.error(`cite-check: ${message}\n${USAGE}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const flags = new Set<string>();
const values: Record<string, string> = {};
const inputs: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--out' || arg === '--site') {
    if (!args[i + 1] || args[i + 1].startsWith('--')) fail(`${arg} needs a value`);
    values[arg] = args[++i];
  } else if (['--json', '--allow-stale', '--allow-broken'].includes(arg)) flags.add(arg);
  else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
  else inputs.push(arg);
}
if (inputs.length === 0) fail('give at least one file or folder to check');

async function loadIndex(): Promise<CitationIndex> {
  if (values['--out']) {
    const file = path.join(values['--out'], 'citations.json');
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as CitationIndex;
    } catch (error) {
      fail(`cannot read ${file} (${(error as Error).message}); build the site first (npm run build) or use --site`);
    }
  }
  const site = (values['--site'] || process.env.SITE_URL || '').replace(/\/$/, '');
  if (!site) fail('give --out DIR or --site URL (or set SITE_URL)');
  const response = await fetch(`${site}/citations.json`).catch((error: Error) => fail(`cannot fetch ${site}/citations.json: ${error.message}`));
  if (!response.ok) fail(`${site}/citations.json answered ${response.status}`);
  return (await response.json()) as CitationIndex;
}

function files(input: string): string[] {
  let stat;
  try {
    stat = statSync(input);
  } catch {
    fail(`${input} does not exist`);
  }
  if (stat.isFile()) return [input];
  return readdirSync(input, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && CITE_CHECK_EXTENSIONS.includes(path.extname(d.name).toLowerCase()))
    .map((d) => path.join(d.parentPath, d.name))
    .filter((f) => !f.split(path.sep).some((part) => part === 'node_modules' || part === '.git'))
    .sort();
}

const index = await loadIndex();
// Links are matched against the origin the site is served at: --site, else SITE_URL, else the one the index was built for.
const site = (values['--site'] || process.env.SITE_URL || index.site).replace(/\/$/, '');
const reports: LinkReport[] = inputs.flatMap(files).flatMap((file) => checkText(file, readFileSync(file, 'utf8'), index, site));
const failing = reports.filter((r) => (r.state === 'stale' && !flags.has('--allow-stale')) || (r.state === 'broken' && !flags.has('--allow-broken')));
if (flags.has('--json')) console.log(JSON.stringify({ site, links: reports, failing: failing.length }, null, 2));
else {
  for (const r of reports) console.log(`${r.file}:${r.line}: ${r.state.padEnd(11)} ${r.url}\n    ${r.detail}`);
  const counts = ['ok', 'stale', 'moved', 'broken', 'unversioned'].map((s) => `${reports.filter((r) => r.state === s).length} ${s}`);
  console.log(`cite-check: ${reports.length} links to ${site} (${counts.join(', ')})${failing.length ? `; ${failing.length} failing` : ''}`);
}
process.exit(failing.length ? 1 : 0);
