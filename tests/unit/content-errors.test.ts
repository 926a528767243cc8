import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/content/build';
import type { ContentErrors } from '@/lib/content/errors';
import { MAX_PAGE_BYTES } from '@/lib/content/load';
import { ROOT } from '../helpers/built-site';
import { errorsOf, FIXTURES } from '../helpers/content-fixtures';


const file = (fixture: string, name = 'entry.mdx') => `tests/fixtures/content/${fixture}/${name}`;

describe('content pipeline: valid content', () => {
  it('compiles entries with explicit ids, relations, aliases and anchored links', async () => {
    const { entries } = await buildContent(path.join(FIXTURES, 'valid'), ROOT);
    const alpha = entries.find((e) => e.id === 'alpha')!;
    expect(alpha.path).toBe('/pitfalls/alpha/');
    expect(alpha.headings.map((h) => [h.id, h.text, h.depth])).toEqual([
      ['problem', 'Problem', 2],
      ['solution-here', 'Solution', 2],
      ['ordinary-heading', 'Ordinary heading', 3],
    ]);
    expect(alpha.related).toEqual([{ id: 'beta', relation: 'mitigates' }]);
    expect(alpha.pageAliases).toEqual(['old-alpha']);
    expect(alpha.anchorAliases).toEqual([{ from: '#old-problem', to: '#problem' }]);
    const beta = entries.find((e) => e.id === 'beta')!;
    expect(beta.related).toEqual([{ id: 'alpha' }]);
    expect(beta.tags).toEqual([]);
  });
});

describe('content pipeline: errors stop the build with file, line and a fix', () => {
  it('names an invalid frontmatter value and its line', async () => {
    const [error] = await errorsOf('bad-frontmatter');
    expect(error).toMatchObject({ file: file('bad-frontmatter'), line: 4 });
    expect(error.problem).toMatch(/field "kind"/);
    expect(error.problem).toMatch(/pattern/);
  });

  it('rejects an unknown frontmatter field (a typo cannot pass silently)', async () => {
    const [error] = await errorsOf('unknown-field');
    expect(error).toMatchObject({ file: file('unknown-field'), line: 7 });
    expect(error.problem).toMatch(/"tittle"/);
  });

  it('reports YAML syntax errors with a line', async () => {
    const [error] = await errorsOf('invalid-yaml');
    expect(error.file).toBe(file('invalid-yaml'));
    expect(error.problem).toMatch(/not valid YAML/);
    expect(error.line).toBeGreaterThanOrEqual(5);
  });

  it('rejects an unknown related id and suggests the near miss', async () => {
    const [error] = await errorsOf('unknown-related');
    expect(error).toMatchObject({ file: file('unknown-related'), line: 8 });
    expect(error.problem).toMatch(/related id "feature-stor" does not exist/);
    expect(error.problem).toMatch(/Did you mean "feature-store"/);
  });

  it('rejects two headings with the same id on a page', async () => {
    const [error] = await errorsOf('duplicate-anchor');
    expect(error).toMatchObject({ file: file('duplicate-anchor'), line: 14 });
    expect(error.problem).toMatch(/duplicate anchor "#overview" \(first at line 10\)/);
  });

  it('rejects a dead internal link', async () => {
    const [error] = await errorsOf('dead-link');
    expect(error).toMatchObject({ file: file('dead-link'), line: 14 });
    expect(error.problem).toMatch(/dead internal link "\/patterns\/feature-store\/"/);
  });

  it('rejects a dead anchor and suggests the existing one', async () => {
    const errors = await errorsOf('dead-anchor');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: file('dead-anchor'), line: 12 });
    expect(errors[0].problem).toMatch(/dead anchor "#intrro".*Did you mean "intro"/);
  });

  it('reports an MDX syntax error with its line', async () => {
    const [error] = await errorsOf('mdx-syntax');
    expect(error.file).toBe(file('mdx-syntax'));
    expect(error.problem).toMatch(/MDX syntax error/);
    expect(error.line).toBeGreaterThanOrEqual(13);
  });

  it('explains how to write a literal "<" when a bare one breaks the compile', async () => {
    const [error] = await errorsOf('bare-less-than');
    expect(error).toMatchObject({ file: file('bare-less-than'), line: 12 });
    expect(error.problem).toContain(String.raw`write a literal "<" as "\<"`);
    expect(error.problem).toMatch(/^MDX syntax error at column 16: Unexpected character `1`/);
  });
});

describe('content cannot run code (lib/mdx/safe-mdx.ts)', () => {
  // Each line of the fixture is one probe: before this check, every one of them compiled, and the first two put
  // the build machine's home directory and environment into the page's HTML.
  const expected: [line: number, message: RegExp][] = [
    [9, /"import pkg from .*package\.json"": content cannot import or export code/],
    [11, /"\{process\.env\.HOME\}" is a JavaScript expression.*write "\\\{" and "\\\}"/],
    [11, /"\{JSON\.stringify\(process\.env\)\}" is a JavaScript expression/],
    [13, /^<script>: content cannot run scripts/],
    [15, /^<div>: dangerouslySetInnerHTML injects raw HTML/],
    [17, /^<iframe>: content cannot embed other sites/],
    [19, /^<object>: content cannot embed/],
    [21, /^<embed>: content cannot embed/],
    [23, /^<span>: event handler "onClick" runs code/],
    [25, /^link "javascript:alert\(1\)": "javascript:" URLs are not allowed/],
    [25, /^<a>: href=" JavaScript:alert\(1\)": "javascript:" URLs are not allowed/],
    [27, /^<Widget> is not one of the site's components.*lib\/mdx\/registered-components\.ts/],
    [29, /"\{curly\}" is a JavaScript expression/],
    [31, /^<Diagram> is made by the build.*```mermaid fence/],
    [33, /^<span>: title=\{pkg\.name\} is a JavaScript expression.*title="text"/],
    [39, /^<p>: inline styles are blocked/],
    [41, /^link "\.\.\/x\/" is relative.*root-relative/],
    [41, /^image "https:\/\/example\.com\/x\.png": images must be files of this site/],
    [41, /^image "\/images\/missing\.png" does not exist: there is no file public\/images\/missing\.png/],
    [43, /^<constructor> is not an HTML element content may use/],
  ];

  it('rejects each probe with its line and what to write instead, and nothing else', async () => {
    const errors = await errorsOf('unsafe-mdx');
    expect(errors.every((e) => e.file === file('unsafe-mdx'))).toBe(true);
    expect(errors.map((e) => e.line)).toEqual(expected.map(([line]) => line));
    errors.forEach((error, i) => expect(error.problem).toMatch(expected[i][1]));
  });

  it('leaves comments, allowed HTML and root-relative links alone', async () => {
    const errors = await errorsOf('unsafe-mdx');
    // Lines 35 (a {/* comment */}) and 37 (<abbr>, <kbd>, <details>) are fine.
    expect(errors.filter((e) => e.line === 35 || e.line === 37)).toEqual([]);
  });

  it('reports a lone "{" in the content step, on its line', async () => {
    const [error] = await errorsOf('lone-brace');
    expect(error).toMatchObject({ file: file('lone-brace'), line: 9 });
    expect(error.problem).toMatch(/expected a corresponding closing brace.*literal braces as "\\\{"/);
  });
});

describe('the loader is strict about files and bytes', () => {
  it('rejects bytes that are not UTF-8, naming the byte offset and line', async () => {
    const [error] = await errorsOf('not-utf8');
    expect(error).toMatchObject({ file: file('not-utf8'), line: 9 });
    expect(error.problem).toBe('not valid UTF-8 at byte offset 131 (0xe9): save the file as UTF-8.');
  });

  it('accepts a byte-order mark and CRLF line endings', async () => {
    const { entries } = await buildContent(path.join(FIXTURES, 'bom-crlf'), ROOT);
    expect(entries[0]).toMatchObject({ title: 'BOM and CRLF', headings: [{ id: 'overview', text: 'Overview', depth: 2, line: 9 }] });
  });

  it('wants the frontmatter at the very top, not at a later "---"', async () => {
    const [error] = await errorsOf('no-frontmatter');
    expect(error).toMatchObject({ file: file('no-frontmatter'), line: 1 });
    expect(error.problem).toMatch(/^missing frontmatter: the file must start with a "---" line/);
  });

  it('rejects files content/ does not build, instead of ignoring them', async () => {
    const errors = await errorsOf('wrong-extension');
    expect(errors).toEqual([
      { file: file('wrong-extension', 'figure.png'), line: undefined, problem: expect.stringMatching(/move the file to public\//) },
      { file: file('wrong-extension', 'notes.md'), line: undefined, problem: expect.stringMatching(/Rename it to "notes\.mdx"/) },
      { file: file('wrong-extension', 'upper.MDX'), line: undefined, problem: expect.stringMatching(/Rename it to "upper\.mdx"/) },
    ]);
  });

  it('reports a YAML error on the line that has it', async () => {
    const [error] = await errorsOf('yaml-line');
    expect(error).toMatchObject({ file: file('yaml-line'), line: 2 });
    expect(error.problem).toMatch(/not valid YAML: Missing closing "quote/);
    const [flow] = await errorsOf('invalid-yaml');
    expect(flow).toMatchObject({ file: file('invalid-yaml'), line: 5 });
  });

  it('rejects a page over the size limit, with its size', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'oversized-'));
    const body = 'A sentence of ordinary prose that repeats to make a page far too long to read. '.repeat(4000);
    writeFileSync(path.join(dir, 'entry.mdx'), `---\ntitle: Oversized\nsummary: A page far over the size limit of a page.\nkind: pattern\norder: 1\nseed: ["Fixture"]\n---\n\n${body}\n`);
    try {
      const error = await buildContent(dir, ROOT).then(() => undefined, (e: ContentErrors) => e.errors[0]);
      expect(error?.problem).toBe(`the page is ${Math.round((body.length + 137) / 1024)} KB of source, over the limit of ${MAX_PAGE_BYTES / 1024} KB. Split it into several pages.`);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe('every page says when it was reviewed', () => {
  it('keeps the reviewed date as written', async () => {
    const { entries } = await buildContent(path.join(FIXTURES, 'valid'), ROOT);
    expect(entries.map((e) => e.reviewed)).toEqual(['2026-11-26', '2026-11-26']);
  });

  it('requires it, pointing at the end of the frontmatter where it goes', async () => {
    const [error] = await errorsOf('reviewed-missing');
    expect(error).toMatchObject({ file: file('reviewed-missing'), line: 7 });
    expect(error.problem).toMatch(/field "reviewed": is required: the date someone last checked this page, as YYYY-MM-DD/);
  });

  it('rejects a date in another format, a day the calendar lacks and a future day, on its line', async () => {
    const [bad] = await errorsOf('reviewed-bad');
    expect(bad).toMatchObject({ file: file('reviewed-bad'), line: 6 });
    expect(bad.problem).toMatch(/field "reviewed": must be a date written YYYY-MM-DD, e\.g\. 2026-11-29/);
    const [notADay] = await errorsOf('reviewed-not-a-day');
    expect(notADay).toMatchObject({ file: file('reviewed-not-a-day'), line: 6 });
    expect(notADay.problem).toMatch(/field "reviewed": is not a date in the calendar/);
    const [future] = await errorsOf('reviewed-future');
    expect(future).toMatchObject({ file: file('reviewed-future'), line: 7 });
    expect(future.problem).toMatch(/field "reviewed": is in the future/);
  });

  it('allows today in the zone furthest ahead, never a later day', async () => {
    const { latestAllowedDate } = await import('@/lib/content/dates');
    expect(latestAllowedDate(new Date('2026-11-29T09:59:59Z'))).toBe('2026-11-29');
    expect(latestAllowedDate(new Date('2026-11-29T10:00:00Z'))).toBe('2026-11-30');
  });
});

describe('tags come from one vocabulary (lib/content/tags.ts)', () => {
  it('rejects an unknown tag on its own line, with a "did you mean"', async () => {
    const [error] = await errorsOf('unknown-tag');
    expect(error).toMatchObject({ file: file('unknown-tag'), line: 8 });
    expect(error.problem).toMatch(/field "tags\.1": unknown tag "latncy"\. Did you mean "latency"\? Tags come from lib\/content\/tags\.ts/);
  });

  it('names the tag a merged one became', async () => {
    const [error] = await errorsOf('merged-tag');
    expect(error).toMatchObject({ file: file('merged-tag'), line: 6 });
    expect(error.problem).toMatch(/tag "edge-ml" was merged into "edge"/);
  });
});

describe('the changelog (content/changelog.yaml)', () => {
  it('keeps changes newest first, several on a day', async () => {
    const { changelog } = await buildContent(path.join(FIXTURES, 'valid-changelog'), ROOT);
    expect(changelog.map((c) => c.date)).toEqual(['2026-11-26', '2026-11-26', '2026-11-20']);
    expect(changelog[2]).toEqual({ date: '2026-11-20', summary: 'The first change.', entries: ['entry'] });
  });

  it('rejects unknown entries, changes out of order, short summaries, future dates and unknown fields, each on its line', async () => {
    const errors = await errorsOf('changelog-bad');
    const changelog = file('changelog-bad', 'changelog.yaml');
    expect(errors).toEqual([
      { file: changelog, line: 3, problem: 'change 1 lists entry "entyr", which does not exist. Did you mean "entry"?' },
      { file: changelog, line: 4, problem: 'change 2 (2026-11-26) is newer than the one above it (2026-11-20): list changes newest first.' },
      { file: changelog, line: 8, problem: expect.stringMatching(/^change 3, field "summary": .*10/) },
      { file: changelog, line: 10, problem: expect.stringMatching(/^change 4, field "date": is in the future/) },
      { file: changelog, line: 13, problem: expect.stringMatching(/^change 5, field "author": /) },
    ]);
  });
});
