import { MATURITY_LABEL } from '../review/model';
import { escapeMarkdown } from '../markdown-escape';
import type { Assessment } from './level';
import { ANSWER_LABEL, type Answers, type Capability } from './model';

export interface AssessmentExportContext {
  /** Absolute URL of a site path, base path included (lib/site-config.ts absoluteUrl). */
  absoluteUrl: (sitePath: string) => string;
  /** The assessment's site path with the answers' query. */
  assessmentPath: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
}

/**
 * The result as Markdown for a design doc: the level, the gaps to the next level as a task list linked to the
 * sections that explain them, the steps to get there, and every answer, so the document stands on its own.
 */
export function assessmentMarkdown(result: Assessment, capabilities: readonly Capability[], answers: Answers, context: AssessmentExportContext): string {
  const link = (c: Capability, anchor: string) => context.absoluteUrl(`${c.page.path}#${anchor}`);
  const lines = [
    `# MLOps maturity self-assessment: Level ${result.level}`,
    '',
    `- Result: ${MATURITY_LABEL[result.level]}`,
    `- Answered ${result.answered} of ${result.total} questions; ${result.progress.map((p) => `Level ${p.level}: ${p.yes} of ${p.total} yes`).join(', ')}`,
    `- Assessed ${context.date} with [ML System Design Atlas](${context.absoluteUrl(context.assessmentPath)})`,
  ];
  if (result.next !== undefined) {
    lines.push('', `## What holds the team below ${MATURITY_LABEL[result.next]} (${result.gaps.length})`, '');
    for (const { capability, answer } of result.gaps) {
      lines.push(
        `- [ ] [${escapeMarkdown(capability.question)}](${link(capability, capability.id)}) Answer: ${answer ? ANSWER_LABEL[answer] : 'not answered'}. See [${escapeMarkdown(capability.page.title)} › ${escapeMarkdown(capability.section.title)}](${link(capability, capability.section.id)}).`,
      );
    }
    lines.push('', `## Getting to Level ${result.next}`, '');
    result.gaps.forEach(({ capability }, i) => lines.push(`${i + 1}. ${escapeMarkdown(capability.step)}`));
  } else {
    lines.push('', 'Every capability of Levels 1 to 3 is in place.');
  }
  lines.push('', '## All answers', '', '| Level | Capability | Answer |', '|---|---|---|');
  for (const c of capabilities) lines.push(`| ${c.level} | ${escapeMarkdown(c.question).replace(/\|/g, '\\|')} | ${answers[c.id] ? ANSWER_LABEL[answers[c.id]!] : 'not answered'} |`);
  return `${lines.join('\n')}\n`;
}
