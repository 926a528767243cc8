import { describe, expect, it } from 'vitest';
import { kindLandings } from '@/lib/content/landings';

const entry = (path: string, kind: Parameters<typeof kindLandings>[0][number]['kind']) => ({ path, kind });

describe('section landing pages', () => {
  it('a section whose entries share a folder gets one at that folder', () => {
    const landings = kindLandings([entry('/pitfalls/a/', 'pitfall'), entry('/pitfalls/b/', 'pitfall'), entry('/systems/c/', 'system')]);
    expect(landings.map((l) => l.path)).toEqual(['/pitfalls/']);
    expect(landings[0].title).toBe('Pitfalls');
    expect(landings[0].summary.length).toBeGreaterThan(20);
  });

  it('none for root pages, mixed folders, or a folder that is itself a page', () => {
    expect(kindLandings([entry('/monitoring/', 'guide'), entry('/maturity/', 'guide')])).toEqual([]);
    expect(kindLandings([entry('/pitfalls/a/', 'pitfall'), entry('/other/b/', 'pitfall')])).toEqual([]);
    expect(kindLandings([entry('/pitfalls/a/', 'pitfall'), entry('/pitfalls/b/', 'pitfall'), entry('/pitfalls/', 'guide')])).toEqual([]);
  });
});
