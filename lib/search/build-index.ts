import { createHash } from 'node:crypto';
import type { SiteData } from '../content/types';
import { packWords, SEARCH_FORMAT, type PackedPage, type PackedSection, type SearchIndexFile } from './payload';
import { words } from './normalize';
import { PHASE_LABEL } from '../review/model';
import type { SearchKind, SearchRecord } from './records';
import { symptomRecords } from '../symptoms/search-records';

/** One record per section of every page: the page's intro (text before the first heading) and each h2/h3. */
export function searchRecords(data: SiteData): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const entry of data.entries) {
    const base = { page: entry.title, kind: entry.kind as SearchKind, pageKind: entry.kind, tags: entry.tags, summary: entry.summary };
    const intro = entry.sections.find((s) => !s.id)?.text ?? '';
    records.push({ ...base, url: entry.path, heading: '', parent: '', text: intro });
    let parent = '';
    for (const section of entry.sections) {
      if (!section.id) continue;
      if (section.depth === 2) parent = section.heading ?? '';
      records.push({ ...base, url: `${entry.path}#${section.id}`, heading: section.heading ?? '', parent: section.depth === 3 ? parent : '', text: section.text });
    }
    // Each review question is a record of its own: found by its words, it leads to its own anchor.
    for (const item of entry.reviewItems) {
      records.push({ ...base, kind: 'question', url: `${entry.path}#${item.id}`, heading: item.text, parent: '', text: `${item.why} ${PHASE_LABEL[item.phase]}. ${item.section.title}.` });
    }
  }
  return [...records, ...symptomRecords(data)];
}

/**
 * Packs the records into what the browser loads: each page once, then its sections, each text as its words
 * (positions in a vocabulary, most frequent first, so the common words take one character). `texts` keeps the
 * prose for snippets; writeSearchFiles serves it one file per record.
 */
export function buildSearchFile(records: SearchRecord[], synonyms: string[][] = []): SearchIndexFile & { texts: string[] } {
  const pages: PackedPage[] = [];
  const pageIds = new Map<string, number>();
  const textWords = records.map((r) => words(r.text));
  const frequency = new Map<string, number>();
  for (const list of textWords) for (const word of list) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const vocabulary = [...frequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  const position = new Map(vocabulary.map((word, i) => [word, i]));
  const sections: PackedSection[] = records.map((r, i) => {
    const [path, anchor = ''] = r.url.split('#');
    let id = pageIds.get(path);
    if (id === undefined) {
      pageIds.set(path, (id = pages.length));
      pages.push([path, r.page, r.pageKind, r.tags, r.summary]);
    }
    const packed = packWords(textWords[i].map((word) => position.get(word)!));
    // A record whose kind is not its page's (a review question) says so; the rest inherit the page's.
    return r.kind === pages[id][2] ? [id, anchor, r.heading, r.parent, packed] : [id, anchor, r.heading, r.parent, packed, r.kind];
  });
  const texts = records.map((r) => r.text);
  // Names the folder of this build's texts and index parts: any change to what is shipped changes it.
  const version = createHash('sha256').update(JSON.stringify([texts, pages, sections, synonyms])).digest('hex').slice(0, 12);
  return { format: SEARCH_FORMAT, version, vocabulary, pages, sections, ...(synonyms.length ? { synonyms } : {}), texts };
}
