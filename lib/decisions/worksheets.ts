import { batchVsRealTime } from './batch-vs-real-time';
import { centralizedVsFederated } from './centralized-vs-federated';
import { latencyBudgetWorksheet } from './latency-budget';
import type { Worksheet } from './model';

/** Every worksheet, by the id `<DecisionWorksheet id="…">` names; a new one is added here. */
export const WORKSHEETS: Readonly<Record<string, Worksheet>> = Object.fromEntries(
  [batchVsRealTime, latencyBudgetWorksheet, centralizedVsFederated].map((w) => [w.id, w]),
);

/** Where a worksheet is defined, for error messages that say what to fix. */
export const worksheetFile = (id: string) => `lib/decisions/${id}.ts`;

/**
 * The pages that may place a worksheet: the decision pages, which have a route of their own (app/decisions/[id])
 * so that the worksheets' client code loads there and nowhere else.
 */
export const isWorksheetPage = (path: string) => /^\/decisions\/[^/]+\/$/.test(path);
