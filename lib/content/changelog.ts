import { existsSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import { pastDate } from './dates';
import { ContentError } from './errors';
import { readSource } from './load';
import { suggest } from './suggest';

/** The file listing content changes, in content/ (read at build time: a shallow CI clone has no git history). */
export const CHANGELOG_FILE = 'changelog.yaml';

/** One content change: when, which entries, and what changed in one line. */
const changeSchema = z
  .object({
    /** The day the change was made (YYYY-MM-DD); not in the future. Newest first in the file. */
    date: pastDate('the day the change was made'),
    /** What changed, in one line (10–200 characters), written for readers. */
    summary: z.string().trim().min(10).max(200),
    /** Ids of the entries the change touched; each must exist. At least one. */
    entries: z.array(z.string()).min(1),
  })
  .strict();

export type Change = z.output<typeof changeSchema>;

/**
 * Reads and validates content/changelog.yaml: every change valid, every entry id existing (with a "did you
 * mean"), dates newest first. Returns no changes when the file does not exist (fixtures); errors carry file and line.
 */
export function loadChangelog(contentDir: string, repoRoot: string, ids: string[]): { changes: Change[]; errors: ContentError[] } {
  const abs = path.join(contentDir, CHANGELOG_FILE);
  if (!existsSync(abs)) return { changes: [], errors: [] };
  const file = path.relative(repoRoot, abs);
  const lineCounter = new LineCounter();
  const document = parseDocument(readSource(abs, file), { lineCounter, prettyErrors: false });
  const lineAt = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
  if (document.errors.length) {
    const error = document.errors[0];
    return { changes: [], errors: [new ContentError(file, `not valid YAML: ${error.message.split('\n')[0]}.`, lineCounter.linePos(error.pos[0]).line)] };
  }
  if (!isSeq(document.contents)) {
    return { changes: [], errors: [new ContentError(file, 'must be a list of changes: "- date: 2026-11-29", "summary: …", "entries: [id, …]".', 1)] };
  }
  const known = new Set(ids);
  const changes: Change[] = [];
  const errors: ContentError[] = [];
  const values = document.toJS() as unknown[];
  document.contents.items.forEach((item, index) => {
    const parsed = changeSchema.safeParse(values[index]);
    const node = item as Node;
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue.code === 'unrecognized_keys' ? issue.keys.join('", "') : issue.path.join('.') || '(change)';
      const at = isMap(node) && issue.path.length ? (node.getIn(issue.path as (string | number)[], true) as Node | undefined) : undefined;
      errors.push(new ContentError(file, `change ${index + 1}, field "${field}": ${issue.message}. Each change has date, summary and entries (see lib/content/changelog.ts).`, lineAt(at) ?? lineAt(node)));
      return;
    }
    const change = parsed.data;
    const entriesNode = isMap(node) ? node.get('entries', true) : undefined;
    change.entries.forEach((id, i) => {
      if (known.has(id)) return;
      const idNode = isSeq(entriesNode) ? (entriesNode.items[i] as Node) : undefined;
      errors.push(new ContentError(file, `change ${index + 1} lists entry "${id}", which does not exist. ${suggest(id, ids)}`, lineAt(idNode) ?? lineAt(node)));
    });
    const previous = changes.at(-1);
    if (previous && change.date > previous.date) {
      errors.push(new ContentError(file, `change ${index + 1} (${change.date}) is newer than the one above it (${previous.date}): list changes newest first.`, lineAt(node)));
    }
    changes.push(change);
  });
  return { changes, errors };
}
