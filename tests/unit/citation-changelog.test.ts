import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CitationIndex } from '@/lib/citations/citation-index';
import { changeDiffPath, sectionChangeDays } from '@/lib/citations/changes';
import { changelogAtom, changelogMarkdown } from '@/lib/citations/changelog-files';

const index = JSON.parse(readFileSync(path.join(process.cwd(), 'tests/fixtures/cite-check/out/citations.json'), 'utf8')) as CitationIndex;

describe('section changes for the changelog', () => {
  const days = sectionChangeDays(index);

  it('lists each change after an anchor\'s first version, by day, newest first, linked to the version before', () => {
    expect(days.map((d) => d.date)).toEqual(['2026-12-01', '2026-11-30', '2026-11-29']);
    const nov29 = days.find((d) => d.date === '2026-11-29')!.pages[0];
    expect(nov29.title).toBe('Data Drift');
    expect(nov29.changes.map((c) => [c.id, c.label, c.before, c.retired])).toEqual([
      ['detection', 'Detection', '5a2ba83d1b', false],
      ['drift-reference-per-version', 'review question #drift-reference-per-version', 'aaaaaaaaaa', true],
    ]);
    expect(changeDiffPath('/pitfalls/data-drift/', nov29.changes[0])).toBe('/pitfalls/data-drift/?v=5a2ba83d1b#detection');
  });

  const source = {
    changes: [{ date: '2026-11-29', summary: 'Data Drift: Wasserstein distance is not bounded.', entries: ['data-drift'] }],
    sectionDays: days,
    pages: new Map([['data-drift', { path: '/pitfalls/data-drift/', title: 'Data Drift' }]]),
    absoluteUrl: (p: string) => `https://atlas.example.org${p}`,
    today: '2026-12-05',
  };

  it('writes the changelog twin with written and section changes', () => {
    const md = changelogMarkdown(source);
    expect(md).toContain('## 2026-11-29 {#changes-2026-11-29}\n\n- Data Drift: Wasserstein distance is not bounded. ([Data Drift](https://atlas.example.org/pitfalls/data-drift/))');
    expect(md).toContain('- Data Drift: [Detection](https://atlas.example.org/pitfalls/data-drift/?v=5a2ba83d1b#detection)');
    expect(md.indexOf('## 2026-12-01 ')).toBeLessThan(md.indexOf('## 2026-11-29 '));
  });

  it('writes an Atom feed with one escaped entry per day', () => {
    const xml = changelogAtom({ ...source, title: 'Atlas & co' });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(xml.match(/<entry>/g)).toHaveLength(3);
    expect(xml).toContain('<title>Atlas &amp; co: changelog</title>');
    expect(xml).toContain('<updated>2026-12-01T00:00:00Z</updated>');
    expect(xml).toContain('&lt;a href=&quot;https://atlas.example.org/pitfalls/data-drift/?v=5a2ba83d1b#detection&quot;&gt;Detection&lt;/a&gt;');
  });
});
