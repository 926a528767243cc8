import { describe, expect, it } from 'vitest';
import { applies } from '@/lib/review/applicability';
import { buildChecklist, systemChecklist } from '@/lib/review/checklist';
import { ANY_CHOICE, choiceQuery, parseChoice } from '@/lib/review/choice';
import type { ReviewItem } from '@/lib/review/model';

const SYSTEMS = [
  { id: 'fraud-detection', serving: ['real-time' as const, 'streaming' as const] },
  { id: 'predictive-analytics', serving: ['batch' as const] },
];

function item(id: string, overrides: Partial<ReviewItem> = {}): ReviewItem {
  return {
    id,
    text: `Question ${id}?`,
    why: `Why ${id} matters.`,
    phase: 'data',
    severity: 'should',
    systems: [],
    serving: [],
    maturity: 0,
    when: [],
    core: false,
    aliases: [],
    page: { id: 'page', path: '/pitfalls/page/', title: 'Page' },
    section: { id: 'section', title: 'Section' },
    ...overrides,
  };
}

describe('applies: which items a choice keeps', () => {
  const fraud = SYSTEMS[0];
  it('keeps items for every system and for the chosen one, never for another system', () => {
    expect(applies(item('a'), { ...ANY_CHOICE, system: 'fraud-detection' }, fraud)).toBe(true);
    expect(applies(item('b', { systems: ['fraud-detection'] }), { ...ANY_CHOICE, system: 'fraud-detection' }, fraud)).toBe(true);
    expect(applies(item('c', { systems: ['predictive-analytics'] }), { ...ANY_CHOICE, system: 'fraud-detection' }, fraud)).toBe(false);
  });

  it('with "any" system keeps only the items that apply to every system', () => {
    expect(applies(item('a'), ANY_CHOICE)).toBe(true);
    expect(applies(item('b', { systems: ['fraud-detection'] }), ANY_CHOICE)).toBe(false);
  });

  it('filters by serving mode, and by the system\'s usual modes when the mode is "any"', () => {
    const edgeOnly = item('e', { serving: ['edge'] });
    const realTime = item('r', { serving: ['real-time', 'batch'] });
    expect(applies(edgeOnly, { ...ANY_CHOICE, serving: 'edge' })).toBe(true);
    expect(applies(edgeOnly, { ...ANY_CHOICE, serving: 'batch' })).toBe(false);
    expect(applies(edgeOnly, { ...ANY_CHOICE, system: 'fraud-detection' }, fraud)).toBe(false);
    expect(applies(realTime, { ...ANY_CHOICE, system: 'fraud-detection' }, fraud)).toBe(true);
    expect(applies(edgeOnly, ANY_CHOICE)).toBe(true);
  });

  it('keeps items expected at the team\'s level or below; "any" level keeps all', () => {
    const level2 = item('l', { maturity: 2 });
    expect(applies(level2, { ...ANY_CHOICE, maturity: 1 })).toBe(false);
    expect(applies(level2, { ...ANY_CHOICE, maturity: 2 })).toBe(true);
    expect(applies(level2, { ...ANY_CHOICE, maturity: 3 })).toBe(true);
    expect(applies(level2, ANY_CHOICE)).toBe(true);
  });

  it('keeps items at least as binding as the lowest severity chosen; none chosen keeps all', () => {
    const [must, should, consider] = (['must', 'should', 'consider'] as const).map((severity) => item(severity, { severity }));
    expect([must, should, consider].map((i) => applies(i, { ...ANY_CHOICE, severity: 'must' }))).toEqual([true, false, false]);
    expect([must, should, consider].map((i) => applies(i, { ...ANY_CHOICE, severity: 'should' }))).toEqual([true, true, false]);
    expect([must, should, consider].map((i) => applies(i, ANY_CHOICE))).toEqual([true, true, true]);
  });

  it('keeps a conditional item only when one of its conditions is chosen', () => {
    const adversarial = item('x', { when: ['adversarial', 'regulated'] });
    expect(applies(adversarial, ANY_CHOICE)).toBe(false);
    expect(applies(adversarial, { ...ANY_CHOICE, when: ['regulated'] })).toBe(true);
    expect(applies(adversarial, { ...ANY_CHOICE, when: ['labels-late'] })).toBe(false);
  });
});

describe('buildChecklist: grouping and order', () => {
  const items = [
    item('consider-data', { severity: 'consider' }),
    item('should-serving', { phase: 'serving' }),
    item('must-data', { severity: 'must' }),
    item('should-data'),
    item('must-monitoring', { phase: 'monitoring', severity: 'must' }),
    item('other-system', { systems: ['predictive-analytics'] }),
  ];

  it('groups by phase in life-cycle order, must before should before consider, site order within a severity', () => {
    const groups = buildChecklist(items, { ...ANY_CHOICE, system: 'fraud-detection' }, SYSTEMS);
    expect(groups.map((g) => [g.phase, g.items.map((i) => i.id)])).toEqual([
      ['data', ['must-data', 'should-data', 'consider-data']],
      ['serving', ['should-serving']],
      ['monitoring', ['must-monitoring']],
    ]);
  });

  it("lists a system's whole checklist: every item for every system plus its own", () => {
    const ids = systemChecklist(items, 'predictive-analytics').flatMap((g) => g.items.map((i) => i.id));
    expect(ids).toContain('other-system');
    expect(ids).toHaveLength(6);
    expect(systemChecklist(items, 'fraud-detection').flatMap((g) => g.items)).toHaveLength(5);
  });
});

describe('the choice in the URL', () => {
  const ids = SYSTEMS.map((s) => s.id);
  it('round-trips through one canonical query', () => {
    const choice = parseChoice(new URLSearchParams('when=regulated,adversarial&maturity=1&serving=real-time&system=fraud-detection'), ids);
    expect(choice).toEqual({ system: 'fraud-detection', serving: 'real-time', maturity: 1, when: ['adversarial', 'regulated'] });
    expect(choiceQuery(choice)).toBe('?system=fraud-detection&serving=real-time&maturity=1&when=adversarial%2Cregulated');
    expect(parseChoice(new URLSearchParams(choiceQuery(choice)), ids)).toEqual(choice);
    const mustOnly = parseChoice(new URLSearchParams('severity=must&system=fraud-detection'), ids);
    expect(mustOnly).toEqual({ system: 'fraud-detection', severity: 'must', when: [] });
    expect(choiceQuery(mustOnly)).toBe('?system=fraud-detection&severity=must');
  });

  it('reads unknown or malformed values as "any" instead of failing', () => {
    expect(parseChoice(new URLSearchParams('system=nope&serving=fax&maturity=7&severity=urgent&when=bogus'), ids)).toEqual(ANY_CHOICE);
    // "consider" lists every severity: the same checklist as no choice, so the same URL.
    expect(choiceQuery(parseChoice(new URLSearchParams('severity=consider'), ids))).toBe('');
    expect(choiceQuery(ANY_CHOICE)).toBe('');
  });
});
