import { useState } from 'react';
import { PHASE_LABEL, PHASES, SEVERITIES, SEVERITY_LABEL, type Phase, type Severity } from '@/lib/review/model';
import type { OwnItem } from '@/lib/review/record';

const FIELD = 'h-10 rounded-md border border-slate-300 bg-white px-2 dark:border-slate-700 dark:bg-slate-900';

/** Adds one of the team's own items to the review: its question, phase and severity. */
export function OwnItemForm({ onAdd }: { onAdd: (item: Omit<OwnItem, 'id'>) => void }) {
  const [text, setText] = useState('');
  const [phase, setPhase] = useState<Phase>('data');
  const [severity, setSeverity] = useState<Severity>('should');
  return (
    <form
      className="no-print mt-8 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
      aria-label="Add your own item"
      onSubmit={(event) => {
        event.preventDefault();
        // One line: an own item is a question, and the Markdown export keeps it on its item line.
        const clean = text.replace(/\s+/g, ' ').trim();
        if (!clean) return;
        onAdd({ text: clean, phase, severity });
        setText('');
      }}
    >
      <h2 className="mb-3 text-lg font-semibold">Add your own item</h2>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor="own-text" className="mb-1 block text-sm font-medium">
            Your question
          </label>
          <input id="own-text" className={`${FIELD} w-full`} value={text} onChange={(e) => setText(e.target.value)} maxLength={300} />
        </div>
        <div>
          <label htmlFor="own-phase" className="mb-1 block text-sm font-medium">
            In phase
          </label>
          <select id="own-phase" className={FIELD} value={phase} onChange={(e) => setPhase(e.target.value as Phase)}>
            {PHASES.map((p) => (
              <option key={p} value={p}>
                {PHASE_LABEL[p]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="own-severity" className="mb-1 block text-sm font-medium">
            Must, should or consider
          </label>
          <select id="own-severity" className={FIELD} value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {SEVERITY_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="inline-flex h-10 items-center rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
          Add item
        </button>
      </div>
    </form>
  );
}
