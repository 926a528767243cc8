import { describe, expect, it } from 'vitest';
import { siteData } from '@/lib/content/site';
import { listSizes, type SystemChoiceProfile } from '@/lib/review/coverage';

const entries = siteData().entries;
const items = entries.flatMap((e) => e.reviewItems);
const systems: SystemChoiceProfile[] = entries
  .filter((e) => e.kind === 'system' && e.system)
  .map((e) => ({ id: e.id, serving: e.system!.serving, traits: e.system!.traits }));

describe('core review lists (built content)', () => {
  const rows = listSizes(items, systems);

  it('covers every system, its serving modes and "any", at every level', () => {
    expect(systems.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(systems.reduce((n, s) => n + (s.serving.length + 1) * 4, 0));
  });

  it('gives every system × serving mode × level a core list of 15–40 items with at most 15 must', () => {
    const outside = rows.filter((r) => r.core < 15 || r.core > 40 || r.coreMust > 15);
    expect(outside.map((r) => `${r.system} ${r.serving ?? 'any'} L${r.level}: ${r.core} core, ${r.coreMust} must`)).toEqual([]);
  });

  it('keeps the core list a subset that grows with the level, and the full list longer', () => {
    for (const r of rows) expect(r.full).toBeGreaterThan(r.core);
    for (const system of systems) {
      const core = rows.filter((r) => r.system === system.id && r.serving === undefined).map((r) => r.core);
      expect(core).toEqual([...core].sort((a, b) => a - b));
    }
  });

  it('places at least 40% of the items above Level 0', () => {
    expect(items.filter((i) => i.maturity > 0).length / items.length).toBeGreaterThanOrEqual(0.4);
  });
});
