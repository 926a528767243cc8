import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, THEME_RULES } from './axe';
import { batchVsRealTime } from '../../lib/decisions/batch-vs-real-time';
import { centralizedVsFederated } from '../../lib/decisions/centralized-vs-federated';
import { latencyBudgetWorksheet } from '../../lib/decisions/latency-budget';
import { gotoHydrated } from './hydration';

const BATCH = '/decisions/batch-vs-real-time/';
const LATENCY = '/decisions/model-complexity-vs-latency/';
const ORG = '/decisions/centralized-vs-federated/';

const result = (page: Page) => page.getByRole('status', { name: 'Worksheet result' });
const calculator = (page: Page) => page.getByRole('form', { name: 'Latency budget calculator' });
/** A question's fieldset, found by its legend (the accessible name of the group). */
const question = (page: Page, legend: string) => page.getByRole('group', { name: legend });

async function answer(page: Page, legend: string, option: string) {
  await question(page, legend).getByRole('radio', { name: option }).check();
}

/** The reasons' links: each names its section and points at it. */
async function reasonLinks(region: Locator) {
  return region.locator('a').evaluateAll((links) => links.map((a) => [a.textContent, new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash]));
}

test.describe('batch vs real-time worksheet', () => {
  test('answers lead to a recommendation whose reasons link to their sections, and the URL shares it', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(request.url()));
    await gotoHydrated(page, BATCH);
    // Until the reader touches it, the worksheet is the server's markup: its code is not loaded yet.
    await expect(result(page)).toContainText('the recommendation appears here as you answer');
    const before = loaded.length;
    await answer(page, 'Signal: what must the prediction use?', 'Historical patterns');
    await expect(result(page)).toContainText('1 of 4 answered');
    expect(loaded.slice(before).filter((url) => url.endsWith('.js')).length, 'the worksheet code loads on first use').toBeGreaterThan(0);
    await answer(page, 'Latency: how old may a prediction be when it is used, and does a caller wait for it?', 'Minutes matter');
    await answer(page, 'Volume: which predictions are needed?', 'Millions of predictions');
    await expect(result(page)).toContainText('3 of 4 answered');
    await answer(page, 'Cost: what can the team run?', 'Predictable cost');
    await expect(result(page)).toContainText('Recommendation: Nearline re-scoring');
    expect(await reasonLinks(result(page))).toEqual([
      ['The Three-Layer Stack › Nearline Processing', '/patterns/three-layer-stack/#nearline-processing'],
      ['How to choose', `${BATCH}#how-to-choose`],
      ['Common mistakes', `${BATCH}#common-mistakes`],
      ['Common mistakes', `${BATCH}#common-mistakes`],
    ]);
    await expect(page).toHaveURL(/\?signal=historical&latency=minutes&volume=bulk&cost=predictable$/);

    // The same link in another tab shows the same answers and result; a changed answer changes it.
    const shared = await page.context().newPage();
    await gotoHydrated(shared, page.url());
    await expect(question(shared, 'Latency: how old may a prediction be when it is used, and does a caller wait for it?').getByRole('radio', { name: 'Minutes matter' })).toBeChecked();
    await expect(result(shared)).toContainText('Nearline re-scoring');
    // Current context on a bounded set with a predictable cost: the source's hybrid, by its name.
    await answer(shared, 'Signal: what must the prediction use?', 'Current context critical');
    await expect(result(shared)).toContainText('Recommendation: Hybrid: cache the common case, compute the rare one');
    await expect(result(shared).getByRole('link', { name: 'Model Serving Strategies › Hybrid Approach' }).first()).toBeVisible();

    // A reason's link lands on its section.
    await result(shared).getByRole('link', { name: 'How to choose' }).first().click();
    await expect(shared).toHaveURL(/#how-to-choose$/);
    await expect(shared.locator('#how-to-choose')).toBeInViewport();
  });

  test('clearing the answers empties the form and the query', async ({ page }) => {
    await gotoHydrated(page, `${BATCH}?signal=current&latency=day&volume=on-demand&cost=higher`);
    await expect(result(page)).toContainText('Recommendation: Real-time');
    await page.getByRole('button', { name: 'Clear answers' }).click();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(result(page)).toContainText('0 of 4 answered');
    expect(new URL(page.url()).search).toBe('');
  });

  test('keyboard only: Tab into each question, arrows choose, the result follows', async ({ page }) => {
    await gotoHydrated(page, BATCH);
    // Start from the worksheet's heading link and move with the keyboard alone.
    await page.locator('#worksheet a').first().focus();
    const focusedRadio = () => page.evaluate(() => (document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'radio' ? document.activeElement.name : ''));
    for (let q = 0; q < batchVsRealTime.questions.length; q++) {
      for (let i = 0; i < 6 && !(await focusedRadio()); i++) await page.keyboard.press('Tab');
      expect(await focusedRadio()).toBe(`batch-vs-real-time-${batchVsRealTime.questions[q].id}`);
      // Arrow keys check the next option; Space checks the first one.
      if (q === 0) await page.keyboard.press('ArrowDown');
      else await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
    // Current context critical, then the first option of the others (a bounded set, a predictable cost): the hybrid.
    await expect(result(page)).toContainText('Recommendation: Hybrid: cache the common case, compute the rare one');
    await expect(page).toHaveURL(/signal=current/);
    await expect(page.locator(':focus')).toHaveText('Comparison');
  });
});

test.describe('latency budget calculator', () => {
  test('subtracts network, feature fetch and processing and matches the rest against the tiers', async ({ page }) => {
    await gotoHydrated(page, LATENCY);
    const form = calculator(page);
    await expect(form).toBeVisible();
    for (const input of latencyBudgetWorksheet.inputs) {
      const field = form.getByLabel(`${input.label} (ms)`);
      await expect(field).toHaveAttribute('type', 'number');
      await expect(field).toHaveAttribute('min', '0');
    }
    await expect(result(page)).toContainText("the model's budget is worked out here");
    const fill = async (budget: string, network: string, features: string, processing: string) => {
      await form.getByLabel('End-to-end latency budget (ms)').fill(budget);
      await form.getByLabel('Network (ms)').fill(network);
      await form.getByLabel('Feature fetch (ms)').fill(features);
      await form.getByLabel('Pre/post-processing and business rules (ms)').fill(processing);
    };
    await fill('100', '20', '15', '5');
    await expect(result(page)).toContainText('Model budget: 60 ms (100 ms − 20 ms − 15 ms − 5 ms)');
    await expect(result(page)).toContainText('Source tier that fits: Medium Models (GBMs, small NNs): 10-50ms');
    await expect(result(page)).toContainText('The source document gives no tier between 50 and 100 ms');
    await expect(result(page)).toContainText('A complex model (>100ms) does not fit');
    await expect(result(page).locator('[data-partial-fit]')).toHaveCount(0);
    await expect(page).toHaveURL(/\?budget=100&network=20&features=15&processing=5$/);

    await form.getByLabel('End-to-end latency budget (ms)').fill('70');
    await expect(result(page)).toContainText('Model budget: 30 ms');
    // 30 ms lies inside the medium band but does not hold all of it: the simple tier fits, the medium one only in part.
    await expect(result(page)).toContainText('Source tier that fits: Simple Models (logistic regression, trees): <10ms');
    await expect(result(page).locator('[data-partial-fit]')).toHaveText('Fits in part: a medium model (10-50ms) fits only if its measured p99 is at most 30 ms.');
    await expect(result(page).getByRole('link', { name: 'Medium Models' }).first()).toHaveAttribute('href', '#medium-models');
    await form.getByLabel('End-to-end latency budget (ms)').fill('48');
    await expect(result(page)).toContainText('Source tier that fits: No source tier fits entirely');
    await expect(result(page).locator('[data-partial-fit]')).toHaveText('Fits in part: a simple model (<10ms) fits only if its measured p99 is at most 8 ms.');
    await form.getByLabel('End-to-end latency budget (ms)').fill('35');
    await expect(result(page)).toContainText('Over budget by 5 ms: network, feature fetch and processing take 40 ms of 35 ms.');
    await expect(result(page)).toContainText('None: no budget is left for the model');
    await form.getByLabel('End-to-end latency budget (ms)').fill('40');
    await expect(result(page)).toContainText('Nothing is left for the model');
    await form.getByLabel('End-to-end latency budget (ms)').fill('');
    await expect(result(page)).toContainText('Enter the end-to-end latency budget');
    await expect(result(page)).not.toContainText('NaN');
  });

  test('a shared link with a value that is not a number says so instead of showing NaN', async ({ page }) => {
    await gotoHydrated(page, `${LATENCY}?budget=100&network=-3`);
    await expect(result(page)).toContainText('Network must be a number of milliseconds, 0 or more.');
    await gotoHydrated(page, `${LATENCY}?budget=abc`);
    await expect(result(page)).toContainText('End-to-end latency budget must be a number of milliseconds, 0 or more.');
    await expect(page.locator('main')).not.toContainText('NaN');
  });

  test('keyboard only: Tab through the fields, type the numbers, read the result', async ({ page }) => {
    await gotoHydrated(page, LATENCY);
    await page.locator('#latency-budget-calculator a').first().focus();
    for (let i = 0; i < 6 && (await page.evaluate(() => document.activeElement?.id)) !== 'latency-budget'; i++) await page.keyboard.press('Tab');
    for (const value of ['200', '20', '30', '10']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    await expect(result(page)).toContainText('Model budget: 140 ms');
    await expect(result(page)).toContainText('Source tier that fits: Medium Models (GBMs, small NNs): 10-50ms');
    await expect(result(page).locator('[data-partial-fit]')).toHaveText('Fits in part: a complex model (>100ms) fits only if its measured p99 is at most 140 ms.');
  });
});

test.describe('centralized vs federated worksheet', () => {
  test('team and platform answers lead to centralized, federated or hybrid with linked reasons', async ({ page }) => {
    await gotoHydrated(page, ORG);
    const all = { models: 'Many models', rebuilt: 'No', independent: 'Yes', operate: 'Yes', standards: 'Yes', regulated: 'No' };
    for (const q of centralizedVsFederated.questions) await answer(page, q.legend, all[q.id as keyof typeof all]);
    await expect(result(page)).toContainText('Recommendation: Federated: domain teams own their models');
    await answer(page, 'Do the teams agree on minimum standards (versioning, monitoring, rollback)?', 'No');
    await expect(result(page)).toContainText('Recommendation: Hybrid: central platform + domain customization');
    await expect(result(page)).toContainText('No agreed minimum standards');
    await answer(page, 'Are the decisions the models make regulated or high-risk?', 'Yes');
    await expect(result(page)).toContainText('keep central review and governance');
    await answer(page, 'How much ML work is there?', 'Few models, early stage');
    await expect(result(page)).toContainText('Recommendation: Centralized: a small central ML team builds and runs the models; no platform yet');
    expect((await reasonLinks(result(page)))[0]).toEqual(['Centralized', `${ORG}#centralized`]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const [path, worksheet] of [
    [BATCH, batchVsRealTime],
    [ORG, centralizedVsFederated],
  ] as const) {
    test(`${path} reads as the questions, their options and the rules`, async ({ page }) => {
      await page.goto(path);
      for (const q of worksheet.questions) {
        await expect(question(page, q.legend)).toBeVisible();
        await expect(question(page, q.legend).getByRole('radio')).toHaveCount(q.options.length);
      }
      const rules = page.locator('.worksheet-rules li');
      await expect(rules).toHaveCount(worksheet.rules.length);
      await expect(rules.first()).toContainText(worksheet.rules[0].text);
      await expect(result(page)).toContainText('apply the rules below');
    });
  }

  test(`${LATENCY} shows the calculator's fields and its rules`, async ({ page }) => {
    await page.goto(LATENCY);
    await expect(calculator(page).getByRole('spinbutton')).toHaveCount(4);
    await expect(page.locator('.worksheet-rules li')).toHaveCount(latencyBudgetWorksheet.rules.length);
    await expect(page.locator('.worksheet-rules')).toContainText('From 50 to 100 ms: the medium tier (10-50ms) fits; the source document gives no tier between 50 and 100 ms');
  });
});

test.describe('axe with answers given', () => {
  // One page per test, so each stays within the test timeout on a loaded machine.
  const answered = [
    `${BATCH}?signal=current&latency=request&volume=bulk&cost=predictable`,
    `${LATENCY}?budget=200&network=20&features=30&processing=10`,
    `${ORG}?models=many&rebuilt=yes&independent=no&operate=no&standards=no&regulated=yes`,
  ];
  for (const url of answered) {
    test(`finds no violations on ${url.split('?')[0]} answered, in light and dark mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await gotoHydrated(page, url);
      await expect(result(page).locator('[data-worksheet-outcome]')).toBeVisible();
      expect(await axeViolations(page), `${url}, light`).toEqual([]);
      // The scheme switches in place (the theme follows the system): one load, both renderings.
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveClass(/\bdark\b/);
      expect(await axeViolations(page, THEME_RULES), `${url}, dark`).toEqual([]);
    });
  }
});
