// What a build of out/ was made from, so `npm start` can serve out/ as it is when nothing changed since, and say what
// did when something has. Each source file's hash, by group, plus the settings that change the output (SITE_URL…).
//   node scripts/build-inputs.mjs begin    first step of `npm run build`: notes the inputs it starts from
//   node scripts/build-inputs.mjs record   last step: the build succeeded, out/ was made from those inputs
// The record lives in .cache/ (never in out/, so it is never published) and names out/index.html's time, so an out/
// written or moved by anything else (a BASE_PATH build moved to out-base/) does not count as current.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const RECORD = path.join(ROOT, '.cache/atlas-build.json');
const PENDING = path.join(ROOT, '.cache/atlas-build.pending.json');
const MARKER = path.join(ROOT, 'out/index.html');

/** Source folders and files by what a reader calls them (of scripts/, the build's steps only); generated files are left out. */
const GROUPS = {
  content: ['content', 'public'],
  code: ['app', 'components', 'lib', ...['build-content.ts', 'next-build.mjs', 'export-markdown.ts', 'post-build.ts', 'build-inputs.mjs'].map((f) => `scripts/${f}`), 'next.config.mjs', 'postcss.config.mjs', 'tsconfig.json'],
  dependencies: ['package.json', 'package-lock.json'],
};
/** Written by the build itself (.gitignore lists them too). */
const GENERATED = ['public/search-data', 'public/search-parts', 'public/search-text', 'public/og', 'public/citations', 'public/citations.json'];
/** Environment settings that change what the build writes (next.config.mjs, post-build.ts). */
const SETTINGS = ['SITE_URL', 'BASE_PATH', 'REPO_URL', 'EDIT_URL'];

function filesOf(entry) {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(ROOT, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .filter((file) => !GENERATED.some((generated) => file === generated || file.startsWith(`${generated}/`)));
}

/** The current inputs: { files: { group: { path: hash } }, settings: { NAME: value } }. */
export function currentInputs() {
  const files = {};
  for (const [group, entries] of Object.entries(GROUPS)) {
    files[group] = {};
    for (const file of entries.flatMap(filesOf).sort()) files[group][file] = createHash('sha1').update(readFileSync(path.join(ROOT, file))).digest('hex').slice(0, 16);
  }
  return { node: process.versions.node.split('.')[0], settings: Object.fromEntries(SETTINGS.map((name) => [name, process.env[name] ?? ''])), files };
}

/** Why out/ is not the build of the current inputs, in words ("content changed: content/a.mdx and 2 more"), or undefined when it is. */
export function staleReason(inputs = currentInputs()) {
  if (!existsSync(MARKER)) return 'there is no build in out/ yet';
  if (!existsSync(RECORD)) return 'out/ has no record of what it was built from';
  const record = JSON.parse(readFileSync(RECORD, 'utf8'));
  if (record.marker !== statSync(MARKER).mtimeMs) return 'out/ was written by another build since';
  const reasons = [];
  const settings = SETTINGS.filter((name) => (record.inputs.settings?.[name] ?? '') !== inputs.settings[name]);
  if (settings.length) reasons.push(`build settings changed (${settings.join(', ')})`);
  if (record.inputs.node !== inputs.node) reasons.push(`Node.js changed (${record.inputs.node} → ${inputs.node})`);
  for (const group of Object.keys(GROUPS)) {
    const before = record.inputs.files?.[group] ?? {};
    const now = inputs.files[group];
    const changed = [...new Set([...Object.keys(before), ...Object.keys(now)])].filter((file) => before[file] !== now[file]).sort();
    if (changed.length) reasons.push(`${group} changed: ${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ` and ${changed.length - 3} more` : ''}`);
  }
  return reasons.length ? reasons.join('; ') : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const command = process.argv[2];
  mkdirSync(path.dirname(RECORD), { recursive: true });
  if (command === 'begin') {
    // A build that fails half-way leaves no record: the next start builds again.
    rmSync(RECORD, { force: true });
    writeFileSync(PENDING, JSON.stringify(currentInputs()));
  } else if (command === 'record') {
    // Only for out/ (a BASE_PATH build is moved elsewhere by its caller) and only after `begin` of the same build.
    if (!existsSync(PENDING) || !existsSync(MARKER)) process.exit(0);
    writeFileSync(PENDING, JSON.stringify({ inputs: JSON.parse(readFileSync(PENDING, 'utf8')), marker: statSync(MARKER).mtimeMs }));
    renameSync(PENDING, RECORD);
  } else {
    console.error('usage: node scripts/build-inputs.mjs begin|record');
    process.exit(2);
  }
}
