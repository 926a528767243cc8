import type { ReviewRecord } from './record';

/**
 * "Your reviews": every review kept in this browser, under one localStorage key, with the one that is open.
 * Browser only; a snapshot object stays the same while nothing changed, as useSyncExternalStore needs.
 */
export interface ReviewShelf {
  reviews: ReviewRecord[];
  /** The open review's id. */
  open?: string;
}

const KEY = 'atlas:reviews';
const CHANGE = 'atlas:reviews-change';
/** The old store (lib/review/tick-store.ts): ticks per builder URL, migrated into reviews once. */
const OLD_TICKS = 'atlas:review-ticks:/review/';
const EMPTY: ReviewShelf = { reviews: [] };
let snapshot: { raw: string | null; shelf: ReviewShelf } | undefined;
/** Where storage is off (private mode) or full, reviews last for this page view. */
let memory: ReviewShelf | undefined;

export function readShelf(): ReviewShelf {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(KEY);
  } catch {
    return memory ?? EMPTY;
  }
  if (raw === null && memory) return memory;
  if (snapshot && snapshot.raw === raw) return snapshot.shelf;
  let shelf = EMPTY;
  try {
    const parsed = raw ? (JSON.parse(raw) as ReviewShelf) : EMPTY;
    if (parsed && Array.isArray(parsed.reviews)) shelf = { reviews: parsed.reviews.filter(isReview), open: typeof parsed.open === 'string' ? parsed.open : undefined };
  } catch {
    // A corrupt entry reads as "no reviews" rather than breaking the page; the next write replaces it.
  }
  snapshot = { raw, shelf };
  return shelf;
}

export function writeShelf(shelf: ReviewShelf): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(shelf));
    memory = undefined;
  } catch {
    memory = shelf;
  }
  window.dispatchEvent(new Event(CHANGE));
}

export function subscribeShelf(callback: () => void): () => void {
  window.addEventListener(CHANGE, callback);
  window.addEventListener('storage', callback);
  return () => {
    window.removeEventListener(CHANGE, callback);
    window.removeEventListener('storage', callback);
  };
}

export const NO_SHELF = EMPTY;

function isReview(value: unknown): value is ReviewRecord {
  const r = value as ReviewRecord;
  return Boolean(r && typeof r.id === 'string' && typeof r.name === 'string' && r.choice && Array.isArray(r.choice.when) && r.records && Array.isArray(r.own));
}

/**
 * Turns the builder's old ticks (one localStorage key per checklist URL) into reviews, a tick becoming "Met",
 * then removes those keys. Runs once: a browser that has a shelf already has nothing to migrate.
 * The static per-system pages keep their own ticks (they work without JavaScript) and are not touched.
 */
export function migrateOldTicks(storage: Storage, make: (query: string, ticks: string[]) => ReviewRecord): ReviewRecord[] {
  if (storage.getItem(KEY) !== null) return [];
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key && (key === OLD_TICKS || key.startsWith(`${OLD_TICKS}?`))) keys.push(key);
  }
  const reviews: ReviewRecord[] = [];
  for (const key of keys.sort()) {
    let ticks: unknown;
    try {
      ticks = JSON.parse(storage.getItem(key) ?? '[]');
    } catch {
      continue;
    }
    if (!Array.isArray(ticks)) continue;
    const ids = ticks.filter((t): t is string => typeof t === 'string');
    if (ids.length) reviews.push(make(key.slice(OLD_TICKS.length), ids));
  }
  for (const key of keys) storage.removeItem(key);
  return reviews;
}
