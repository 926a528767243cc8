import axe, { type ElementContext, type RunOptions } from 'axe-core';
import { test, type Page } from '@playwright/test';

/** Marks list items that repeat a rendering axe already checks on the page (see `markRepeatedItems`). */
const REPEAT = 'data-axe-repeat';

/**
 * What a theme switch can change, and so what axe checks again in dark mode: colours (contrast, links told apart
 * from text) and the images only one theme shows (each diagram has a light and a dark rendering).
 */
export const THEME_RULES = ['color-contrast', 'link-in-text-block', 'image-alt', 'role-img-alt', 'svg-img-alt'];

/**
 * axe's violations on the page, one line each. axe-core is injected once per document and run in the page
 * (`axe.run`, one frame: the atlas has no frames), collecting violations only. Not @axe-core/playwright's
 * AxeBuilder: it injects the whole axe source (≈560 KB) before every run and configures it again; measured on four
 * pages (label-leakage, changelog, home, a review), light + dark took 2.5–4.5 s a page with it and 1.6–2.5 s this way,
 * same rules, same findings. `rules` limits the run to those rules (a theme switch can only change a few);
 * `within`, to a part of the page.
 *
 * Each distinct rendering of a list item is checked once: an item whose rendering repeats one checked before
 * (same elements, classes, attribute names and computed colours; only its words differ) is left out. Review
 * checklists list ~195 such items and the changelog ~115, and axe's contrast rule costs per text node: these
 * pages took 50–65 s a test under load, most of it on items identical but for their words. The sidebar's ~55
 * links are such items too (the page's own link differs: aria-current).
 *
 * A run takes a second or two on an idle machine and 5–25 s at a load average of 40 on 2 cores, so a test
 * that runs axe gets three times the usual timeout (`test.slow()`, once per test whatever the number of runs).
 */
export async function axeViolations(page: Page, rules?: string[], within?: string): Promise<string[]> {
  test.slow();
  await page.evaluate(markRepeatedItems, REPEAT);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async ({ rules, within, repeat }) => {
      const context: ElementContext = { ...(within ? { include: [[within]] } : {}), exclude: [[`[${repeat}]`]] };
      const options: RunOptions = { resultTypes: ['violations'], ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}) };
      const results = await (window as unknown as { axe: typeof axe }).axe.run(context, options);
      // The page goes on as the test left it.
      document.querySelectorAll(`[${repeat}]`).forEach((el) => el.removeAttribute(repeat));
      return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
    },
    { rules, within, repeat: REPEAT },
  );
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(', ')}`);
}

/**
 * Runs in the page: marks every `li` (main content, sidebar, table of contents, footer) whose rendering an earlier
 * `li` already has. The signature is the subtree's tags, sorted classes, attribute names (an image without alt
 * differs from one with), whether each element holds text, and every element's computed colour and background (a
 * striped or themed item differs). Marks are recomputed on each call, since a theme switch changes the colours.
 * Returns how many it marked.
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
  for (const item of document.querySelectorAll('li')) {
    if (item.closest(`[${attribute}]`)) continue;
    const key = signature(item);
    if (seen.has(key)) {
      item.setAttribute(attribute, '');
      marked++;
    } else seen.add(key);
  }
  return marked;
}
