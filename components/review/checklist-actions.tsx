'use client';

import { useState } from 'react';
import { writeClipboard } from '@/lib/clipboard';
import type { ChecklistGroup } from '@/lib/review/checklist';
import { choiceQuery, type ReviewChoice } from '@/lib/review/choice';
import { checklistMarkdown } from '@/lib/review/markdown';
import { writeTicks } from '@/lib/review/tick-store';
import { absoluteUrl } from '@/lib/site-config';

const BUTTON =
  'inline-flex h-9 items-center rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800';

interface Props {
  groups: ChecklistGroup[];
  choice: ReviewChoice;
  ticks: ReadonlySet<string>;
  storageKey: string;
  systemTitles: ReadonlyMap<string, string>;
}

/** Copy as Markdown, Download .md, Print and Clear ticks for the checklist on screen. */
export function ChecklistActions({ groups, choice, ticks, storageKey, systemTitles }: Props) {
  const [status, setStatus] = useState('');
  const markdown = () =>
    checklistMarkdown(groups, choice, ticks, { absoluteUrl, builderPath: `/review/${choiceQuery(choice)}`, date: new Date().toISOString().slice(0, 10), systemTitles });
  const say = (message: string) => {
    setStatus(message);
    window.setTimeout(() => setStatus(''), 2500);
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([markdown()], { type: 'text/markdown' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `design-review-${choice.system ?? 'any-system'}.md`;
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    say('Downloaded');
  };
  return (
    <div className="no-print flex flex-wrap items-center gap-2">
      <button type="button" className={BUTTON} onClick={() => writeClipboard(markdown()).then(() => say('Checklist copied as Markdown'))}>
        Copy as Markdown
      </button>
      <button type="button" className={BUTTON} onClick={download}>
        Download .md
      </button>
      <button type="button" className={BUTTON} onClick={() => window.print()}>
        Print
      </button>
      <button type="button" className={BUTTON} disabled={ticks.size === 0} onClick={() => (writeTicks(storageKey, new Set()), say('Ticks cleared'))}>
        Clear ticks
      </button>
      <span role="status" className="text-sm text-accent-700 dark:text-accent-300">
        {status}
      </span>
    </div>
  );
}
