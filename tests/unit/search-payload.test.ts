import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchFile, searchRecords } from '@/lib/search/build-index';
import { SearchEngine } from '@/lib/search/engine';
import { words } from '@/lib/search/normalize';
import { packWords, SEARCH_INDEX_PATH, SEARCH_TEXT_DIR, unpackWords, type SearchIndexFile } from '@/lib/search/payload';
import type { SearchRecord } from '@/lib/search/records';
import type { SiteData } from '@/lib/content/types';
import { ROOT } from '../helpers/built-site';

const record = (url: string, heading: string, text: string): SearchRecord => ({ url, page: 'Label Leakage', summary: 'Future data in training.', heading, parent: '', kind: 'pitfall', pageKind: 'pitfall', tags: [], text });

describe('the search file', () => {
  it('packs word positions without separators and unpacks them exactly, at any size', () => {
    const positions = [0, 1, 59, 60, 61, 1979, 1980, 1981, 5000, 123_456, 0, 7];
    expect(unpackWords(packWords(positions))).toEqual(positions);
    // The most frequent words take one character each.
    expect(packWords([0, 1, 2, 59])).toHaveLength(4);
    expect(JSON.parse(JSON.stringify(packWords(Array.from({ length: 3000 }, (_, i) => i))))).toBe(packWords(Array.from({ length: 3000 }, (_, i) => i)));
  });

  it('a section without its text is found and ranked the same, its snippet pending until the text is given', () => {
    const records = [record('/a/', '', 'Label leakage puts future information in training.'), record('/a/#fix', 'Fix', 'Split by time.'), record('/a/#none', 'Empty', '')];
    const { texts, ...index } = buildSearchFile(records);
    const full = SearchEngine.fromFile(JSON.parse(JSON.stringify({ ...index, texts })));
    const bare = SearchEngine.fromFile(JSON.parse(JSON.stringify(index)));
    const [withText, without] = [full.search('leakage'), bare.search('leakage')];
    expect(without.hits.map((h) => [h.url, h.score])).toEqual(withText.hits.map((h) => [h.url, h.score]));
    expect(without.hits[0]).toMatchObject({ pending: true, snippet: [] });
    const given = bare.withTexts(without, new Map([[0, texts[0]]]));
    expect(given.hits[0]).toMatchObject({ pending: false, snippet: withText.hits[0].snippet });
    expect(given.groups[0].hits[0]).toBe(given.hits[0]);
    // A section with no text needs no file: its snippet is the page's summary at once.
    expect(bare.search('empty').hits[0]).toMatchObject({ url: '/a/#none', pending: false, snippet: [{ text: 'Future data in training.' }] });
    expect(bare.textUrl(1)).toBe(`${SEARCH_TEXT_DIR}/${index.version}/1.txt`);
  });
});

describe('the built search files', () => {
  const out = (p: string) => path.join(ROOT, 'out', p);
  const index = JSON.parse(readFileSync(out(SEARCH_INDEX_PATH), 'utf8')) as SearchIndexFile;
  const site = JSON.parse(readFileSync(path.join(ROOT, '.content/site.json'), 'utf8')) as SiteData;
  const records = searchRecords(site);

  it('the index carries each text as its words and no prose; each text is a file of its own', () => {
    expect(index.texts).toBeUndefined();
    const files = new Set(readdirSync(out(`${SEARCH_TEXT_DIR}/${index.version}`)).filter((f) => f.endsWith('.txt')));
    records.forEach((r, id) => {
      expect(unpackWords(index.sections[id][4]).map((p) => index.vocabulary[p])).toEqual(words(r.text));
      if (r.text) expect(readFileSync(out(`${SEARCH_TEXT_DIR}/${index.version}/${id}.txt`), 'utf8')).toBe(r.text);
      else expect(files.has(`${id}.txt`)).toBe(false);
    });
    expect(files.size).toBe(records.filter((r) => r.text).length);
    // A sentence of prose is not in the index (its words are, as positions).
    const long = records.find((r) => r.text.length > 400)!;
    expect(readFileSync(out(SEARCH_INDEX_PATH), 'utf8')).not.toContain(long.text.slice(0, 60));
  });
});
