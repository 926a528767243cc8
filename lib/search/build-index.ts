import type { SiteData } from '../content/types';
import { SEARCH_FORMAT, type PackedPage, type PackedSection, type SearchIndexFile } from './payload';
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

/** Packs the records into the one file the browser loads: each page once, then its sections. */
export function buildSearchFile(records: SearchRecord[]): SearchIndexFile {
  const pages: PackedPage[] = [];
  const pageIds = new Map<string, number>();
  const sections: PackedSection[] = records.map((r) => {
    const [path, anchor = ''] = r.url.split('#');
    let id = pageIds.get(path);
    if (id === undefined) {
      pageIds.set(path, (id = pages.length));
      pages.push([path, r.page, r.pageKind, r.tags, r.summary]);
    }
    // A record whose kind is not its page's (a review question) says so; the rest inherit the page's.
    return r.kind === pages[id][2] ? [id, anchor, r.heading, r.parent, r.text] : [id, anchor, r.heading, r.parent, r.text, r.kind];
  });
  return { format: SEARCH_FORMAT, pages, sections };
}
