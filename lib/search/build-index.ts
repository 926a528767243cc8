import { Document } from 'flexsearch';
import type { SiteData } from '../content/types';
import { PHASE_LABEL } from '../review/model';
import { indexOptions } from './index-options';
import { SEARCH_FORMAT, type PackedRecord, type SearchIndexFile, type SearchTextFile } from './payload';
import type { SearchRecord } from './records';

/** One record per section of every page: the page's intro (summary and text before the first heading) and each h2/h3. */
export function searchRecords(data: SiteData): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const entry of data.entries) {
    const base = { page: entry.title, kind: entry.kind, tags: entry.tags };
    const intro = entry.sections.find((s) => !s.id)?.text ?? '';
    records.push({ ...base, url: entry.path, heading: '', parent: '', text: `${entry.summary} ${intro}`.trim() });
    let parent = '';
    for (const section of entry.sections) {
      if (!section.id) continue;
      if (section.depth === 2) parent = section.heading ?? '';
      records.push({ ...base, url: `${entry.path}#${section.id}`, heading: section.heading ?? '', parent: section.depth === 3 ? parent : '', text: section.text });
    }
    // Each review question is a record of its own: found by its words, it leads to its own anchor.
    for (const item of entry.reviewItems) {
      const text = `${item.why} ${PHASE_LABEL[item.phase]}. ${item.section.title}.`;
      records.push({ ...base, kind: 'question', tags: [], url: `${entry.path}#${item.id}`, heading: item.text, parent: '', text });
    }
  }
  return records;
}

/** Builds the FlexSearch index over the records and returns the two files the browser loads. */
export function buildSearchFiles(records: SearchRecord[]): { index: SearchIndexFile; text: SearchTextFile } {
  const doc = new Document(indexOptions());
  records.forEach((r, id) => {
    // An intro is found by its page title (its tags count as body text); a section by its heading path. A review
    // question's words are body text: forward-tokenizing ~200 sentence-long titles would add ~30 KB gzip.
    const question = r.kind === 'question';
    const title = question ? '' : r.heading ? `${r.parent} ${r.heading}` : r.page;
    const text = question ? `${r.heading} ${r.text}` : r.heading ? r.text : `${r.text} ${r.tags.join(' ')}`;
    doc.add({ id, title, text, kind: r.kind });
  });
  const flex: Record<string, string> = {};
  doc.export((key: string, data: string) => {
    flex[key] = data;
  });
  return {
    index: { format: SEARCH_FORMAT, records: records.map((r): PackedRecord => [r.url, r.page, r.heading, r.parent, r.kind, r.tags]), flex },
    text: { format: SEARCH_FORMAT, text: records.map((r) => r.text) },
  };
}
