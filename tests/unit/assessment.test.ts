import { describe, expect, it } from 'vitest';
import { answersQuery, parseAnswers } from '@/lib/assessment/answers';
import { assess } from '@/lib/assessment/level';
import { assessmentMarkdown } from '@/lib/assessment/markdown';
import type { Answer, Capability, CapabilityLevel } from '@/lib/assessment/model';
import { siteData } from '@/lib/content/site';
import { errorsOf } from '../helpers/content-fixtures';

const capability = (id: string, level: CapabilityLevel): Capability => ({
  id,
  level,
  question: `Is ${id} in place?`,
  step: `Put ${id} in place.`,
  page: { id: 'maturity', path: '/maturity/', title: 'MLOps Maturity Levels' },
  section: { id: `level-${level}`, title: `Level ${level}` },
});
const CAPABILITIES = [capability('a1', 1), capability('b1', 1), capability('a2', 2), capability('b2', 2), capability('a3', 3)];
const every = (answer: Answer) => Object.fromEntries(CAPABILITIES.map((c) => [c.id, answer]));

describe('maturity level from the answers', () => {
  it('all yes is Level 3, with no next level and no gaps', () => {
    const result = assess(CAPABILITIES, every('yes'));
    expect(result).toMatchObject({ level: 3, next: undefined, gaps: [], answered: 5, total: 5 });
  });

  it('all no is Level 0, and the gaps are the Level 1 capabilities only', () => {
    const result = assess(CAPABILITIES, every('no'));
    expect(result.level).toBe(0);
    expect(result.next).toBe(1);
    expect(result.gaps.map((g) => [g.capability.id, g.answer])).toEqual([
      ['a1', 'no'],
      ['b1', 'no'],
    ]);
  });

  it('a gap at Level 1 keeps a team at Level 0 even with every Level 2 capability answered yes', () => {
    const result = assess(CAPABILITIES, { ...every('yes'), b1: 'partly' });
    expect(result.level).toBe(0);
    expect(result.gaps).toEqual([{ capability: CAPABILITIES[1], answer: 'partly' }]);
    expect(result.ahead.map((c) => c.id)).toEqual(['a2', 'b2', 'a3']);
  });

  it('partly counts as not yet, and an unanswered question is a gap without an answer', () => {
    const result = assess(CAPABILITIES, { a1: 'yes', b1: 'yes', a2: 'partly' });
    expect(result.level).toBe(1);
    expect(result.gaps.map((g) => [g.capability.id, g.answer])).toEqual([
      ['a2', 'partly'],
      ['b2', undefined],
    ]);
    expect(result.progress).toEqual([
      { level: 1, total: 2, yes: 2 },
      { level: 2, total: 2, yes: 0 },
      { level: 3, total: 1, yes: 0 },
    ]);
    expect(result.answered).toBe(3);
  });
});

describe('answers in the URL', () => {
  it('round-trips in the capabilities order, with one letter per answer', () => {
    const answers = { b1: 'partly', a1: 'yes', a3: 'no' } as const;
    const query = answersQuery(answers, CAPABILITIES);
    expect(query).toBe('?a1=y&b1=p&a3=n');
    expect(parseAnswers(new URLSearchParams(query), CAPABILITIES)).toEqual(answers);
  });

  it('ignores unknown ids and values, and reads answers written out in full', () => {
    expect(parseAnswers(new URLSearchParams('?a1=maybe&gone=y&b1=yes&a2='), CAPABILITIES)).toEqual({ b1: 'yes' });
  });
});

describe('the result as Markdown', () => {
  it('names the level, lists the gaps with absolute links and the steps, and every answer', () => {
    const md = assessmentMarkdown(assess(CAPABILITIES, { a1: 'yes', b1: 'partly' }), CAPABILITIES, { a1: 'yes', b1: 'partly' }, {
      absoluteUrl: (p) => `https://atlas.example.com/base${p}`,
      assessmentPath: '/assessment/?a1=y&b1=p',
      date: '2026-11-29',
    });
    expect(md).toContain('# MLOps maturity self-assessment: Level 0\n');
    expect(md).toContain('- Assessed 2026-11-29 with [ML System Design Atlas](https://atlas.example.com/base/assessment/?a1=y&b1=p)');
    expect(md).toContain('## What holds the team below Level 1: ML Pipeline Automation (1)');
    expect(md).toContain('- [ ] [Is b1 in place?](https://atlas.example.com/base/maturity/#b1) Answer: Partly. See [MLOps Maturity Levels › Level 1](https://atlas.example.com/base/maturity/#level-1).');
    expect(md).toContain('## Getting to Level 1\n\n1. Put b1 in place.');
    expect(md).toContain('| 2 | Is a2 in place? | not answered |');
  });
});

describe('capabilities in the content', () => {
  it('the maturity page asks its questions in the order of the levels, every level 1–3 has some', () => {
    const maturity = siteData().entries.find((e) => e.id === 'maturity')!;
    const levels = maturity.capabilities.map((c) => c.level);
    expect(levels).toEqual([...levels].sort());
    expect(new Set(levels)).toEqual(new Set([1, 2, 3]));
    for (const c of maturity.capabilities) expect(c.section.id).toBe(`level-${c.level}`);
  });

  it('stops the build on a bad level, a missing section, a statement and a missing step, with their lines', async () => {
    const errors = await errorsOf('capability-errors');
    const at = (line: number) => errors.filter((e) => e.line === line).map((e) => e.problem).join('\n');
    expect(errors.every((e) => e.file === 'tests/fixtures/content/capability-errors/entry.mdx')).toBe(true);
    expect(at(11)).toMatch(/level="4" must be 1, 2 or 3/);
    expect(at(15)).toMatch(/needs section="…"/);
    expect(at(19)).toMatch(/ending in "\?"/);
    expect(at(23)).toMatch(/step="…" must be one line/);
    expect(errors).toHaveLength(4);
  });

  it('stops the build on a section that is not on the page and an id used twice', async () => {
    const errors = await errorsOf('capability-unknown-refs');
    expect(errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ line: 11, problem: expect.stringMatching(/section="nowhere" is not an h2\/h3 id on this page/) }),
      expect.objectContaining({ line: 19, problem: expect.stringMatching(/already taken at tests\/fixtures\/content\/capability-unknown-refs\/entry\.mdx:15/) }),
    ]));
  });

  it('stops the build when a level has no capability', async () => {
    const [error] = await errorsOf('capability-missing-level');
    expect(error.problem).toMatch(/no <Capability> has level="3"/);
  });
});
