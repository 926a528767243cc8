import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/content/build';
import { readingOrder } from '@/lib/content/reading-order';
import { navigatorSymptoms } from '@/lib/symptoms/model';
import { ROOT } from '../helpers/built-site';
import { errorsOf, FIXTURES } from '../helpers/content-fixtures';

const file = (fixture: string, name: string) => `tests/fixtures/content/${fixture}/${name}`;

describe('symptoms: valid content', () => {
  it('reads the vocabulary in file order and resolves each <Symptom> with its text, check and section', async () => {
    const data = await buildContent(path.join(FIXTURES, 'symptoms'), ROOT);
    expect(data.symptoms).toEqual([
      { id: 'offline-good-production-worse', phrase: 'Offline metrics are good, production is worse', synonyms: ['offline online gap'] },
      { id: 'calibration-off', phrase: 'Predicted probabilities no longer match observed rates', synonyms: [] },
    ]);
    const alpha = data.entries.find((e) => e.id === 'alpha')!;
    expect(alpha.symptoms).toEqual([
      {
        id: 'offline-good-production-worse',
        text: 'Strong offline metrics, a flat A/B test.',
        check: 'The check that tells this fixture pitfall apart from the others.',
        section: { id: 'detection', title: 'Detection' },
        line: 15,
      },
      expect.objectContaining({ id: 'calibration-off', section: { id: 'parity-join', title: 'Parity join' } }),
    ]);
    // The page renders from the data: the element keeps its id only, in one list; its text stays searchable.
    expect(alpha.code).toContain('SymptomList');
    expect(alpha.code).not.toContain('The check that tells');
    expect(alpha.sections.find((s) => s.id === 'symptoms')?.text).toContain('Strong offline metrics, a flat A/B test.');
  });

  it('gives the navigator each symptom with every pitfall that states it, in reading order', async () => {
    const data = await buildContent(path.join(FIXTURES, 'symptoms'), ROOT);
    const navigator = navigatorSymptoms(data.symptoms, readingOrder(data.entries));
    expect(navigator.map((s) => [s.id, s.causes.map((c) => c.page.id)])).toEqual([
      ['offline-good-production-worse', ['alpha', 'beta']],
      ['calibration-off', ['alpha']],
    ]);
    expect(navigator[0].causes[1]).toMatchObject({ page: { id: 'beta', path: '/pitfalls/beta/', title: 'Beta' }, check: 'Beta check: compare the split by time with the random split.' });
  });
});

describe('symptoms: errors stop the build with file, line and a fix', () => {
  it('an unknown symptom id, with the near miss', async () => {
    expect(await errorsOf('symptoms-unknown-id')).toEqual([
      {
        file: file('symptoms-unknown-id', 'pitfalls/alpha.mdx'),
        line: 20,
        problem: expect.stringMatching(/^<Symptom id="calibraton-off"> is not a symptom of tests\/fixtures\/content\/symptoms-unknown-id\/symptoms\.yaml\. Did you mean "calibration-off"\?/),
      },
    ]);
  });

  it('a symptom of the vocabulary that no pitfall states', async () => {
    expect(await errorsOf('symptoms-unused')).toEqual([
      { file: file('symptoms-unused', 'symptoms.yaml'), line: 6, problem: expect.stringMatching(/^symptom "calibration-off" is not stated by any pitfall: add <Symptom id="calibration-off"/) },
    ]);
  });

  it('a pitfall that states no symptom, at its Symptoms heading', async () => {
    expect(await errorsOf('symptoms-none')).toEqual([
      { file: file('symptoms-none', 'pitfalls/beta.mdx'), line: 13, problem: expect.stringMatching(/^this pitfall states no symptoms: write its Symptoms section as <Symptom/) },
    ]);
  });

  it('a symptom without its check', async () => {
    expect(await errorsOf('symptoms-no-check')).toEqual([
      { file: file('symptoms-no-check', 'pitfalls/alpha.mdx'), line: 20, problem: expect.stringMatching(/^<Symptom> "calibration-off" needs check="…" \(20 to 300 characters\)/) },
    ]);
  });

  it('a link to a section that does not exist: a wrong section="…", or no Detection section for the default', async () => {
    expect(await errorsOf('symptoms-bad-link')).toEqual([
      {
        file: file('symptoms-bad-link', 'pitfalls/alpha.mdx'),
        line: 15,
        problem: expect.stringMatching(/^<Symptom id="offline-good-production-worse"> links \/pitfalls\/alpha\/#parity-joins, which does not exist\. Headings: problem, symptoms, detection, parity-join\./),
      },
      {
        file: file('symptoms-bad-link', 'pitfalls/beta.mdx'),
        line: 15,
        problem: expect.stringMatching(/^<Symptom id="calibration-off"> links \/pitfalls\/beta\/#detection, which does not exist \(the default\): give the page a "## Detection \{#detection\}" section/),
      },
    ]);
  });

  it('a symptom written twice on a page, or on a page that is not a pitfall', async () => {
    expect(await errorsOf('symptoms-wrong-place')).toEqual([
      { file: file('symptoms-wrong-place', 'guide.mdx'), line: 11, problem: expect.stringMatching(/^<Symptom id="calibration-off"> is on a page of kind "guide": symptoms lead to pitfalls/) },
      { file: file('symptoms-wrong-place', 'pitfalls/alpha.mdx'), line: 25, problem: expect.stringMatching(/^<Symptom id="calibration-off"> is written twice on this page/) },
    ]);
  });

  it('an invalid vocabulary: a repeated id, a phrase too short, an unknown field', async () => {
    const vocabulary = file('symptoms-bad-vocabulary', 'symptoms.yaml');
    expect(await errorsOf('symptoms-bad-vocabulary')).toEqual([
      { file: vocabulary, line: 13, problem: expect.stringMatching(/^symptom 4, field "phrase": .*10/) },
      { file: vocabulary, line: 15, problem: expect.stringMatching(/^symptom 5, field "severity": Unrecognized key/) },
      { file: vocabulary, line: 9, problem: 'symptom id "calibration-off" is already used at line 6: ids are unique. Merge the two or rename one.' },
    ]);
  });

  it('a <Symptom> when content/symptoms.yaml does not exist', async () => {
    expect(await errorsOf('symptoms-no-vocabulary')).toEqual([
      { file: file('symptoms-no-vocabulary', 'pitfalls/alpha.mdx'), line: 15, problem: expect.stringMatching(/content\/symptoms\.yaml does not exist: create it/) },
    ]);
  });
});
