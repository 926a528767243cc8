'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo } from 'react';
import { choiceQuery, choiceTitle, parseChoice, type ReviewChoice } from '@/lib/review/choice';
import { CONDITION_LABEL, PHASE_LABEL, type Condition, type ServingMode } from '@/lib/review/model';
import { newReview, newReviewId, statusCounts, withNote, withOwnItem, withoutOwnItem, withStatus, type OwnItem, type RecordItem, type ReviewRecord, type Status } from '@/lib/review/record';
import { migrateOldTicks, readShelf, writeShelf } from '@/lib/review/record-store';
import { applicableItems, filteredItems, hasCoreFlags, listedIds, reviewList } from '@/lib/review/review-list';
import { putReview } from '@/lib/review/review-shelf';
import { absoluteUrl } from '@/lib/site-config';
import { OwnItemForm } from './own-item-form';
import { RecordActions } from './record-actions';
import { RecordItemView } from './record-item';
import { ReviewChoices } from './review-choices';
import { YourReviews } from './your-reviews';
import { useReviewShelf } from './use-review-shelf';

export interface BuilderSystem {
  id: string;
  title: string;
  serving: ServingMode[];
  traits: Condition[];
}

interface Props {
  items: RecordItem[];
  systems: BuilderSystem[];
  /** Retired item id → current id. */
  aliases: [string, string][];
  /** The catalogue version (lib/review/item-version.ts). */
  atlas: string;
}

const now = () => new Date().toISOString();

const defaultName = (choice: ReviewChoice, titles: ReadonlyMap<string, string>) => `${choiceTitle(choice, titles)} review, ${now().slice(0, 10)}`;

/**
 * /review/: a design review kept as a record. The choice (system, serving mode, level, conditions, severity) picks
 * the list; statuses, notes and own items belong to the review, keyed by item id, so a filter change never loses
 * them. Reviews live in this browser ("Your reviews"); the open review's choice is mirrored in the URL.
 */
export function ReviewBuilder({ items, systems, aliases, atlas }: Props) {
  // Reading the URL makes the static export render the page's fallback (the no-JavaScript text) in place of the
  // builder; the choice itself is read from window.location once the review store is available.
  useSearchParams();
  const systemIds = useMemo(() => systems.map((s) => s.id), [systems]);
  const systemTitles = useMemo(() => new Map(systems.map((s) => [s.id, s.title])), [systems]);
  const shelf = useReviewShelf();
  const review = shelf.reviews.find((r) => r.id === shelf.open) ?? shelf.reviews[0];

  // First visit: bring over the old ticks, then open a review for the URL's choice (or the last one opened).
  useEffect(() => {
    const current = readShelf();
    const fromUrl = window.location.search.length > 1 ? parseChoice(new URLSearchParams(window.location.search), systemIds) : undefined;
    let next = current;
    const migrated = migrateOldTicks(window.localStorage, (query, ticks) => {
      const choice = parseChoice(new URLSearchParams(query), systemIds);
      const made = newReview({ id: newReviewId(), name: `${choiceTitle(choice, systemTitles)} (ticks from before)`, choice, atlas, now: now(), list: 'full' });
      return { ...made, records: Object.fromEntries(ticks.map((id) => [id, { status: 'met' as const }])) };
    });
    for (const old of migrated) next = putReview(next, old);
    const open = next.reviews.find((r) => r.id === next.open) ?? next.reviews.at(-1);
    if (!open) next = putReview(next, newReview({ id: newReviewId(), name: defaultName(fromUrl ?? { when: [] }, systemTitles), choice: fromUrl ?? { when: [] }, atlas, now: now() }), true);
    else if (fromUrl && choiceQuery(fromUrl) !== choiceQuery(open.choice)) next = putReview(next, { ...open, choice: fromUrl, updated: now() }, true);
    else if (next.open !== open.id) next = { ...next, open: open.id };
    if (next !== current) writeShelf(next);
    // Only once per page load; the params are read from the location itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The URL follows the open review's choice, so the address bar reproduces the list.
  const query = review ? choiceQuery(review.choice) : undefined;
  useEffect(() => {
    if (query !== undefined && window.location.search !== query) window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}`);
  }, [query]);

  // Changes apply to the open review as stored now, so two quick changes never overwrite each other.
  const update = useCallback((change: (r: ReviewRecord) => ReviewRecord) => {
    const stored = readShelf();
    const current = stored.reviews.find((r) => r.id === stored.open) ?? stored.reviews[0];
    if (current) writeShelf(putReview(stored, change(current)));
  }, []);
  const onStatus = useCallback((id: string, status: Status | undefined) => update((r) => withStatus(r, id, status, now())), [update]);
  const onNote = useCallback((id: string, note: string) => update((r) => withNote(r, id, note, now())), [update]);
  const onRemove = useCallback((id: string) => update((r) => withoutOwnItem(r, id, now())), [update]);
  const onAdd = useCallback((item: Omit<OwnItem, 'id'>) => update((r) => withOwnItem(r, item, now())), [update]);

  const groups = useMemo(() => (review ? reviewList(items, review, systems) : []), [items, review, systems]);
  const fullCount = useMemo(() => (review ? applicableItems(items, review.choice, systems).length : 0), [items, review, systems]);
  const listedCount = useMemo(() => (review ? filteredItems(items, review, systems).length : 0), [items, review, systems]);
  const coreFlagged = useMemo(() => hasCoreFlags(items), [items]);
  const aliasMap = useMemo(() => new Map(aliases), [aliases]);

  if (!review) return <p role="status">Opening your review…</p>;
  const ids = listedIds(groups);
  const counts = statusCounts(review, ids);
  const outside = groups.reduce((n, g) => n + g.entries.filter((e) => e.kind === 'atlas' && e.outside).length, 0);
  const coreLabel = coreFlagged ? 'core list' : 'short list (must items: the atlas marks no core items yet)';

  return (
    <>
      <div className="no-print mb-4 flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor="review-name" className="mb-1 block text-sm font-medium">
            Review name
          </label>
          <input
            id="review-name"
            className="h-10 w-full rounded-md border border-slate-300 bg-white px-2 dark:border-slate-700 dark:bg-slate-900"
            value={review.name}
            onChange={(event) => update((r) => ({ ...r, name: event.target.value, updated: now() }))}
          />
        </div>
        <YourReviews shelf={shelf} openId={review.id} atlas={atlas} />
      </div>
      <ReviewChoices choice={review.choice} systems={systems} onChange={(choice) => update((r) => ({ ...r, choice, updated: now() }))} />
      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        <div>
          {/* Names the review and its choice on screen and on paper, where the form is not printed. */}
          <p className="font-medium" data-review-summary>
            <span className="print-only">{review.name}: </span>
            Checklist for {choiceTitle(review.choice, systemTitles)}
            {review.choice.when.length > 0 && `; ${review.choice.when.map((c) => CONDITION_LABEL[c].toLowerCase()).join(', ')}`}
          </p>
          <p role="status" className="text-sm text-slate-700 dark:text-slate-300" data-review-count={listedCount} data-review-full={fullCount}>
            {review.list === 'core' ? `${coreLabel}: ${listedCount} of ${fullCount} items` : `All ${fullCount} items`}
            {outside > 0 && `, plus ${outside} recorded outside it`}; {counts.met} met, {counts.partly} partly, {counts['not-met']} not met, {counts.na} N/A
          </p>
          <button
            type="button"
            className="no-print mt-1 text-sm font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300"
            onClick={() => update((r) => ({ ...r, list: r.list === 'core' ? 'full' : 'core', updated: now() }))}
          >
            {review.list === 'core' ? `Show all ${fullCount} items` : `Show the ${coreFlagged ? 'core' : 'short'} list only`}
          </button>
        </div>
        <RecordActions review={review} groups={groups} items={items} systems={systems} aliases={aliasMap} atlas={atlas} fullCount={fullCount} systemTitles={systemTitles} />
      </div>
      <section aria-label="Review checklist" className="mt-4">
        {groups.length === 0 && <p>No item applies to this choice. Widen the serving mode or the maturity level.</p>}
        {groups.map((group) => (
          <div key={group.phase} className="review-phase">
            <h2 className="mt-8 mb-3 text-xl font-semibold" id={`phase-${group.phase}`}>
              {PHASE_LABEL[group.phase]} <span className="text-base font-normal text-slate-600 dark:text-slate-400">({group.entries.length})</span>
            </h2>
            <ul className="review-list">
              {group.entries.map((entry) => (
                <RecordItemView
                  // A review switch or an import remounts the items, so their note fields start from the record.
                  key={`${review.id}:${entry.item.id}`}
                  item={entry.item}
                  own={entry.kind === 'own'}
                  outside={entry.kind === 'atlas' && entry.outside}
                  status={review.records[entry.item.id]?.status}
                  note={review.records[entry.item.id]?.note}
                  sectionUrl={entry.kind === 'atlas' ? absoluteUrl(`${entry.item.page.path}#${entry.item.section.id}`) : undefined}
                  onStatus={onStatus}
                  onNote={onNote}
                  onRemove={entry.kind === 'own' ? onRemove : undefined}
                />
              ))}
            </ul>
          </div>
        ))}
      </section>
      <OwnItemForm onAdd={onAdd} />
    </>
  );
}
