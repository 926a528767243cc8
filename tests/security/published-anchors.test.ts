import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeProbe, runProbe, type Outcome } from './probe-tree';

/**
 * The record of published anchors (content/published-anchors.json) is enforced by the content step itself: before,
 * a removed section or a truncated record built green and only a unit test on the built site noticed.
 */
async function withRecord(record: unknown, frontmatter: Record<string, string> = {}): Promise<Outcome> {
  const text = typeof record === 'string' ? record : `${JSON.stringify(record, null, 2)}\n`;
  const outcome = await runProbe({ frontmatter, files: { 'published-anchors.json': text } }, (content) => ({ anchorsFile: path.join(content, 'published-anchors.json') }));
  removeProbe(outcome.dir);
  return outcome;
}

const errorsOf = (outcome: Outcome) => (outcome.ok ? [] : outcome.errors);

describe('security probes: published anchors', () => {
  it('builds when every recorded page and anchor is there', async () => {
    expect(errorsOf(await withRecord({ '/probe/': ['intro'] }))).toEqual([]);
  });

  it('D02: a recorded anchor removed without an alias fails on the page, with the fix and the record\'s line', async () => {
    expect(errorsOf(await withRecord({ '/probe/': ['intro', 'fine-tuning'] }))).toEqual([
      {
        file: 'content/probe.mdx',
        // The closing "---" of the frontmatter, where an aliases field goes.
        line: 8,
        problem: 'the published anchor /probe/#fine-tuning is gone (recorded in content/published-anchors.json:4): add { from: "#fine-tuning", to: "#<the section that replaces it>" } to "aliases" in the frontmatter, or give a heading back the id with "{#fine-tuning}".',
      },
    ]);
  });

  it('an anchor alias keeps the recorded anchor working', async () => {
    expect(errorsOf(await withRecord({ '/probe/': ['intro', 'fine-tuning'] }, { aliases: 'aliases: [{ from: "#fine-tuning", to: "#intro" }]' }))).toEqual([]);
  });

  it('a recorded page that is gone fails, unless an alias answers for it', async () => {
    expect(errorsOf(await withRecord({ '/old-probe/': [] }))).toEqual([
      { file: 'content/published-anchors.json', line: 2, problem: expect.stringMatching(/^the published page \/old-probe\/ is gone\. Add its old id to the "aliases"/) },
    ]);
    expect(errorsOf(await withRecord({ '/old-probe/': ['intro'] }, { aliases: 'aliases: [old-probe]' }))).toEqual([]);
  });

  it('D05: a corrupt or misshapen record is an error with its line, never "nothing published"', async () => {
    expect(errorsOf(await withRecord('{"/": ['))).toEqual([{ file: 'content/published-anchors.json', line: 1, problem: expect.stringMatching(/^not valid JSON .*npm run anchors:record/) }]);
    expect(errorsOf(await withRecord('[]'))).toEqual([{ file: 'content/published-anchors.json', line: 1, problem: expect.stringMatching(/^must be an object of page paths/) }]);
    expect(errorsOf(await withRecord({ '/probe/': ['intro'], 'probe': ['x'] }))).toEqual([{ file: 'content/published-anchors.json', line: 5, problem: expect.stringMatching(/^"probe" is not a page path/) }]);
    expect(errorsOf(await withRecord({ '/probe/': ['Intro!'] }))).toEqual([{ file: 'content/published-anchors.json', line: 2, problem: expect.stringMatching(/anchors of "\/probe\/" must be a list of kebab-case ids/) }]);
  });
});
