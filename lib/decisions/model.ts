/**
 * Decision worksheets: questions on a decision page whose answers lead, by rules written as pure functions, to
 * a recommendation with reasons. Each reason links to the section that explains it. Data and rules only: no
 * React, no file system. The build checks every link (lib/content/validate-worksheets.ts).
 */

/**
 * Where a question, reason or outcome is explained: `#anchor` for an h2/h3 on the worksheet's own page, or a
 * root-relative page path with its anchor (`/patterns/three-layer-stack/#nearline-processing`).
 */
export type Target = `#${string}` | `/${string}`;

/** A piece of text with the section behind it. */
export interface Linked {
  text: string;
  target: Target;
}

export interface Option {
  /** Kebab-case, the value kept in the URL (`?signal=current`). */
  value: string;
  /** The answer as the reader sees it; where the page's table has words for it, those words. */
  label: string;
}

export interface Question {
  /** Kebab-case, the URL parameter. */
  id: string;
  /** The question, shown as the fieldset's legend. */
  legend: string;
  options: readonly Option[];
  target: Target;
}

export type Answers = Readonly<Record<string, string | undefined>>;

/** What the rules decided: an outcome and the reasons, as keys of the worksheet's `outcomes` and `reasons`. */
export interface Decision {
  outcome: string;
  reasons: string[];
}

/** What a worksheet recommends and why, resolved to text and links; the reasons in the order the rules met them. */
export interface Recommendation {
  outcome: Linked;
  reasons: Linked[];
}

interface WorksheetBase {
  /** The `id` of `<DecisionWorksheet id="…">`. */
  id: string;
  /** The rules in words, for reading and printing without JavaScript; the worksheet's function applies them. */
  rules: readonly Linked[];
  /** Every outcome and reason the rules can give, by key: data, so the build can check each link. */
  outcomes: Readonly<Record<string, Linked>>;
  reasons: Readonly<Record<string, Linked>>;
}

/** A worksheet of multiple-choice questions (batch vs real-time, centralized vs federated). */
export interface ChoiceWorksheet extends WorksheetBase {
  kind: 'choice';
  questions: readonly Question[];
  /** The rules as a pure function; called with every question answered (`isComplete`). */
  decide: (answers: Answers) => Decision;
}

/** The latency budget calculator: numbers in, the model's share of the budget and the tier it allows out. */
export interface BudgetWorksheet extends WorksheetBase {
  kind: 'budget';
  inputs: readonly BudgetInput[];
}

export interface BudgetInput {
  /** The URL parameter and the field's key in `BudgetValues`. */
  id: BudgetField;
  label: string;
}

export const BUDGET_FIELDS = ['budget', 'network', 'features', 'processing'] as const;
export type BudgetField = (typeof BUDGET_FIELDS)[number];

export type Worksheet = ChoiceWorksheet | BudgetWorksheet;

/** Every link a worksheet makes, with what makes it (for the build's error messages). */
export function worksheetTargets(worksheet: Worksheet): { target: Target; from: string }[] {
  return [
    ...(worksheet.kind === 'choice' ? worksheet.questions.map((q) => ({ target: q.target, from: `question "${q.id}"` })) : []),
    ...Object.entries(worksheet.outcomes).map(([key, o]) => ({ target: o.target, from: `outcome "${key}"` })),
    ...Object.entries(worksheet.reasons).map(([key, r]) => ({ target: r.target, from: `reason "${key}"` })),
    ...worksheet.rules.map((rule, i) => ({ target: rule.target, from: `rule ${i + 1}` })),
  ];
}

/** Resolves a decision's keys to the worksheet's text and links. */
export function explain(worksheet: Worksheet, decision: Decision): Recommendation {
  const find = (table: Readonly<Record<string, Linked>>, key: string, what: string) => {
    const found = table[key];
    if (!found) throw new Error(`worksheet "${worksheet.id}" has no ${what} "${key}"`);
    return found;
  };
  return { outcome: find(worksheet.outcomes, decision.outcome, 'outcome'), reasons: decision.reasons.map((r) => find(worksheet.reasons, r, 'reason')) };
}

/** True when every question has an answer that is one of its options. */
export function isComplete(questions: readonly Question[], answers: Answers): boolean {
  return questions.every((q) => q.options.some((o) => o.value === answers[q.id]));
}

/** The answers a URL query holds, keeping only known questions and options (a shared link may be stale). */
export function answersFromQuery(questions: readonly Question[], search: string): Record<string, string> {
  const params = new URLSearchParams(search);
  const answers: Record<string, string> = {};
  for (const q of questions) {
    const value = params.get(q.id);
    if (value && q.options.some((o) => o.value === value)) answers[q.id] = value;
  }
  return answers;
}
