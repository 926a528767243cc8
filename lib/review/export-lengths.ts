import { choiceQuery, type ReviewChoice } from './choice';
import { CONDITIONS, MATURITY_LEVELS, SERVING_MODES, type Condition } from './model';
import { newReview, type ListScope, type RecordItem, type ReviewRecord, type Status } from './record';
import { recordDocument } from './record-document';
import { recordMarkdown } from './record-markdown';
import { applicableItems, filteredItems, reviewList } from './review-list';
import type { SystemProfile } from './applicability';

/** A system as the export bars need it: its profile, title and usual conditions (its traits). */
export type BenchSystem = SystemProfile & { id: string; title: string; traits: readonly Condition[] };

export interface ExportLength {
  choice: ReviewChoice;
  query: string;
  list: ListScope;
  /** Characters of the Markdown export of a new review (nothing recorded). */
  chars: number;
  items: number;
}

/**
 * The choices the export and print bars are measured over: every system (and any), serving mode (and any) and
 * maturity level (and any), each with the system's usual conditions and with every condition (the longest lists).
 */
export function benchChoices(systems: readonly BenchSystem[]): ReviewChoice[] {
  const choices: ReviewChoice[] = [];
  for (const system of [undefined, ...systems])
    for (const serving of [undefined, ...SERVING_MODES])
      for (const maturity of [undefined, ...MATURITY_LEVELS])
        for (const when of [system ? [...system.traits] : [], [...CONDITIONS]]) choices.push({ system: system?.id, serving, maturity, when });
  return choices;
}

interface Context {
  items: readonly RecordItem[];
  systems: readonly BenchSystem[];
  /** The site's origin and base path, as the exports' absolute links start. */
  siteUrl: string;
  atlas: string;
}

/** The Markdown export of `choice`'s list, for a new review or with every listed item given `status`. */
export function exportMarkdown(choice: ReviewChoice, list: ListScope, context: Context, status?: Status): { markdown: string; items: number } {
  const { items, systems } = context;
  let review: ReviewRecord = newReview({ id: 'bench', name: 'Bench', choice, atlas: context.atlas, now: '2026-01-01T00:00:00.000Z', list });
  const listed = filteredItems(items, review, systems);
  if (status) review = { ...review, records: Object.fromEntries(listed.map((item) => [item.id, { status }])) };
  const doc = recordDocument(review, reviewList(items, review, systems), {
    absoluteUrl: (p) => `${context.siteUrl}${p}`,
    date: '2026-01-01',
    systemTitles: new Map(systems.map((s) => [s.id, s.title])),
    atlas: context.atlas,
    fullCount: applicableItems(items, choice, systems).length,
  });
  return { markdown: recordMarkdown(doc), items: listed.length };
}

/** Export lengths of every bench choice's list, longest first. */
export function exportLengths(list: ListScope, context: Context): ExportLength[] {
  return benchChoices(context.systems)
    .map((choice) => {
      const { markdown, items } = exportMarkdown(choice, list, context);
      return { choice, query: choiceQuery(choice), list, chars: markdown.length, items };
    })
    .sort((a, b) => b.chars - a.chars || b.items - a.items);
}
