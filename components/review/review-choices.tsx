import type { ReactNode } from 'react';
import { CONDITION_LABEL, CONDITIONS, MATURITY_LABEL, MATURITY_LEVELS, SERVING_LABEL, SERVING_MODES, type Condition } from '@/lib/review/model';
import type { ReviewChoice } from '@/lib/review/choice';
import type { BuilderSystem } from './review-builder';

const FIELD = 'h-10 w-full rounded-md border border-slate-300 bg-white px-2 dark:border-slate-700 dark:bg-slate-900';

/** The builder's choices: system, serving mode, maturity level and conditions. Each change updates the URL. */
export function ReviewChoices({ choice, systems, onChange }: { choice: ReviewChoice; systems: BuilderSystem[]; onChange: (next: ReviewChoice) => void }) {
  const system = systems.find((s) => s.id === choice.system);
  const toggle = (condition: Condition, on: boolean) =>
    onChange({ ...choice, when: on ? [...choice.when, condition] : choice.when.filter((c) => c !== condition) });
  return (
    <form className="no-print grid grid-cols-[repeat(auto-fit,minmax(min(100%,19rem),1fr))] gap-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800" aria-label="Checklist choices" onSubmit={(e) => e.preventDefault()}>
      <ChoiceSelect
        id="review-system"
        label="System"
        value={choice.system ?? ''}
        // A system brings its own conditions (fraud: adversarial users, late labels); they can be unticked after.
        onChange={(value) => {
        const next = systems.find((s) => s.id === value);
        onChange({ ...choice, system: next?.id, when: next ? [...next.traits] : [] });
        }}
      >
        <option value="">Any system</option>
        {systems.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </ChoiceSelect>
      <ChoiceSelect id="review-serving" label="Serving mode" value={choice.serving ?? ''} onChange={(value) => onChange({ ...choice, serving: SERVING_MODES.find((m) => m === value) })}>
        <option value="">{system ? `Any (usual: ${system.serving.map((m) => SERVING_LABEL[m].toLowerCase()).join(', ')})` : 'Any serving mode'}</option>
        {SERVING_MODES.map((mode) => (
          <option key={mode} value={mode}>
            {SERVING_LABEL[mode]}
          </option>
        ))}
      </ChoiceSelect>
      <ChoiceSelect id="review-maturity" label="Team maturity" value={String(choice.maturity ?? '')} onChange={(value) => onChange({ ...choice, maturity: MATURITY_LEVELS.find((l) => String(l) === value) })}>
        <option value="">Any level (every item)</option>
        {MATURITY_LEVELS.map((level) => (
          <option key={level} value={level}>
            {MATURITY_LABEL[level]}
          </option>
        ))}
      </ChoiceSelect>
      <ChoiceSelect
        id="review-severity"
        label="Severity"
        value={choice.severity ?? ''}
        onChange={(value) => onChange({ ...choice, severity: value === 'must' || value === 'should' ? value : undefined })}
      >
        <option value="">Every item (must, should, consider)</option>
        <option value="should">Must and should</option>
        <option value="must">Must only</option>
      </ChoiceSelect>
      <fieldset className="col-span-full">
        <legend className="mb-1 text-sm font-medium">Conditions that add items</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {CONDITIONS.map((condition) => (
            <label key={condition} className="inline-flex items-center gap-2 text-sm">
              <input type="checkbox" className="h-4 w-4 accent-accent-600" checked={choice.when.includes(condition)} onChange={(e) => toggle(condition, e.target.checked)} />
              {CONDITION_LABEL[condition]}
              {system?.traits.includes(condition) && <span className="text-xs text-slate-600 dark:text-slate-400">(typical of {system.title})</span>}
            </label>
          ))}
        </div>
      </fieldset>
    </form>
  );
}

function ChoiceSelect({ id, label, value, onChange, children }: { id: string; label: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <select id={id} className={FIELD} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}
