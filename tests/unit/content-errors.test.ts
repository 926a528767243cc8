import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/content/build';
import { ContentErrors } from '@/lib/content/errors';
import { ROOT } from '../helpers/built-site';

const FIXTURES = path.join(ROOT, 'tests/fixtures/content');

/** Builds a fixture folder and returns the errors it stops with, as "file:line: message". */
async function errorsOf(fixture: string): Promise<{ file: string; line?: number; problem: string }[]> {
  try {
    await buildContent(path.join(FIXTURES, fixture), ROOT);
  } catch (error) {
    if (error instanceof ContentErrors) return error.errors.map(({ file, line, problem }) => ({ file, line, problem }));
    throw error;
  }
  throw new Error(`fixture ${fixture} built without errors`);
}

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
