import { SEVERITY_LABEL, type Severity } from '@/lib/review/model';

const TONE: Record<Severity, string> = {
  must: 'border-rose-300 bg-rose-50 text-rose-800 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-200',
  should: 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200',
  consider: 'border-slate-300 bg-slate-50 text-slate-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300',
};

/** Must / Should / Consider, as text (not colour alone). */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span className={`review-badge inline-block rounded border px-1.5 text-xs font-semibold ${TONE[severity]}`}>{SEVERITY_LABEL[severity]}</span>;
}
