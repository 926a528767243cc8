import AxeBuilder from '@axe-core/playwright';
import { test, type Page } from '@playwright/test';

/** Marks list items that repeat a rendering axe already checks on the page (see `markRepeatedItems`). */
const REPEAT = 'data-axe-repeat';

/**
 * What a theme switch can change, and so what axe checks again in dark mode: colours (contrast, links told apart
 * from text) and the images only one theme shows (each diagram has a light and a dark rendering).
 */
export const THEME_RULES = ['color-contrast', 'link-in-text-block', 'image-alt', 'role-img-alt', 'svg-img-alt'];

/**
 * axe's violations on the page, one line each. Legacy mode runs axe once in the page (the default runs it per
 * frame and opens a second page to merge the results; the atlas has no frames), and only violations are
 * collected: measured on a pitfall page under load, 16.9 s → 7.1 s for the same rules and the same findings.
 * `rules` limits the run to those rules (a theme switch can only change a few); `within`, to a part of the page.
 *
 * Each distinct rendering of a list item is checked once: an item whose rendering repeats one checked before
 * (same elements, classes, attribute names and computed colours; only its words differ) is left out. Review
 * checklists list ~195 such items and the changelog ~115, and axe's contrast rule costs per text node: these
 * pages took 50–65 s a test under load, most of it on items identical but for their words.
 *
 * A run takes under a second or two on an idle machine and 5–25 s at a load average of 40 on 2 cores, so a test
 * that runs axe gets three times the usual timeout (`test.slow()`, once per test whatever the number of runs).
 */
export async function axeViolations(page: Page, rules?: string[], within?: string): Promise<string[]> {
  test.slow();
  await page.evaluate(markRepeatedItems, REPEAT);
  let builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).exclude(`[${REPEAT}]`);
  if (rules) builder = builder.withRules(rules);
  if (within) builder = builder.include(within);
  const results = await builder.analyze();
  // The page goes on as the test left it.
  await page.evaluate((a) => document.querySelectorAll(`[${a}]`).forEach((el) => el.removeAttribute(a)), REPEAT);
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/**
 * Runs in the page: marks every `li` of the main content whose rendering an earlier `li` already has. The
 * signature is the subtree's tags, sorted classes, attribute names (an image without alt differs from one with),
 * whether each element holds text, and every element's computed colour and background (a striped or themed item
 * differs). Marks are recomputed on each call, since a theme switch changes the colours. Returns how many it marked.
 */
export function markRepeatedItems(attribute: string): number {
  for (const el of document.querySelectorAll(`[${attribute}]`)) el.removeAttribute(attribute);
  const signature = (el: Element): string => {
    const style = getComputedStyle(el);
    const names = el.getAttributeNames().filter((n) => n !== 'class').sort().join(',');
    const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '') ? 'T' : '';
    const children = [...el.children].map(signature).join('');
    return `<${el.tagName}.${[...el.classList].sort().join('.')}[${names}]${text}{${style.color}/${style.backgroundColor}}${children}>`;
  };
  const seen = new Set<string>();
  let marked = 0;
  for (const item of document.querySelectorAll('main li')) {
    if (item.closest(`[${attribute}]`)) continue;
    const key = signature(item);
    if (seen.has(key)) {
      item.setAttribute(attribute, '');
      marked++;
    } else seen.add(key);
  }
  return marked;
}
