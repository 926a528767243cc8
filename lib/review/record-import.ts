import { resolveItemId, type ItemAliases } from './aliases';
import { parseChoice, type ReviewChoice } from './choice';
import { itemVersion } from './item-version';
import type { SystemProfile } from './applicability';
import type { ItemRecord, ListScope, OwnItem, RecordItem, ReviewRecord } from './record';
import { filteredItems } from './review-list';

/** A bad import: the message says what is wrong and, where it can, on which line and what to do. */
export class ImportError extends Error {}

/** A record as read from a file, before its ids are matched against today's atlas. */
export interface ImportedRecord {
  name: string;
  choiceQuery: string;
  list: ListScope;
  created: string;
  updated: string;
  atlas: string;
  /** By item id as written (possibly retired since). */
  records: Record<string, ItemRecord>;
  own: OwnItem[];
  /** The version of each atlas item the record listed, when it was written. */
  seen: Record<string, string>;
}

/** The header both formats share: name, choice (its canonical query), list, dates and atlas version. */
export function parseHeader(raw: string, line?: number): ImportedRecord {
  const where = line ? `Line ${line}: ` : '';
  let header: unknown;
  try {
    header = JSON.parse(raw);
  } catch (error) {
    throw new ImportError(`${where}the review's header is not valid JSON (${(error as Error).message}). Export the review again rather than editing this part.`);
  }
  const h = header as Record<string, unknown>;
  const text = (key: string) => {
    if (typeof h[key] !== 'string') throw new ImportError(`${where}the review's header has no "${key}". Export the review again rather than editing this part.`);
    return h[key] as string;
  };
  const list = h.list === 'full' ? 'full' : 'core';
  return { name: text('name'), choiceQuery: text('choice'), list, created: text('created'), updated: text('updated'), atlas: text('atlas'), records: {}, own: [], seen: {} };
}

/** What changed in the atlas between the record and today, for the items the record's choice concerns. */
export interface ImportReport {
  /** Items on today's list for the record's choice that the record did not list. */
  added: RecordItem[];
  /** Items whose wording or pass criterion changed since the record was written. */
  changed: RecordItem[];
  /** Ids the atlas retired since: where each went (undefined: removed, its status and note are dropped). */
  retired: { from: string; to?: RecordItem; dropped?: ItemRecord }[];
}

/**
 * Matches an imported record with today's atlas: retired ids move to the item that took them over (unless that
 * item has a record of its own), and the report lists what was added, changed and retired since.
 */
export function restoreRecord(
  imported: ImportedRecord,
  options: { id: string; items: readonly RecordItem[]; aliases: ItemAliases; systems: readonly (SystemProfile & { id: string })[]; atlas: string },
): { review: ReviewRecord; report: ImportReport } {
  const byId = new Map(options.items.map((item) => [item.id, item]));
  const ids = new Set(byId.keys());
  const choice: ReviewChoice = parseChoice(new URLSearchParams(imported.choiceQuery), options.systems.map((s) => s.id));
  const records: Record<string, ItemRecord> = {};
  const report: ImportReport = { added: [], changed: [], retired: [] };
  const ownIds = new Set(imported.own.map((o) => o.id));
  // Current ids keep their own record first, so a retired alias never overwrites what the team wrote on its successor.
  for (const [id, record] of Object.entries(imported.records)) if (ids.has(id) || ownIds.has(id)) records[id] = record;
  for (const [id, record] of Object.entries(imported.records)) {
    if (ids.has(id) || ownIds.has(id)) continue;
    const to = resolveItemId(id, ids, options.aliases);
    if (to && !records[to]) records[to] = record;
    report.retired.push({ from: id, to: to ? byId.get(to) : undefined, dropped: to ? undefined : record });
  }
  const seenNow = new Set<string>();
  for (const [id, version] of Object.entries(imported.seen)) {
    const now = resolveItemId(id, ids, options.aliases);
    if (!now) {
      if (!report.retired.some((r) => r.from === id)) report.retired.push({ from: id });
      continue;
    }
    seenNow.add(now);
    if (now !== id && !report.retired.some((r) => r.from === id)) report.retired.push({ from: id, to: byId.get(now) });
    if (now === id && itemVersion(byId.get(now)!) !== version) report.changed.push(byId.get(now)!);
  }
  // "Added" only means something when the record says which items it listed.
  if (Object.keys(imported.seen).length > 0) {
    for (const item of filteredItems(options.items, { choice, list: imported.list }, options.systems)) if (!seenNow.has(item.id)) report.added.push(item);
  }
  const review: ReviewRecord = {
    id: options.id,
    name: imported.name,
    choice,
    list: imported.list,
    records,
    own: imported.own,
    created: imported.created,
    updated: imported.updated,
    atlas: options.atlas,
  };
  return { review, report };
}
