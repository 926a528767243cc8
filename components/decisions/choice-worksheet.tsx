'use client';

import { useHydrated } from '@/components/shared/use-hydrated';
import { answersFromQuery, explain, isComplete, type ChoiceWorksheet as Worksheet } from '@/lib/decisions/model';
import { WORKSHEETS } from '@/lib/decisions/worksheets';
import { RecommendationView } from './recommendation-view';
import { TargetLink } from './target-link';
import { clearUrlQuery, setUrlQuery, useUrlQuery } from '@/components/shared/use-url-query';

const NO_SCRIPT = 'With JavaScript on, the recommendation appears here as you answer; without it, apply the rules below.';

/**
 * A multiple-choice worksheet: one fieldset of native radios per question (they work, and print, without
 * JavaScript), and the recommendation in a live region. The answers are the URL's query, so a link shares them.
 */
export function ChoiceWorksheet({ id, titles }: { id: string; titles: Readonly<Record<string, string>> }) {
  // By id: the rules are functions, which cannot travel from the server as props.
  const worksheet = WORKSHEETS[id] as Worksheet;
  const hydrated = useHydrated();
  const answers = answersFromQuery(worksheet.questions, useUrlQuery());
  const answered = worksheet.questions.filter((q) => answers[q.id]).length;
  const recommendation = isComplete(worksheet.questions, answers) ? explain(worksheet, worksheet.decide(answers)) : undefined;
  return (
    <form className="worksheet-form" aria-label="Worksheet questions" onSubmit={(event) => event.preventDefault()}>
      {worksheet.questions.map((question, index) => (
        <fieldset key={question.id} className="worksheet-question">
          <legend className="worksheet-legend">
            {index + 1}. {question.legend}
          </legend>
          {question.options.map((option) => (
            <label key={option.value} className="worksheet-option">
              <input
                type="radio"
                name={`${worksheet.id}-${question.id}`}
                value={option.value}
                checked={answers[question.id] === option.value}
                onChange={() => setUrlQuery(question.id, option.value)}
              />
              <span>{option.label}</span>
            </label>
          ))}
          <p className="worksheet-see">
            Explained in <TargetLink target={question.target} titles={titles} />
          </p>
        </fieldset>
      ))}
      <div role="status" aria-live="polite" aria-label="Worksheet result" className="worksheet-result" data-worksheet-result>
        {!hydrated ? (
          <p>{NO_SCRIPT}</p>
        ) : recommendation ? (
          <RecommendationView label="Recommendation" recommendation={recommendation} titles={titles} />
        ) : (
          <p>
            Answer every question for a recommendation: {answered} of {worksheet.questions.length} answered.
          </p>
        )}
      </div>
      {hydrated && answered > 0 && (
        <button type="button" className="worksheet-button no-print" onClick={() => clearUrlQuery(worksheet.questions.map((q) => q.id))}>
          Clear answers
        </button>
      )}
    </form>
  );
}
