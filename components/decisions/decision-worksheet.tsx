import type { Entry, PageWorksheet } from '@/lib/content/types';
import { BUDGET_FIELDS } from '@/lib/decisions/model';
import { WORKSHEETS } from '@/lib/decisions/worksheets';
import { BudgetCalculator } from './budget-calculator';
import { ChoiceWorksheet } from './choice-worksheet';
import { LinkedText } from './target-link';
import { WorksheetActivator } from './worksheet-activator';

/**
 * The MDX components a page with worksheets adds. Only the decision pages' route (app/decisions/[id]) renders
 * them. The worksheet is server markup; its code (worksheet-live.ts) loads on first use, so it is in no page's
 * first-load JavaScript: only the activator's listener is.
 */
export function worksheetComponents(entry: Entry) {
  return {
    // <DecisionWorksheet id> places a worksheet of lib/decisions/; its links were checked and titled by the build.
    DecisionWorksheet: ({ id }: { id: string }) => {
      const placed = entry.worksheets.find((w) => w.id === id);
      if (!placed) throw new Error(`${entry.file}: worksheet "${id}" was not compiled; run npm run content.`);
      return <DecisionWorksheet placed={placed} />;
    },
  };
}

/**
 * A decision worksheet where the page places it: the questions, then the rules they apply, in words. `data-titles`
 * and `data-params` are what its code needs in the browser: the linked sections' titles and its URL parameters.
 */
export function DecisionWorksheet({ placed }: { placed: PageWorksheet }) {
  const worksheet = WORKSHEETS[placed.id];
  const titles = placed.linkTitles;
  const params = worksheet.kind === 'choice' ? worksheet.questions.map((q) => q.id) : BUDGET_FIELDS;
  return (
    <div className="worksheet" data-worksheet={worksheet.id} data-titles={JSON.stringify(titles)} data-params={params.join(' ')}>
      <WorksheetActivator />
      {worksheet.kind === 'choice' ? <ChoiceWorksheet worksheet={worksheet} titles={titles} /> : <BudgetCalculator />}
      <div className="worksheet-rules">
        <p className="worksheet-rules-title">How the worksheet decides</p>
        <ol>
          {worksheet.rules.map((rule) => (
            <li key={rule.text}>
              <LinkedText item={rule} titles={titles} />
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
