import type { Answer, Answers, AssessedLevel, Capability, CapabilityLevel } from './model';
import { CAPABILITY_LEVELS } from './model';

export interface LevelProgress {
  level: CapabilityLevel;
  total: number;
  yes: number;
}

export interface Gap {
  capability: Capability;
  /** The team's answer, or undefined when the question is not answered yet. */
  answer?: Exclude<Answer, 'yes'>;
}

export interface Assessment {
  /** The highest level whose capabilities, and those of every level below it, are all answered "yes". */
  level: AssessedLevel;
  /** The level above, or undefined at Level 3. */
  next?: CapabilityLevel;
  /** The capabilities of `next` (and of no other level) not answered "yes": what holds the team below it. */
  gaps: Gap[];
  /** Capabilities above `next` already answered "yes": work done ahead of the gaps. */
  ahead: Capability[];
  progress: LevelProgress[];
  answered: number;
  total: number;
}

/**
 * Scores a self-assessment. Levels are cumulative: a "no" or "partly" at Level 1 keeps a team at Level 0 however
 * much of Level 2 it has, because the higher capabilities rest on the lower ones (the /maturity/ page's ladder).
 */
export function assess(capabilities: readonly Capability[], answers: Answers): Assessment {
  const progress = CAPABILITY_LEVELS.map((level) => {
    const atLevel = capabilities.filter((c) => c.level === level);
    return { level, total: atLevel.length, yes: atLevel.filter((c) => answers[c.id] === 'yes').length };
  });
  let level: AssessedLevel = 0;
  for (const p of progress) {
    if (p.total === 0 || p.yes < p.total) break;
    level = p.level;
  }
  const next = level < 3 ? ((level + 1) as CapabilityLevel) : undefined;
  const gaps: Gap[] = capabilities
    .filter((c) => c.level === next && answers[c.id] !== 'yes')
    .map((capability) => ({ capability, answer: answers[capability.id] as Gap['answer'] }));
  const ahead = next === undefined ? [] : capabilities.filter((c) => c.level > next && answers[c.id] === 'yes');
  const answered = capabilities.filter((c) => answers[c.id] !== undefined).length;
  return { level, next, gaps, ahead, progress, answered, total: capabilities.length };
}
