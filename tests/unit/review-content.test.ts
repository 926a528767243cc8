import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/content/build';
import { ROOT } from '../helpers/built-site';
import { errorsOf, FIXTURES } from '../helpers/content-fixtures';
import { itemIdResolver } from '@/lib/review/aliases';
import { mdxComponent } from '@/lib/mdx/mdx-component';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';


describe('review items: valid content', () => {
  it('reads every attribute, resolves page and section, and applies the defaults', async () => {
    const { entries } = await buildContent(path.join(FIXTURES, 'review'), ROOT);
    const gamma = entries.find((e) => e.id === 'gamma')!;
    expect(gamma.reviewItems.map((i) => i.id)).toEqual(['gamma-first', 'gamma-second', 'gamma-third']);
    const [first, second, third] = gamma.reviewItems;
    expect(first).toMatchObject({
      text: 'Is the first item read with its defaults?',
      why: 'The first fixture item, with every default.',
      phase: 'monitoring',
      severity: 'must',
      systems: [],
      serving: [],
      maturity: 0,
      when: [],
      page: { id: 'gamma', path: '/pitfalls/gamma/', title: 'Gamma' },
      section: { id: 'review-questions', title: 'Review questions' },
      line: 15,
    });
    expect(second).toMatchObject({ systems: ['sys-a'], serving: ['real-time', 'edge'], maturity: 2, when: ['adversarial', 'regulated'], section: { id: 'detection', title: 'Detection' } });
    expect(third).toMatchObject({ phase: 'data', severity: 'should' });
  });

  it('renders each item with its id only, and groups adjacent items into lists', async () => {
    const { entries } = await buildContent(path.join(FIXTURES, 'review'), ROOT);
    const code = entries.find((e) => e.id === 'gamma')!.code;
    // Two runs of items (the paragraph between them splits the run): two lists.
    expect(code.match(/ReviewList/g)?.length).toBeGreaterThanOrEqual(2);
    expect(code).not.toContain('every attribute set');
  });

  it('reads pass, evidence and core, and defaults core to false', async () => {
    const { entries } = await buildContent(path.join(FIXTURES, 'review'), ROOT);
    const [first, , third] = entries.find((e) => e.id === 'gamma')!.reviewItems;
    expect(first).toMatchObject({ core: false });
    expect(first.pass).toBeUndefined();
    expect(third).toMatchObject({ core: true, pass: 'The answer names the third item and where it is written down.', evidence: 'The fixture file itself.' });
  });

  it('shows an item of another page by <ReviewRef>, in the same list as the page\'s own items, and records retired ids on the item', async () => {
    const { entries } = await buildContent(path.join(FIXTURES, 'review'), ROOT);
    const delta = entries.find((e) => e.id === 'delta')!;
    expect(delta.reviewRefs).toEqual(['gamma-first']);
    expect(delta.reviewItems.map((i) => i.id)).toEqual(['delta-own']);
    // One list holds the page's own item and the reference, as the page renders them.
    const Content = mdxComponent(delta.code);
    const html = renderToStaticMarkup(
      createElement(Content, {
        components: {
          ReviewList: ({ children }: { children: ReactNode }) => createElement('ul', null, children),
          ReviewQuestion: ({ id }: { id: string }) => createElement('li', null, `question ${id}`),
          ReviewRef: ({ id }: { id: string }) => createElement('li', null, `ref ${id}`),
        },
      }),
    );
    expect(html).toContain('<ul><li>question delta-own</li><li>ref gamma-first</li></ul>');
    const gammaFirst = entries.flatMap((e) => e.reviewItems).find((i) => i.id === 'gamma-first')!;
    expect(gammaFirst.aliases).toEqual(['delta-retired']);
    const resolve = itemIdResolver(entries.flatMap((e) => e.reviewItems));
    expect(resolve('delta-retired')).toBe('gamma-first');
    expect(resolve('gamma-first')).toBe('gamma-first');
    expect(resolve('never-was')).toBeUndefined();
  });

  it('keeps system facts on system entries', async () => {
    const { entries } = await buildContent(path.join(FIXTURES, 'review'), ROOT);
    expect(entries.find((e) => e.id === 'sys-a')!.system).toEqual({
      latency: '<50ms',
      latencyClass: 'real-time',
      scale: 'Thousands QPS',
      serving: ['real-time', 'streaming'],
      metrics: ['Precision at fixed recall'],
      traits: ['adversarial'],
    });
  });
});

describe('review items: errors stop the build with file, line and a fix', () => {
  it('rejects unknown phases, {…} values, unknown attributes, a missing why and a maturity above 3, each on its line', async () => {
    const errors = await errorsOf('review-bad-attributes');
    const file = 'tests/fixtures/content/review-bad-attributes/entry.mdx';
    expect(errors.every((e) => e.file === file)).toBe(true);
    const at = (line: number) => errors.find((e) => e.line === line)?.problem ?? '';
    expect(at(11)).toMatch(/phase="deployment" must be one of data, training, serving, monitoring, rollout, ownership/);
    expect(at(15)).toMatch(/quoted string|expression/i);
    expect(at(19)).toMatch(/unknown attribute "owner"/);
    expect(at(23)).toMatch(/why="…" must be one line/);
    expect(at(27)).toMatch(/maturity="5" must be 0, 1, 2 or 3/);
  });

  it('rejects a system that does not exist and a section that is not on the page', async () => {
    const errors = await errorsOf('review-unknown-refs');
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 11, problem: expect.stringMatching(/"sys-b".*not a system\. Systems: sys-a/) }),
        expect.objectContaining({ line: 15, problem: expect.stringMatching(/section="detection" is not an h2\/h3 id on this page/) }),
      ]),
    );
  });

  it('rejects references to a missing, retired or same-page item, and a retired id claimed by two items', async () => {
    const errors = await errorsOf('review-ref-errors');
    const file = 'tests/fixtures/content/review-ref-errors/entry.mdx';
    const at = (line: number) => errors.filter((e) => e.file === file && e.line === line).map((e) => e.problem).join(' | ');
    expect(at(17)).toMatch(/<ReviewRef id="ref-missing"> names no <ReviewQuestion>/);
    expect(at(19)).toMatch(/<ReviewRef id="ref-own"> shows an item written on this same page/);
    expect(at(21)).toMatch(/<ReviewRef id="other-old"> names a retired id: use .*id="other-item"/);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'tests/fixtures/content/review-ref-errors/other.mdx', problem: expect.stringMatching(/#ref-old retires .*already retires into "ref-own"|#ref-old .*retires/) }),
      ]),
    );
  });

  it('rejects a reference with text of its own, a valued flag, a too-short pass and a capability that is not an id, each on its line', async () => {
    const errors = await errorsOf('review-ref-syntax');
    const at = (line: number) => errors.find((e) => e.line === line)?.problem ?? '';
    expect(at(11)).toMatch(/<ReviewRef> "some-item" takes no text/);
    expect(at(15)).toMatch(/"core" is written bare/);
    expect(at(19)).toMatch(/pass="…" must be one or two sentences/);
    expect(at(23)).toMatch(/capability="Not An Id" must be the kebab-case id/);
  });

  it('fails an item whose maturity disagrees with its capability\'s level, and an unknown capability', async () => {
    const errors = await errorsOf('review-capability-level');
    const problems = errors.map((e) => e.problem).join('\n');
    expect(problems).not.toMatch(/cap-item-agrees/);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 29, problem: expect.stringMatching(/"cap-item-disagrees".*maturity="0" but its capability "cap-one" is Level 1.*Set maturity="1"/) }),
        expect.objectContaining({ line: 33, problem: expect.stringMatching(/capability="cap-nine", which is not a <Capability> id/) }),
      ]),
    );
  });

  it('rejects an item id used on two pages, naming the first', async () => {
    const [error] = await errorsOf('review-duplicate-id');
    expect(error).toMatchObject({ file: 'tests/fixtures/content/review-duplicate-id/other.mdx', line: 13 });
    expect(error.problem).toMatch(/already taken at tests\/fixtures\/content\/review-duplicate-id\/entry.mdx:11/);
  });

  it('requires system facts on a system entry', async () => {
    const [error] = await errorsOf('system-facts-missing');
    expect(error.problem).toMatch(/field "system": is required on a system entry/);
  });

  it('says when the text links an entry that related does not list, and the reverse', async () => {
    const errors = await errorsOf('related-mismatch');
    expect(errors).toEqual([
      expect.objectContaining({ line: 11, problem: expect.stringMatching(/the text links "other" but related does not list it/) }),
      expect.objectContaining({ line: 8, problem: expect.stringMatching(/related lists "listed" but the text never links it/) }),
    ]);
  });
});
