import type { ReactNode } from 'react';
import type { Recommendation } from '@/lib/decisions/model';
import { LinkedText, TargetLink } from './target-link';

/** A worksheet's answer: the outcome, linked to its section, and each reason with the section behind it. */
export function RecommendationView({ label, recommendation, titles, children }: { label: string; recommendation: Recommendation; titles: Readonly<Record<string, string>>; children?: ReactNode }) {
  const { outcome, reasons } = recommendation;
  return (
    <>
      {children}
      <p className="worksheet-outcome" data-worksheet-outcome>
        {label}: <strong>{outcome.text}</strong> <span className="worksheet-see">(<TargetLink target={outcome.target} titles={titles} />)</span>
      </p>
      <ul className="worksheet-reasons">
        {reasons.map((reason) => (
          <li key={reason.text}>
            <LinkedText item={reason} titles={titles} />
          </li>
        ))}
      </ul>
    </>
  );
}
