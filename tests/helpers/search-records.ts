import type { SearchRecord } from '@/lib/search/records';

/**
 * A hand-made search record for engine tests: `kind` is the record's kind; a symptom or review question belongs to a
 * pitfall page, any other record to a page of its own kind.
 */
export function searchRecord(url: string, page: string, heading: string, text: string, kind: SearchRecord['kind']): SearchRecord {
  return { pageKind: kind === 'symptom' || kind === 'question' ? 'pitfall' : kind, url, page, heading, parent: '', kind, tags: [], summary: '', text };
}
