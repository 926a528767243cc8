import { useState } from 'react';
import { answersQuery } from '@/lib/assessment/answers';
import type { Assessment } from '@/lib/assessment/level';
import { assessmentMarkdown } from '@/lib/assessment/markdown';
import type { Answers, Capability } from '@/lib/assessment/model';
import { writeClipboard } from '@/lib/clipboard';
import { absoluteUrl } from '@/lib/site-config';

const BUTTON =
  'inline-flex h-9 items-center rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800';

/** Copy the result as Markdown, print it, or start again. */
export function AssessmentActions({ result, capabilities, answers, onClear }: { result: Assessment; capabilities: Capability[]; answers: Answers; onClear: () => void }) {
  const [status, setStatus] = useState('');
  const say = (message: string) => {
    setStatus(message);
    window.setTimeout(() => setStatus(''), 2500);
  };
  const markdown = () =>
    assessmentMarkdown(result, capabilities, answers, {
      absoluteUrl,
      assessmentPath: `/assessment/${answersQuery(answers, capabilities)}`,
      date: new Date().toISOString().slice(0, 10),
    });
  return (
    <div className="no-print mt-4 flex flex-wrap items-center gap-2">
      <button type="button" className={BUTTON} onClick={() => writeClipboard(markdown()).then(() => say('Result copied as Markdown'))}>
        Copy as Markdown
      </button>
      <button type="button" className={BUTTON} onClick={() => window.print()}>
        Print
      </button>
      <button type="button" className={BUTTON} disabled={result.answered === 0} onClick={() => (onClear(), say('Answers cleared'))}>
        Clear answers
      </button>
      <span role="status" className="text-sm text-accent-700 dark:text-accent-300">
        {status}
      </span>
    </div>
  );
}
