import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildContent, type BuildOptions } from '@/lib/content/build';
import { ContentErrors } from '@/lib/content/errors';
import { ROOT } from '../helpers/built-site';

/** Frontmatter of the probe page, one line each; a probe replaces a line by its key or adds one. */
export const FRONTMATTER: Readonly<Record<string, string>> = {
  title: 'title: Probe',
  summary: 'summary: A probe entry for the security tests of the content step.',
  kind: 'kind: pattern',
  order: 'order: 1',
  seed: 'seed: ["Fixture"]',
  reviewed: 'reviewed: 2026-11-26',
};

/** Line 10 is "## Intro {#intro}", line 12 "Text."; a probe's body starts at line BODY_LINE. */
export const BODY_LINE = 14;

export interface ProbeTree {
  /** Frontmatter lines to replace (by key) or add. */
  frontmatter?: Record<string, string>;
  /** Appended to the probe page from line BODY_LINE. */
  body?: string;
  /** Other files of the content folder, by relative path. */
  files?: Record<string, string>;
  /** Run after writing the files, e.g. to make a symbolic link. */
  setup?: (dir: string) => void;
}

export type Outcome = { ok: true } | { ok: false; errors: { file: string; line?: number; problem: string }[] };

/** The probe page's source: frontmatter (lines 1–8; a probe may add more), the intro, then the body. */
export function probePage(tree: ProbeTree): string {
  const lines = { ...FRONTMATTER, ...tree.frontmatter };
  const head = ['---', ...Object.values(lines), '---'];
  // Keep the body on BODY_LINE whatever the frontmatter's length: pad with blank lines after a short one.
  const intro = ['## Intro {#intro}', '', 'Text.', ''];
  // A probe with a longer frontmatter moves the body down; its expectations name their own lines.
  const pad = Math.max(0, BODY_LINE - 1 - head.length - intro.length);
  return [...head, ...Array<string>(pad).fill(''), ...intro, tree.body ?? ''].join('\n') + '\n';
}

/**
 * Writes a content folder holding the probe page (probe.mdx, at /probe/) and the probe's other files into a fresh
 * temporary directory, runs the content pipeline on it (no browser: diagrams are checked, never rendered) and
 * returns what it stopped with. Any other exception (a crash) propagates, and fails the test that called it.
 */
export async function runProbe(tree: ProbeTree, options: BuildOptions | ((contentDir: string) => BuildOptions) = {}): Promise<Outcome & { dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-probe-'));
  const content = path.join(dir, 'content');
  mkdirSync(content);
  writeFileSync(path.join(content, 'probe.mdx'), probePage(tree));
  for (const [name, text] of Object.entries(tree.files ?? {})) {
    mkdirSync(path.dirname(path.join(content, name)), { recursive: true });
    writeFileSync(path.join(content, name), text);
  }
  tree.setup?.(content);
  try {
    await buildContent(content, dir, { diagramsDir: path.join(dir, 'diagrams'), render: 'never', ...(typeof options === 'function' ? options(content) : options) });
    return { ok: true, dir };
  } catch (error) {
    if (error instanceof ContentErrors) return { ok: false, dir, errors: error.errors.map(({ file, line, problem }) => ({ file, line, problem })) };
    throw error;
  }
}

export function removeProbe(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export { ROOT };
