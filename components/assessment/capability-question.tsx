import { ANSWER_LABEL, ANSWERS, type Answer, type Capability } from '@/lib/assessment/model';

/** One capability as a yes / partly / no question: a fieldset whose legend is the question. */
export function CapabilityQuestion({ capability, answer, onAnswer }: { capability: Capability; answer?: Answer; onAnswer: (answer: Answer) => void }) {
  return (
    <fieldset className="capability-question" id={`q-${capability.id}`}>
      <legend className="float-left w-full font-medium text-slate-900 dark:text-slate-100">{capability.question}</legend>
      <div className="clear-left flex flex-wrap gap-x-6 gap-y-2 pt-2">
        {ANSWERS.map((value) => (
          <label key={value} className="inline-flex items-center gap-2">
            <input
              type="radio"
              name={capability.id}
              value={value}
              className="h-4 w-4 accent-accent-600"
              checked={answer === value}
              onChange={() => onAnswer(value)}
            />
            {ANSWER_LABEL[value]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
