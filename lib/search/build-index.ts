import type { SiteData } from '../content/types';
import { SEARCH_FORMAT, type PackedPage, type PackedSection, type SearchIndexFile } from './payload';
import type { SearchRecord } from './records';

/** One record per section of every page: the page's intro (text before the first heading) and each h2/h3. */
export function searchRecords(data: SiteData): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const entry of data.entries) {
    const base = { page: entry.title, kind: entry.kind, tags: entry.tags, summary: entry.summary };
    const intro = entry.sections.find((s) => !s.id)?.text ?? '';
    records.push({ ...base, url: entry.path, heading: '', parent: '', text: intro });
    let parent = '';
    for (const section of entry.sections) {
      if (!section.id) continue;
      if (section.depth === 2) parent = section.heading ?? '';
      records.push({ ...base, url: `${entry.path}#${section.id}`, heading: section.heading ?? '', parent: section.depth === 3 ? parent : '', text: section.text });
    }
  }
  return records;
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
      pages.push([path, r.page, r.kind, r.tags, r.summary]);
    }
    return [id, anchor, r.heading, r.parent, r.text];
  });
  return { format: SEARCH_FORMAT, pages, sections };
}
