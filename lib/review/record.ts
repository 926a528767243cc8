import type { ReviewChoice } from './choice';
import type { Phase, ReviewItem, Severity } from './model';

/**
 * The review record: what a team decided about each item, kept apart from the filter that lists items. Statuses and
 * notes are keyed by item id, so narrowing or widening the list never hides or loses them. No React, no storage.
 */
export const STATUSES = ['met', 'partly', 'not-met', 'na'] as const;
export type Status = (typeof STATUSES)[number];
/** The radio labels; the contract names them exactly. */
export const STATUS_LABEL: Record<Status, string> = { met: 'Met', partly: 'Partly', 'not-met': 'Not met', na: 'N/A' };
export const NO_STATUS_LABEL = 'Not reviewed';

/** An item a team adds to its own review: not in the atlas, so it carries its own text, phase and severity. */
export interface OwnItem {
  /** "own-1", "own-2"…: unique within the review (a deleted item's record goes with it). */
  id: string;
  text: string;
  phase: Phase;
  severity: Severity;
}

/** What the team recorded about one item. */
export interface ItemRecord {
  status?: Status;
  note?: string;
}

/** Which list the review shows: the core list (the default) or every applicable item. */
export type ListScope = 'core' | 'full';

export interface ReviewRecord {
  /** Local identity of the review in this browser; not exported meaningfully across teams. */
  id: string;
  name: string;
  choice: ReviewChoice;
  list: ListScope;
  /** By item id (atlas or own). */
  records: Record<string, ItemRecord>;
  own: OwnItem[];
  /** ISO timestamps. */
  created: string;
  updated: string;
  /** The atlas's catalogue version when the review was created or last imported (item-version.ts). */
  atlas: string;
  /**
   * The version of each atlas item the review listed or recorded, as of `atlas`: how an import tells which items
   * were added, changed or retired since. Filled by the exports; a review kept in the browser tracks the live atlas.
   */
  seen?: Record<string, string>;
}

/** An atlas item as the record module sees it (pass, evidence, core and aliases come with the item schema). */
export type RecordItem = ReviewItem;

export function newReview(options: { id: string; name: string; choice: ReviewChoice; atlas: string; now: string; list?: ListScope }): ReviewRecord {
  return { id: options.id, name: options.name, choice: options.choice, list: options.list ?? 'core', records: {}, own: [], created: options.now, updated: options.now, atlas: options.atlas };
}

/** Sets (or clears, with undefined) an item's status; the note stays. */
export function withStatus(review: ReviewRecord, itemId: string, status: Status | undefined, now: string): ReviewRecord {
  return withItemRecord(review, itemId, { ...review.records[itemId], status }, now);
}

export function withNote(review: ReviewRecord, itemId: string, note: string, now: string): ReviewRecord {
  return withItemRecord(review, itemId, { ...review.records[itemId], note: note.replace(/\r\n?/g, '\n') }, now);
}

function withItemRecord(review: ReviewRecord, itemId: string, record: ItemRecord, now: string): ReviewRecord {
  const records = { ...review.records };
  const clean: ItemRecord = {};
  if (record.status) clean.status = record.status;
  if (record.note) clean.note = record.note;
  if (clean.status || clean.note) records[itemId] = clean;
  else delete records[itemId];
  return { ...review, records, updated: now };
}

export function hasRecord(review: ReviewRecord, itemId: string): boolean {
  const record = review.records[itemId];
  return Boolean(record && (record.status || record.note));
}

export function withOwnItem(review: ReviewRecord, item: Omit<OwnItem, 'id'>, now: string): ReviewRecord {
  const used = review.own.map((o) => Number(o.id.replace(/^own-/, ''))).filter(Number.isFinite);
  const next = Math.max(0, ...used) + 1;
  return { ...review, own: [...review.own, { ...item, text: item.text.trim(), id: `own-${next}` }], updated: now };
}

export function withoutOwnItem(review: ReviewRecord, ownId: string, now: string): ReviewRecord {
  const records = { ...review.records };
  delete records[ownId];
  return { ...review, own: review.own.filter((o) => o.id !== ownId), records, updated: now };
}

export function isOwnId(id: string): boolean {
  return /^own-\d+$/.test(id);
}

/** Counts of each status over a list of item ids; "open" is every id without a status. */
export function statusCounts(review: ReviewRecord, ids: readonly string[]): Record<Status | 'open', number> {
  const counts = { met: 0, partly: 0, 'not-met': 0, na: 0, open: 0 };
  for (const id of ids) counts[review.records[id]?.status ?? 'open']++;
  return counts;
}

/** A review's local id: unique in this browser, never shown. */
export function newReviewId(): string {
  return `review-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}
