import { z } from 'zod';
import { nearDuplicates, pairKey } from '../review/near-duplicates';
import { ContentError } from './errors';
import { ID_PATTERN } from './schema';
import type { CompiledEntry } from './types';
import { readYamlList } from './yaml-list';

/** Pairs of review items reviewed as distinct although their words overlap (content/review-distinct.yaml). */
export const REVIEW_DISTINCT_FILE = 'review-distinct.yaml';

const id = z.string().regex(ID_PATTERN, 'must be a kebab-case review item id');
const pairSchema = z
  .object({
    /** The two item ids, in any order. */
    pair: z.tuple([id, id]),
    /** Why they are two concerns, in a sentence (20–300 characters), so the next reviewer can check it. */
    reason: z.string().trim().min(20).max(300),
  })
  .strict();

/**
 * Flags review items whose questions overlap in words at or above the threshold (lib/review/near-duplicates.ts),
 * unless content/review-distinct.yaml lists the pair; and flags listed pairs that name an unknown item, list one
 * item twice, or are listed twice. Each error names the later item's file and line, and what to do.
 */
export function checkNearDuplicateItems(entries: readonly CompiledEntry[], contentDir: string, repoRoot: string): ContentError[] {
  const list = readYamlList(contentDir, repoRoot, REVIEW_DISTINCT_FILE, pairSchema, {
    item: 'pair',
    example: '"- pair: [item-a, item-b]" with "reason: why they ask different things"',
    fields: 'Each entry has pair (two review item ids) and reason (a sentence).',
  });
  const errors = [...(list?.errors ?? [])];
  const where = new Map(entries.flatMap((e) => e.reviewFacts.map((f) => [f.id, { file: e.file, line: f.line, text: f.text }] as const)));
  const distinct = new Set<string>();
  for (const { value, node } of list?.items ?? []) {
    const [a, b] = value.pair;
    const line = list!.lineAt(node, 'pair');
    const unknown = [a, b].find((x) => !where.has(x));
    if (unknown) errors.push(new ContentError(list!.file, `pair [${a}, ${b}] names "${unknown}", which is not a review item (retired or renamed?): remove the pair or fix the id.`, line));
    else if (a === b) errors.push(new ContentError(list!.file, `pair [${a}, ${b}] lists one item twice.`, line));
    else if (distinct.has(pairKey(a, b))) errors.push(new ContentError(list!.file, `pair [${a}, ${b}] is listed twice: keep one.`, line));
    distinct.add(pairKey(a, b));
  }
  const items = [...where].map(([itemId, { text }]) => ({ id: itemId, text }));
  for (const { a, b, score } of nearDuplicates(items, distinct)) {
    const first = where.get(a)!;
    const second = where.get(b)!;
    errors.push(
      new ContentError(
        second.file,
        `<ReviewQuestion id="${b}"> reads like "${a}" (${first.file}:${first.line ?? '?'}): ${Math.round(score * 100)}% of their content words are shared. If they ask the same thing, keep one item, show it on the other page with <ReviewRef id="…" /> and alias the retired id; if not, list the pair with a reason in content/${REVIEW_DISTINCT_FILE}.`,
        second.line,
      ),
    );
  }
  return errors;
}
