import { z } from 'zod';
import { pastDate } from './dates';
import { ContentError } from './errors';
import { plainText } from './schema';
import { suggest } from './suggest';
import { readYamlList } from './yaml-list';

/** The file listing content changes, in content/ (read at build time: a shallow CI clone has no git history). */
export const CHANGELOG_FILE = 'changelog.yaml';

/** One content change: when, which entries, and what changed in one line. */
const changeSchema = z
  .object({
    /** The day the change was made (YYYY-MM-DD); not in the future. Newest first in the file. */
    date: pastDate('the day the change was made'),
    /** What changed, in one line (10–200 characters), written for readers. */
    summary: plainText(z.string().trim().min(10).max(200)),
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
  const list = readYamlList(contentDir, repoRoot, CHANGELOG_FILE, changeSchema, {
    item: 'change',
    example: '"- date: 2026-11-29", "summary: …", "entries: [id, …]"',
    fields: 'Each change has date, summary and entries (see lib/content/changelog.ts).',
  });
  if (!list) return { changes: [], errors: [] };
  const { file, errors, lineAt } = list;
  const known = new Set(ids);
  const changes: Change[] = [];
  for (const { value: change, index, node } of list.items) {
    change.entries.forEach((id, i) => {
      if (known.has(id)) return;
      errors.push(new ContentError(file, `change ${index + 1} lists entry "${id}", which does not exist. ${suggest(id, ids)}`, lineAt(node, 'entries', i)));
    });
    const previous = changes.at(-1);
    if (previous && change.date > previous.date) {
      errors.push(new ContentError(file, `change ${index + 1} (${change.date}) is newer than the one above it (${previous.date}): list changes newest first.`, lineAt(node)));
    }
    changes.push(change);
  }
  // Problems in file order, as the old single pass reported them.
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { changes, errors };
}
