import type { ReactNode } from 'react';
import type { Capability } from '@/lib/assessment/model';

/**
 * One capability as the /maturity/ page shows it: the question (its own anchor, for links from the assessment's
 * export) and the step that gets a team there. A server component: reading it needs no JavaScript.
 */
export function CapabilityItem({ capability, children }: { capability: Capability; children: ReactNode }) {
  return (
    <li id={capability.id} className="scroll-mt-20">
      <span className="font-medium">{children}</span>
      <span className="block text-sm text-slate-700 dark:text-slate-300">To get there: {capability.step}</span>
    </li>
  );
}
