import { applies, type SystemProfile } from './applicability';
import type { ReviewChoice } from './choice';
import { PHASES, SEVERITIES, type Phase } from './model';
import { hasRecord, type OwnItem, type RecordItem, type ReviewRecord } from './record';

export type ListedItem = { kind: 'atlas'; item: RecordItem; /** Recorded, but the current filter would leave it out. */ outside: boolean } | { kind: 'own'; item: OwnItem };

export interface ListGroup {
  phase: Phase;
  entries: ListedItem[];
}

/**
 * Whether the content marks core items yet. Until some item is core, the short list falls back to the must items,
 * so the builder still opens on something shorter than everything.
 */
export function hasCoreFlags(items: readonly RecordItem[]): boolean {
  return items.some((item) => item.core);
}

export function isCore(item: RecordItem, coreFlagged: boolean): boolean {
  return coreFlagged ? item.core === true : item.severity === 'must';
}

/** Every item the choice applies to (the full list), in catalogue order. */
export function applicableItems(items: readonly RecordItem[], choice: ReviewChoice, systems: readonly SystemProfile[]): RecordItem[] {
  const system = systems.find((s) => s.id === choice.system);
  return items.filter((item) => applies(item, choice, system));
}

/** The items the review lists: the core or full list for its choice. */
export function filteredItems(items: readonly RecordItem[], review: Pick<ReviewRecord, 'choice' | 'list'>, systems: readonly SystemProfile[]): RecordItem[] {
  const all = applicableItems(items, review.choice, systems);
  if (review.list === 'full') return all;
  const coreFlagged = hasCoreFlags(items);
  return all.filter((item) => isCore(item, coreFlagged));
}

/**
 * The review's list by phase: the filtered items, then every item the review has a status or note for that the
 * filter leaves out (marked `outside`, so nothing recorded disappears), then the team's own items.
 * Within a phase: must before should before consider, then catalogue order.
 */
export function reviewList(items: readonly RecordItem[], review: ReviewRecord, systems: readonly SystemProfile[]): ListGroup[] {
  const listed = new Set(filteredItems(items, review, systems).map((item) => item.id));
  const entries = items
    .map((item, order) => ({ item, order }))
    .filter(({ item }) => listed.has(item.id) || hasRecord(review, item.id));
  return PHASES.map((phase) => ({
    phase,
    entries: [
      ...entries
        .filter(({ item }) => item.phase === phase)
        .sort((a, b) => SEVERITIES.indexOf(a.item.severity) - SEVERITIES.indexOf(b.item.severity) || a.order - b.order)
        .map(({ item }): ListedItem => ({ kind: 'atlas', item, outside: !listed.has(item.id) })),
      ...review.own.filter((o) => o.phase === phase).map((item): ListedItem => ({ kind: 'own', item })),
    ],
  })).filter((group) => group.entries.length > 0);
}

export function listedIds(groups: readonly ListGroup[]): string[] {
  return groups.flatMap((g) => g.entries.map((e) => e.item.id));
}
