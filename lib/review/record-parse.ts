import { parseRecordJson } from './record-json';
import { parseRecordMarkdown } from './record-markdown';
import type { ImportedRecord } from './record-import';

/** Reads an exported review, JSON or Markdown, told apart by its first character. */
export function parseRecord(text: string): ImportedRecord {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  return trimmed.startsWith('{') ? parseRecordJson(trimmed) : parseRecordMarkdown(trimmed);
}
