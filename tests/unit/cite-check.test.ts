import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CitationIndex } from '@/lib/citations/citation-index';
import { checkText, findSiteLinks } from '@/lib/citations/cite-check';

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/cite-check');
const SITE = 'https://atlas.example.org';
const index = JSON.parse(readFileSync(path.join(FIXTURES, 'out/citations.json'), 'utf8')) as CitationIndex;
const check = (file: string) => checkText(file, readFileSync(path.join(FIXTURES, 'docs', file), 'utf8'), index, SITE).map((r) => [r.line, r.state, r.detail]);

describe('cite-check', () => {
  it('reports ok, stale (with the change date), moved, unversioned in Markdown, and ignores links in code', () => {
    expect(check('design.md')).toEqual([
      [3, 'ok', 'cites the current text'],
      [4, 'stale', 'changed on 2026-11-29 (cited text of 2026-11-26; 2 changes, last on 2026-12-01); current version 2df4e72a97'],
      [5, 'moved', 'now at /pitfalls/data-drift/#drift-reference-refresh, and the text changed on 2026-11-29'],
      [6, 'unversioned', 'no ?v= (current version 1111111111)'],
    ]);
  });

  it('reports a moved page and broken sections and pages in MDX', () => {
    expect(check('notes.mdx')).toEqual([
      [1, 'moved', 'now at /pitfalls/data-drift/#problem'],
      [2, 'broken', 'no section or review item #monitoring'],
      [3, 'broken', 'no page /pitfalls/nothing/'],
    ]);
  });

  it('reads HTML links, skips <pre> and other origins, and calls a version never published broken', () => {
    expect(check('review.html')).toEqual([
      [2, 'stale', 'changed on 2026-11-30 (cited text of 2026-11-29); current version 0267f31b69'],
      [3, 'broken', 'version ffffffffff was never published for #detection; current version 2df4e72a97'],
    ]);
  });

  it('matches only the site origin (with its base path), not a longer host', () => {
    const text = 'see https://atlas.example.org/atlas/a/, https://atlas.example.org.evil.test/a/ and https://atlas.example.org:8080/a/.';
    expect(findSiteLinks(text, 'https://atlas.example.org/atlas').map((l) => l.url)).toEqual(['https://atlas.example.org/atlas/a/']);
  });

  it('exits 1 on stale or broken links, 0 when they are allowed, and prints JSON for machines', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cite-check.ts', 'tests/fixtures/cite-check/docs', '--out', 'tests/fixtures/cite-check/out', ...args], { encoding: 'utf8', env: { ...process.env, SITE_URL: '' } });
    const plain = run();
    expect(plain.status).toBe(1);
    expect(plain.stdout).toContain('tests/fixtures/cite-check/docs/design.md:4: stale');
    expect(plain.stdout).toContain('cite-check: 9 links to https://atlas.example.org (1 ok, 2 stale, 2 moved, 3 broken, 1 unversioned); 5 failing');
    expect(run('--allow-stale', '--allow-broken').status).toBe(0);
    const json = JSON.parse(run('--json', '--allow-broken').stdout) as { links: { state: string }[]; failing: number };
    expect(json.links).toHaveLength(9);
    expect(json.failing).toBe(2);
  });
});
