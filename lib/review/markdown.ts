import type { ChecklistGroup } from './checklist';
import { choiceTitle, SEVERITY_SCOPE, type ReviewChoice } from './choice';
import { escapeMarkdown } from '../markdown-escape';
import { CONDITION_LABEL, MATURITY_LABEL, PHASE_LABEL, SERVING_LABEL, SEVERITY_LABEL, type ReviewItem } from './model';

export interface ExportContext {
  /** Absolute URL of a site path, base path included (lib/site-config.ts absoluteUrl). */
  absoluteUrl: (sitePath: string) => string;
  /** The builder's site path with the choice's query, e.g. "/review/?system=fraud-detection". */
  builderPath: string;
  /** ISO date (YYYY-MM-DD) the checklist was exported on. */
  date: string;
  /** Titles of the systems, by id. */
  systemTitles: ReadonlyMap<string, string>;
  /** Give each phase heading its anchor on the system's checklist page (`{#phase-data}`): the page's Markdown twin. */
  anchors?: boolean;
}

/**
 * The checklist as a GitHub task list: a heading naming the choice and date, a count, then one line per item
 * under its phase: its state, severity, text linked to its permanent anchor, why, and the section that explains it.
 */
export function checklistMarkdown(groups: readonly ChecklistGroup[], choice: ReviewChoice, ticked: ReadonlySet<string>, context: ExportContext): string {
  const items = groups.flatMap((g) => g.items);
  const count = (severity: ReviewItem['severity']) => items.filter((i) => i.severity === severity).length;
  const lines = [
    `# Design review checklist: ${choiceTitle(choice, context.systemTitles)}`,
    '',
    `- System: ${choice.system ? (context.systemTitles.get(choice.system) ?? choice.system) : 'any'}`,
    `- Serving mode: ${choice.serving ? SERVING_LABEL[choice.serving] : 'any'}`,
    `- Maturity: ${choice.maturity !== undefined ? MATURITY_LABEL[choice.maturity] : 'any level'}`,
    `- Severity: ${SEVERITY_SCOPE[choice.severity ?? 'consider']}`,
    `- Conditions: ${choice.when.length ? choice.when.map((c) => CONDITION_LABEL[c]).join(', ') : 'none'}`,
    `- ${items.length} items (${count('must')} must, ${count('should')} should, ${count('consider')} consider), ${items.filter((i) => ticked.has(i.id)).length} done`,
    `- Exported ${context.date} from [ML System Design Atlas](${context.absoluteUrl(context.builderPath)})`,
  ];
  for (const group of groups) {
    lines.push('', `## ${PHASE_LABEL[group.phase]} (${group.items.length})${context.anchors ? ` {#phase-${group.phase}}` : ''}`, '');
    for (const item of group.items) lines.push(itemLine(item, ticked.has(item.id), context));
  }
  return `${lines.join('\n')}\n`;
}

function itemLine(item: ReviewItem, done: boolean, context: ExportContext): string {
  const itemUrl = context.absoluteUrl(`${item.page.path}#${item.id}`);
  const sectionUrl = context.absoluteUrl(`${item.page.path}#${item.section.id}`);
  return `- [${done ? 'x' : ' '}] **${SEVERITY_LABEL[item.severity]}**: [${escapeMarkdown(item.text)}](${itemUrl}) ${escapeMarkdown(item.why)} See [${escapeMarkdown(item.page.title)} › ${escapeMarkdown(item.section.title)}](${sectionUrl}).`;
}
