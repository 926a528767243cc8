'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import { buildChecklist } from '@/lib/review/checklist';
import { choiceQuery, choiceTitle, parseChoice, type ReviewChoice } from '@/lib/review/choice';
import { CONDITION_LABEL, PHASE_LABEL, type Condition, type ReviewItem, type ServingMode } from '@/lib/review/model';
import { ChecklistActions } from './checklist-actions';
import { ReviewChoices } from './review-choices';
import { ItemCheckbox } from './item-checkbox';
import { ReviewItemView } from './review-item';
import { useTicks } from './use-ticks';

export interface BuilderSystem {
  id: string;
  title: string;
  serving: ServingMode[];
  traits: Condition[];
}

/**
 * /review/: choose a system, serving mode, maturity level and conditions; get the applicable review items grouped
 * by phase. The choice lives in the URL (one canonical query per checklist), ticks in the browser per URL.
 */
export function ReviewBuilder({ items, systems }: { items: ReviewItem[]; systems: BuilderSystem[] }) {
  const params = useSearchParams();
  const systemIds = useMemo(() => systems.map((s) => s.id), [systems]);
  const [choice, setChoice] = useState<ReviewChoice>(() => parseChoice(params, systemIds));
  const query = choiceQuery(choice);
  const storageKey = `/review/${query}`;
  const ticks = useTicks(storageKey);
  const groups = useMemo(() => buildChecklist(items, choice, systems), [items, choice, systems]);
  const systemTitles = useMemo(() => new Map(systems.map((s) => [s.id, s.title])), [systems]);
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const done = groups.reduce((n, g) => n + g.items.filter((i) => ticks.has(i.id)).length, 0);

  // Back/forward between checklists shows that checklist again.
  useEffect(() => {
    const onPop = () => setChoice(parseChoice(new URLSearchParams(window.location.search), systemIds));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [systemIds]);

  const change = (next: ReviewChoice) => {
    setChoice(next);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${choiceQuery(next)}`);
  };

  return (
    <>
      <ReviewChoices choice={choice} systems={systems} onChange={change} />
      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        <div>
          {/* Names the choice on screen and on paper, where the form is not printed. */}
          <p className="font-medium" data-review-summary>
            Checklist for {choiceTitle(choice, systemTitles)}
            {choice.when.length > 0 && `; ${choice.when.map((c) => CONDITION_LABEL[c].toLowerCase()).join(', ')}`}
          </p>
          <p role="status" className="text-sm text-slate-700 dark:text-slate-300" data-review-count={total}>
            {total} {total === 1 ? 'item' : 'items'}, {done} done
          </p>
        </div>
        <ChecklistActions groups={groups} choice={choice} ticks={ticks} storageKey={storageKey} systemTitles={systemTitles} />
      </div>
      <section aria-label="Review checklist" className="mt-4">
        {groups.length === 0 && <p>No item applies to this choice. Widen the serving mode or the maturity level.</p>}
        {groups.map((group) => (
          <div key={group.phase} className="review-phase">
            <h2 className="mt-8 mb-3 text-xl font-semibold" id={`phase-${group.phase}`}>
              {PHASE_LABEL[group.phase]} <span className="text-base font-normal text-slate-600 dark:text-slate-400">({group.items.length})</span>
            </h2>
            <ul className="review-list">
              {group.items.map((item) => (
                <ReviewItemView key={item.id} item={item} checkbox={<ItemCheckbox storageKey={storageKey} itemId={item.id} />} systemTitles={systemTitles} variant="checklist" compact />
              ))}
            </ul>
          </div>
        ))}
      </section>
    </>
  );
}
