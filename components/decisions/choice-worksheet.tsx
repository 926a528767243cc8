import type { ChoiceWorksheet as Worksheet } from '@/lib/decisions/model';
import { TargetLink } from './target-link';
import { WorksheetResult } from './worksheet-result';

/**
 * A multiple-choice worksheet as the server renders it: one fieldset of native radios per question (they work, and
 * print, without JavaScript), and an empty result region. worksheet-live.ts, loaded on the first interaction or for a
 * shared link, writes the recommendation there and keeps the answers in the URL's query.
 */
export function ChoiceWorksheet({ worksheet, titles }: { worksheet: Worksheet; titles: Readonly<Record<string, string>> }) {
  return (
    <form className="worksheet-form" aria-label="Worksheet questions">
      {worksheet.questions.map((question, index) => (
        <fieldset key={question.id} className="worksheet-question">
          <legend className="worksheet-legend">
            {index + 1}. {question.legend}
          </legend>
          {question.options.map((option) => (
            <label key={option.value} className="worksheet-option">
              <input type="radio" name={`${worksheet.id}-${question.id}`} value={option.value} />
              <span>{option.label}</span>
            </label>
          ))}
          <p className="worksheet-see">
            Explained in <TargetLink target={question.target} titles={titles} />
          </p>
        </fieldset>
      ))}
      <WorksheetResult waiting="With JavaScript on, the recommendation appears here as you answer; without it, apply the rules below." clear="Clear answers" />
    </form>
  );
}
