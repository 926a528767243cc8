import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isNode, parseDocument, type Document } from 'yaml';
import { ContentError } from './errors';
import { loadSeedHeadings, seedReferenceProblem } from './seed-headings';
import { frontmatterSchema, ID_PATTERN, type Frontmatter } from './schema';
import { urlPathOf } from './urls';

export interface SourceEntry {
  id: string;
  /** URL path with leading and trailing slash: "/pitfalls/label-leakage/", "/" for index. */
  path: string;
  /** Repository-relative file path, for error messages. */
  file: string;
  source: string;
  frontmatter: Frontmatter;
}

/** Largest MDX source a page may have: beyond it the page (and its HTML and search text) is too long to read. */
export const MAX_PAGE_BYTES = 300 * 1024;

/** Files content/ may hold besides pages: its guide, the anchor record, the changelog, the symptom vocabulary and the source document(s). */
const KNOWN_FILES = [/^README\.md$/, /^published-anchors\.json$/, /^changelog\.yaml$/, /^symptoms\.yaml$/, /^seed\/[^/]+\.md$/];

/**
 * Every page (*.mdx) below `dir`, sorted so builds are deterministic, and an error for every other file: a
 * `.md` or `.MDX` page, an image or a stray file would otherwise be silently left out of the site.
 */
export function listContentFiles(dir: string, repoRoot: string): { pages: string[]; errors: ContentError[] } {
  const pages: string[] = [];
  const errors: ContentError[] = [];
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => !d.isDirectory());
  for (const d of files) {
    const abs = path.join(d.parentPath, d.name);
    const rel = path.relative(dir, abs).split(path.sep).join('/');
    if (d.isFile() && d.name.endsWith('.mdx')) pages.push(abs);
    else if (!KNOWN_FILES.some((known) => known.test(rel))) errors.push(new ContentError(path.relative(repoRoot, abs), unknownFileProblem(d.name)));
  }
  return { pages: pages.sort(), errors };
}

function unknownFileProblem(name: string): string {
  if (/\.(mdx|md|markdown)$/i.test(name)) {
    return `not built: pages must end in ".mdx" (lowercase). Rename it to "${name.replace(/\.[^.]+$/, '.mdx')}".`;
  }
  if (/\.(png|jpe?g|gif|svg|webp|avif)$/i.test(name)) return 'images do not belong in content/: move the file to public/ (e.g. public/images/) and link it as "/images/…".';
  return 'not a kind of file content/ holds (pages are *.mdx; besides them only README.md, published-anchors.json, changelog.yaml, symptoms.yaml and seed/*.md). Move or delete it.';
}

/**
 * The file's text: UTF-8 decoded strictly (a wrong byte is an error naming its offset, never a silent U+FFFD),
 * a byte-order mark dropped and CRLF line endings turned into LF, so editors on any system produce the same page.
 */
export function readSource(absFile: string, file: string): string {
  const bytes = readFileSync(absFile);
  if (bytes.length > MAX_PAGE_BYTES) {
    throw new ContentError(file, `the page is ${(bytes.length / 1024).toFixed(0)} KB of source, over the limit of ${MAX_PAGE_BYTES / 1024} KB. Split it into several pages.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    const line = bytes.subarray(0, offset).toString('latin1').split('\n').length;
    throw new ContentError(file, `not valid UTF-8 at byte offset ${offset} (0x${bytes[offset].toString(16).padStart(2, '0')}): save the file as UTF-8.`, line);
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The offset of the first byte that is not part of a valid UTF-8 sequence: where re-encoding the lossy decode differs. */
function firstInvalidUtf8Byte(bytes: Buffer): number {
  const again = Buffer.from(bytes.toString('utf8'), 'utf8');
  let i = 0;
  while (i < bytes.length && bytes[i] === again[i]) i++;
  return i;
}

/** Reads one file and validates its frontmatter, naming the field and its line on failure. */
export function loadEntry(absFile: string, contentDir: string, repoRoot: string): SourceEntry {
  const file = path.relative(repoRoot, absFile);
  const id = path.basename(absFile, '.mdx');
  if (!ID_PATTERN.test(id)) {
    throw new ContentError(file, `file name "${id}" is not a valid id: use kebab-case (lowercase letters, digits, single hyphens).`);
  }
  const source = readSource(absFile, file);
  const match = FRONTMATTER.exec(source);
  if (!match) {
    throw new ContentError(file, 'missing frontmatter: the file must start with a "---" line, then title, summary, kind, order, seed, then a "---" line.', 1);
  }
  const document = parseFrontmatter(match[1], file);
  const parsed = frontmatterSchema.safeParse(document.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.') || '(frontmatter)';
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const key = unknownKeys[0] ?? String(issue.path[0] ?? '');
    throw new ContentError(
      file,
      `frontmatter field "${unknownKeys.length ? unknownKeys.join('", "') : field}": ${issue.message}. See lib/content/schema.ts for what each field takes.`,
      // A missing field points at the closing "---", where it goes.
      lineOfValue(document, match[1], issue.path) ?? lineOfKey(source, key) ?? match[0].split('\n').length - 1,
    );
  }
  const headings = seedHeadings(contentDir);
  for (const field of ['seed', 'buildsOn'] as const) {
    (parsed.data[field] ?? []).forEach((reference, i) => {
      const problem = headings && seedReferenceProblem(reference, headings);
      if (problem) throw new ContentError(file, `frontmatter field "${field}.${i}": ${problem}`, lineOfValue(document, match[1], [field, i]) ?? lineOfKey(source, field));
    });
  }
  return { id, path: urlPathOf(path.relative(contentDir, absFile)), file, source, frontmatter: parsed.data };
}

const seedHeadingsByDir = new Map<string, string[] | undefined>();

/**
 * The source document's heading paths, read once per content folder. A folder without the document (a test fixture)
 * has nothing to check references against; content/ has it, and tests/unit/provenance.test.ts keeps it so.
 */
function seedHeadings(contentDir: string): string[] | undefined {
  if (!seedHeadingsByDir.has(contentDir)) seedHeadingsByDir.set(contentDir, loadSeedHeadings(contentDir));
  return seedHeadingsByDir.get(contentDir);
}

/** The YAML between the opening "---" line and the closing one; the YAML's first line is the file's line 2. */
const FRONTMATTER = /^---\n((?:[\s\S]*?\n)?)---[ \t]*(?:\n|$)/;

function parseFrontmatter(yaml: string, file: string): Document {
  const document = parseDocument(yaml, { prettyErrors: false });
  const error = document.errors[0];
  if (!error) return document;
  // The parser notices an unclosed [ or { only where the next key starts: point at the line that opened it.
  const unclosed = /end with a [\]}]/.test(error.message) ? Math.max(yaml.lastIndexOf('[', error.pos[0]), yaml.lastIndexOf('{', error.pos[0])) : -1;
  const offset = unclosed >= 0 ? unclosed : error.pos[0];
  const line = yaml.slice(0, offset).split('\n').length + 1;
  throw new ContentError(file, `frontmatter is not valid YAML: ${error.message.split('\n')[0]}. Quote values that contain ":", "#", "[" or "{".`, line);
}

/** The file line of the value at `at` (e.g. ["tags", 2]), so an error points at the very item; undefined when absent. */
function lineOfValue(document: Document, yaml: string, at: PropertyKey[]): number | undefined {
  if (at.length === 0) return undefined;
  const node = document.getIn(at as (string | number)[], true);
  if (!isNode(node) || !node.range) return undefined;
  return yaml.slice(0, node.range[0]).split('\n').length + 1;
}

function lineOfKey(source: string, key: string): number | undefined {
  if (!key) return undefined;
  const index = source.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 1;
}
