import AxeBuilder from '@axe-core/playwright';
import { test, type Page } from '@playwright/test';

/**
 * axe's violations on the page, one line each. Legacy mode runs axe once in the page (the default runs it per
 * frame and opens a second page to merge the results; the atlas has no frames), and only violations are
 * collected: measured on a pitfall page under load, 16.9 s → 7.1 s for the same rules and the same findings.
 * `rules` limits the run to those rules (a theme switch can only change a few).
 *
 * A run takes well under a second on an idle machine and 5–25 s at a load average of 40 on 2 cores, so a test that
 * runs axe gets three times the usual timeout (`test.slow()`, once per test whatever the number of runs).
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  test.slow();
  let builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  if (rules) builder = builder.withRules(rules);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
