import { CONDITIONS, MATURITY_LEVELS, SERVING_LABEL, SERVING_MODES, SEVERITIES, type Condition, type MaturityLevel, type ServingMode, type Severity } from './model';

/** What a team chooses in the checklist builder; undefined means "any". */
export interface ReviewChoice {
  system?: string;
  serving?: ServingMode;
  maturity?: MaturityLevel;
  /** The lowest severity listed: "must" lists must items only, "should" must and should; undefined lists all. */
  severity?: Severity;
  when: Condition[];
}

export const ANY_CHOICE: ReviewChoice = { when: [] };

/**
 * Reads a choice from the builder's URL (`?system=fraud-detection&serving=real-time&maturity=1&severity=must&when=adversarial`).
 * Unknown values fall back to "any" rather than failing, so an old or hand-edited link still opens a checklist.
 */
export function parseChoice(params: URLSearchParams, systemIds: readonly string[]): ReviewChoice {
  const system = params.get('system') ?? undefined;
  const serving = params.get('serving') ?? undefined;
  const maturity = Number(params.get('maturity') ?? NaN);
  const severity = params.get('severity') ?? '';
  const when = (params.get('when') ?? '').split(',').filter((c): c is Condition => (CONDITIONS as readonly string[]).includes(c));
  return {
    system: system && systemIds.includes(system) ? system : undefined,
    serving: (SERVING_MODES as readonly string[]).includes(serving ?? '') ? (serving as ServingMode) : undefined,
    maturity: (MATURITY_LEVELS as readonly number[]).includes(maturity) ? (maturity as MaturityLevel) : undefined,
    // "consider" is the same as every severity: one checklist, one URL.
    severity: severity === 'must' || severity === 'should' ? severity : undefined,
    when: CONDITIONS.filter((c) => when.includes(c)),
  };
}

/** The canonical query string of a choice (fixed key order, "any" left out), so one checklist has one URL. */
export function choiceQuery(choice: ReviewChoice): string {
  const params = new URLSearchParams();
  if (choice.system) params.set('system', choice.system);
  if (choice.serving) params.set('serving', choice.serving);
  if (choice.maturity !== undefined) params.set('maturity', String(choice.maturity));
  if (choice.severity && choice.severity !== 'consider') params.set('severity', choice.severity);
  if (choice.when.length) params.set('when', CONDITIONS.filter((c) => choice.when.includes(c)).join(','));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** "Fraud Detection, real-time, Level 1" or "any system". */
export function choiceTitle(choice: ReviewChoice, systemTitles: ReadonlyMap<string, string>): string {
  const parts = [choice.system ? (systemTitles.get(choice.system) ?? choice.system) : 'any system'];
  if (choice.serving) parts.push(SERVING_LABEL[choice.serving].toLowerCase());
  if (choice.maturity !== undefined) parts.push(`Level ${choice.maturity}`);
  if (choice.severity && choice.severity !== 'consider') parts.push(SEVERITY_SCOPE[choice.severity]);
  return parts.join(', ');
}

/** How a severity choice reads in titles and exports. */
export const SEVERITY_SCOPE: Record<Severity, string> = { must: 'must only', should: 'must and should', consider: 'every severity' };

/** Whether an item of `severity` is listed when the lowest severity listed is `lowest`. */
export function withinSeverity(severity: Severity, lowest: Severity | undefined): boolean {
  return lowest === undefined || SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(lowest);
}
