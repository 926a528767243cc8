import { formatMs, latencyBudget, latencyBudgetWorksheet, parseMs, partialFitText } from '@/lib/decisions/latency-budget';
import { answersFromQuery, BUDGET_FIELDS, explain, isComplete, type Linked, type Recommendation, type Target, type Worksheet } from '@/lib/decisions/model';
import { WORKSHEETS } from '@/lib/decisions/worksheets';
import { withBasePath } from '@/lib/site-config';

/**
 * A worksheet's behaviour, loaded on first use (worksheet-activator.tsx): reads the server-rendered form, writes the
 * result into its live region and keeps the answers in the URL's query, so a link shares them. Plain DOM, no React:
 * the form is the server's markup and stays so. Each run of the rules is lib/decisions/, as the build checked it.
 */
const started = new WeakSet<Element>();

type Titles = Readonly<Record<string, string>>;
type Child = Node | string;

function h(tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A link to the section behind a question, reason or outcome, named by that section's title. */
function targetLink(target: Target, titles: Titles): HTMLElement {
  return h('a', { href: target.startsWith('#') ? target : withBasePath(target), class: 'worksheet-link' }, titles[target] ?? target);
}

const see = (target: Target, titles: Titles) => h('span', { class: 'worksheet-see' }, '(', targetLink(target, titles), ')');
const linkedText = (item: Linked, titles: Titles): Child[] => [`${item.text} `, see(item.target, titles)];

function recommendationView(label: string, { outcome, reasons }: Recommendation, titles: Titles): Child[] {
  return [
    h('p', { class: 'worksheet-outcome', 'data-worksheet-outcome': '' }, `${label}: `, h('strong', {}, outcome.text), ' ', see(outcome.target, titles)),
    h('ul', { class: 'worksheet-reasons' }, ...reasons.map((reason) => h('li', {}, ...linkedText(reason, titles)))),
  ];
}

/** The form's fields of this worksheet, by URL parameter: a question's radios or a calculator's number input. */
function fieldNames(worksheet: Worksheet): string[] {
  return worksheet.kind === 'choice' ? worksheet.questions.map((q) => q.id) : [...BUDGET_FIELDS];
}

function inputsOf(form: HTMLFormElement, worksheet: Worksheet, name: string): HTMLInputElement[] {
  const selector = worksheet.kind === 'choice' ? `input[name="${worksheet.id}-${name}"]` : `input[name="${name}"]`;
  return [...form.querySelectorAll<HTMLInputElement>(selector)];
}

/** The form's state as the URL would hold it: parameter → value ('' when unanswered). */
function readForm(form: HTMLFormElement, worksheet: Worksheet): Record<string, string> {
  return Object.fromEntries(
    fieldNames(worksheet).map((name) => {
      const inputs = inputsOf(form, worksheet, name);
      return [name, worksheet.kind === 'choice' ? (inputs.find((i) => i.checked)?.value ?? '') : (inputs[0]?.value ?? '')];
    }),
  );
}

function writeForm(form: HTMLFormElement, worksheet: Worksheet, values: Record<string, string>): void {
  for (const name of fieldNames(worksheet)) {
    for (const input of inputsOf(form, worksheet, name)) {
      if (worksheet.kind === 'choice') input.checked = input.value === values[name];
      else input.value = values[name] ?? '';
    }
  }
}

function urlValues(worksheet: Worksheet): Record<string, string> {
  const params = new URLSearchParams(window.location.search);
  if (worksheet.kind === 'choice') return answersFromQuery(worksheet.questions, window.location.search);
  return Object.fromEntries(BUDGET_FIELDS.map((field) => [field, params.get(field) ?? '']));
}

/** Sets the worksheet's parameters in the URL (an empty one removed) without a navigation, keeping the rest and the #anchor. */
function writeUrl(values: Record<string, string>): void {
  const params = new URLSearchParams(window.location.search);
  for (const [name, value] of Object.entries(values)) {
    if (value) params.set(name, value);
    else params.delete(name);
  }
  const query = params.toString();
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
}

function choiceResult(worksheet: Extract<Worksheet, { kind: 'choice' }>, values: Record<string, string>, titles: Titles): Child[] {
  const answers = answersFromQuery(worksheet.questions, new URLSearchParams(values).toString());
  if (isComplete(worksheet.questions, answers)) return recommendationView('Recommendation', explain(worksheet, worksheet.decide(answers)), titles);
  const answered = worksheet.questions.filter((q) => answers[q.id]).length;
  return [h('p', {}, `Answer every question for a recommendation: ${answered} of ${worksheet.questions.length} answered.`)];
}

function budgetResult(values: Record<string, string>, titles: Titles): Child[] {
  const numbers = Object.fromEntries(BUDGET_FIELDS.map((field) => [field, parseMs(values[field])]));
  const result = latencyBudget(numbers);
  if (result.status === 'incomplete') return [h('p', {}, "Enter the end-to-end latency budget to see the model's share of it.")];
  if (result.status === 'invalid') {
    const label = latencyBudgetWorksheet.inputs.find((i) => i.id === result.field)?.label ?? result.field;
    return [h('p', {}, `${label} must be a number of milliseconds, 0 or more.`)];
  }
  const budget = numbers.budget ?? 0;
  const steps = (['network', 'features', 'processing'] as const).map((field) => numbers[field] ?? 0);
  const headline =
    result.remaining > 0
      ? ['Model budget: ', h('strong', {}, formatMs(result.remaining)), ` (${formatMs(budget)} − ${steps.map(formatMs).join(' − ')})`]
      : result.remaining === 0
        ? [`Nothing is left for the model: network, feature fetch and processing take the whole ${formatMs(budget)}.`]
        : ['Over budget by ', h('strong', {}, formatMs(-result.remaining)), `: network, feature fetch and processing take ${formatMs(steps.reduce((a, b) => a + b, 0))} of ${formatMs(budget)}.`];
  const partly = result.partly ? [h('p', { 'data-partial-fit': result.partly.tier }, partialFitText(result.partly))] : [];
  // "Source tier": the source document's bands, which a measured model may beat (see the orders-of-magnitude reason).
  return [
    h('p', { 'data-model-budget': String(result.remaining) }, ...headline),
    ...partly,
    ...recommendationView('Source tier that fits', explain(latencyBudgetWorksheet, result.decision), titles),
  ];
}

/**
 * Starts the worksheet under `root` once. `fromUrl`: a link carried answers, which fill the form; otherwise the form
 * (what the reader has done so far) fills the URL.
 */
export function startWorksheet(root: HTMLElement, fromUrl: boolean): void {
  if (started.has(root)) return;
  started.add(root);
  const worksheet = WORKSHEETS[root.dataset.worksheet ?? ''];
  const form = root.querySelector('form');
  const region = root.querySelector('[data-worksheet-result]');
  const clear = root.querySelector<HTMLButtonElement>('[data-worksheet-clear]');
  if (!worksheet || !form || !region || !clear) return;
  const titles = JSON.parse(root.dataset.titles ?? '{}') as Titles;

  const show = (values: Record<string, string>) => {
    region.replaceChildren(...(worksheet.kind === 'choice' ? choiceResult(worksheet, values, titles) : budgetResult(values, titles)));
    clear.hidden = !Object.values(values).some(Boolean);
  };
  const fromForm = () => {
    const values = readForm(form, worksheet);
    writeUrl(values);
    show(values);
  };
  const fromLink = () => {
    // The link's own values are shown as they are, a malformed number included ("must be a number…").
    const values = urlValues(worksheet);
    writeForm(form, worksheet, values);
    show(values);
  };

  form.addEventListener('input', fromForm);
  form.addEventListener('change', fromForm);
  // Enter in a field would submit the form (a navigation): the result is already live.
  form.addEventListener('submit', (event) => event.preventDefault());
  clear.addEventListener('click', () => {
    writeForm(form, worksheet, {});
    fromForm();
  });
  window.addEventListener('popstate', fromLink);
  if (fromUrl) fromLink();
  else fromForm();
}
