import type { Entry, PageWorksheet } from '@/lib/content/types';
import { WORKSHEETS } from '@/lib/decisions/worksheets';
import { BudgetCalculator } from './budget-calculator';
import { ChoiceWorksheet } from './choice-worksheet';
import { LinkedText } from './target-link';

/**
 * The MDX components a page with worksheets adds. Only the decision pages' route (app/decisions/[id]) renders
 * them, so the worksheets' client code is in that route's bundle and no other content page loads it.
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

/** A decision worksheet where the page places it: the interactive questions, then the rules they apply, in words. */
export function DecisionWorksheet({ placed }: { placed: PageWorksheet }) {
  const worksheet = WORKSHEETS[placed.id];
  const titles = placed.linkTitles;
  return (
    <div className="worksheet" data-worksheet={worksheet.id}>
      {worksheet.kind === 'choice' ? <ChoiceWorksheet id={worksheet.id} titles={titles} /> : <BudgetCalculator titles={titles} />}
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
