import { ANSWERS, type Answer, type Answers, type Capability } from './model';

/** URL values: one letter per answer keeps a shared link short (`?pipeline-training=y&artifact-lineage=p`). */
const CODE: Record<Answer, string> = { yes: 'y', partly: 'p', no: 'n' };
const FROM_CODE = new Map(ANSWERS.map((a) => [CODE[a], a] as const));

/**
 * Reads answers from the assessment URL. Unknown capability ids and values are ignored, so a link made before a
 * capability was added or renamed still opens with the answers that still apply.
 */
export function parseAnswers(params: URLSearchParams, capabilities: readonly Pick<Capability, 'id'>[]): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const { id } of capabilities) {
    const value = params.get(id);
    const answer = value === null ? undefined : (FROM_CODE.get(value) ?? (ANSWERS as readonly string[]).find((a) => a === value));
    if (answer) answers[id] = answer as Answer;
  }
  return answers;
}

/** The canonical query of a set of answers, in the capabilities' order, unanswered ones left out. */
export function answersQuery(answers: Answers, capabilities: readonly Pick<Capability, 'id'>[]): string {
  const params = new URLSearchParams();
  for (const { id } of capabilities) {
    const answer = answers[id];
    if (answer) params.set(id, CODE[answer]);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
