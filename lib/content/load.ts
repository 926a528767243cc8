import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { ContentError } from './errors';
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

/** Every *.mdx file below `dir`, sorted so builds are deterministic. */
export function listMdxFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** Reads one file and validates its frontmatter, naming the field and its line on failure. */
export function loadEntry(absFile: string, contentDir: string, repoRoot: string): SourceEntry {
  const file = path.relative(repoRoot, absFile);
  const id = path.basename(absFile, '.mdx');
  if (!ID_PATTERN.test(id)) {
    throw new ContentError(file, `file name "${id}" is not a valid id: use kebab-case (lowercase letters, digits, single hyphens).`);
  }
  const source = readFileSync(absFile, 'utf8');
  if (!source.startsWith('---\n')) {
    throw new ContentError(file, 'missing frontmatter: the file must start with a "---" line, then title, summary, kind, order, seed.', 1);
  }
  let data: unknown;
  try {
    data = matter(source).data;
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    throw new ContentError(file, `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, mark?.line !== undefined ? mark.line + 2 : undefined);
  }
  const parsed = frontmatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.') || '(frontmatter)';
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const key = unknownKeys[0] ?? String(issue.path[0] ?? '');
    throw new ContentError(
      file,
      `frontmatter field "${unknownKeys.length ? unknownKeys.join('", "') : field}": ${issue.message}. See lib/content/schema.ts for what each field takes.`,
      lineOfKey(source, key),
    );
  }
  return { id, path: urlPathOf(path.relative(contentDir, absFile)), file, source, frontmatter: parsed.data };
}

function lineOfKey(source: string, key: string): number | undefined {
  if (!key) return undefined;
  const index = source.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}
