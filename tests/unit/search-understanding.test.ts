import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchFile } from '@/lib/search/build-index';
import { SearchEngine } from '@/lib/search/engine';
import type { SearchRecord } from '@/lib/search/records';
import { searchRecord } from '../helpers/search-records';
import { loadSearchSynonyms } from '@/lib/content/search-synonyms';

const record = (url: string, page: string, heading: string, text: string, kind: SearchRecord['kind'] = 'guide') => searchRecord(url, page, heading, text, kind);

function engineOf(records: SearchRecord[], synonyms: string[][] = []): SearchEngine {
  return SearchEngine.fromFile(JSON.parse(JSON.stringify(buildSearchFile(records, synonyms))));
}

const urls = (engine: SearchEngine, q: string) => engine.search(q).hits.map((h) => h.url);

describe('word forms', () => {
  const engine = engineOf([
    record('/versions/', 'Data', '', 'Keep every version of the data and the code.'),
    record('/other/', 'Code', '', 'Versioning matters when datasets change.'),
    record('/deploy/', 'Deployment', '', 'Ship the new model behind a flag.'),
  ]);

  it('finds another form of the word typed ("versioned" → version, versioning; "deploying" → Deployment)', () => {
    expect(urls(engine, 'versioned')).toEqual(expect.arrayContaining(['/versions/', '/other/']));
    expect(urls(engine, 'deploying')[0]).toBe('/deploy/');
  });

  it('ranks the exact word above another form of it', () => {
    expect(urls(engine, 'versioning')[0]).toBe('/other/');
    expect(urls(engine, 'version')[0]).toBe('/versions/');
  });
});

describe('synonyms', () => {
  const records = [
    record('/serving/#tail', 'Serving', 'Tail latency', 'The slowest requests decide the budget.'),
    record('/rollout/#ab', 'Rollout', 'A/B test', 'Split users between the models.'),
    record('/budget/#percentiles', 'Budget', 'Percentiles at p99', 'Watch p99 under load.'),
  ];
  const groups = [
    ['p99', 'tail latency'],
    ['a/b test', 'experiment'],
  ];
  const engine = engineOf(records, groups);

  it('a phrase finds the sections that use another phrase of its group, which count less than the words typed where both are alike', () => {
    expect(urls(engine, 'p99')).toEqual(['/budget/#percentiles', '/serving/#tail']);
    expect(urls(engine, 'tail latency')[0]).toBe('/serving/#tail');
    expect(urls(engine, 'tail latency')).toContain('/budget/#percentiles');
    expect(urls(engine, 'experiment')).toEqual(['/rollout/#ab']);
  });

  it('without the group the same query does not reach the other phrase', () => {
    expect(urls(engineOf(records), 'p99')).toEqual(['/budget/#percentiles']);
    expect(urls(engineOf(records), 'experiment')).toEqual([]);
  });

  it('is read from the index file and survives JSON', () => {
    expect(buildSearchFile(records, groups).synonyms).toEqual(groups);
    expect(buildSearchFile(records).synonyms).toBeUndefined();
  });
});

describe('typo correction that knows the atlas', () => {
  const engine = engineOf([
    record('/rollout/#canary', 'Rollout', 'Canary', 'A canary takes a small share of traffic. The canary is compared with the current model. Canary steps widen.'),
    record('/other/#misc', 'Other', 'Misc', 'Features carry over.'),
    record('/cold/', 'Cold Start', '', 'A cold start happens for new users.'),
    record('/strategy/', 'Strategies', '', 'Every strategy and strategies for caching.'),
  ]);

  it('prefers the word the atlas uses most among near misses at the same distance ("canry" → canary, not carry)', () => {
    const response = engine.search('canry');
    expect(response.corrections).toEqual([{ from: 'canry', to: 'canary' }]);
    expect(response.hits[0].url).toBe('/rollout/#canary');
  });

  it('corrects a word that is only a prefix of unrelated words when a near miss makes a phrase with its neighbour', () => {
    const response = engine.search('cold strat');
    expect(response.corrected).toBe('cold start');
    expect(response.hits[0].url).toBe('/cold/');
    // Alone, "strat" stays a prefix of "strategy": nothing to make a phrase with.
    expect(engine.search('strat').hits[0].url).toBe('/strategy/');
  });
});

describe('explaining pages first, informative words first', () => {
  const engine = engineOf([
    record('/', 'Atlas', 'By symptom', 'Time-based split problems and more: see the pitfalls.'),
    record('/symptoms/#split', 'Symptom navigator', 'Random split beats time split', 'time based split random', 'symptom'),
    record('/leakage/#splits', 'Label Leakage', 'Proper time-based splits', 'Split by time so the model never sees the future.', 'pitfall'),
    record('/symptoms/#only', 'Symptom navigator', 'Offline good, production worse', 'offline good production worse', 'symptom'),
    record('/rollout/#canary', 'Rollout', 'Canary', 'A canary serves the new model to a small share of traffic.'),
    record('/rollout/#deploy-a', 'Rollout', 'Stages', 'Each deployment goes through stages.'),
    record('/rollout/#deploy-b', 'Serving', 'Deployment', 'Deploy with a flag; a deployment is reversible.'),
    record('/rollout/#deploy-c', 'Edge', 'Deployment targets', 'Deployment to devices.'),
  ]);

  it('a symptom entry or the home page follows the section that explains', () => {
    expect(urls(engine, 'time-based split')[0]).toBe('/leakage/#splits');
  });

  it('a symptom still leads when nothing else has its words', () => {
    expect(urls(engine, 'offline good production worse')[0]).toBe('/symptoms/#only');
  });

  it('the rare word decides: "canary deployment" leads with Canary although it never says deploy', () => {
    expect(urls(engine, 'canary deployment')[0]).toBe('/rollout/#canary');
  });

  it('question words do not count: "why" and "my" match nothing', () => {
    expect(engine.search('why my canary').hits[0].url).toBe('/rollout/#canary');
    expect(engine.search('why my canary').counts.some).toBe(0);
  });
});

describe('content/search-synonyms.yaml', () => {
  const load = (yaml: string, occurs = (words: string[]) => words.join(' ') !== 'nowhere phrase') => {
    const dir = mkdtempSync(path.join(tmpdir(), 'synonyms-'));
    writeFileSync(path.join(dir, 'search-synonyms.yaml'), yaml);
    return loadSearchSynonyms(dir, dir, occurs);
  };

  it('reads groups of phrases', () => {
    expect(load('- [p99, tail latency]\n- [pii, personal data]\n')).toEqual({ groups: [['p99', 'tail latency'], ['pii', 'personal data']], errors: [] });
  });

  it.each([
    ['- [p99]\n', 1, /two phrases or more/],
    ['- [p99, tail latency]\n- [latency percentile, tail latency]\n', 2, /already in group 1/],
    ['- [p99, tail latency]\n- [nowhere phrase, unused words]\n', 2, /none of its phrases occurs in the atlas/],
    ['- [p99, "!!"]\n', 1, /no letters or digits/],
    ['p99: tail latency\n', 1, /must be a list of groups/],
  ])('rejects %j at line %i', (yaml, line, message) => {
    const { errors } = load(yaml, (words) => !words.join(' ').startsWith('nowhere') && !words.join(' ').startsWith('unused'));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].line).toBe(line);
    expect(errors[0].message).toMatch(message);
  });
});
