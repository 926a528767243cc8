/**
 * Ticked review items, kept in the browser's localStorage under one key per checklist (a page path, or the
 * builder's canonical query), so a reload or a shared machine keeps each checklist's own state. Browser only.
 */
const PREFIX = 'atlas:review-ticks:';
const CHANGE = 'atlas:review-ticks';
const EMPTY: ReadonlySet<string> = new Set();
const snapshots = new Map<string, { raw: string | null; set: ReadonlySet<string> }>();

export function readTicks(key: string): ReadonlySet<string> {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(PREFIX + key);
  } catch {
    return EMPTY;
  }
  // useSyncExternalStore needs the same object while nothing changed.
  const cached = snapshots.get(key);
  if (cached && cached.raw === raw) return cached.set;
  let set = EMPTY;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (Array.isArray(parsed)) set = new Set(parsed.filter((x): x is string => typeof x === 'string'));
  } catch {
    // A corrupt entry reads as "nothing ticked" rather than breaking the page.
  }
  snapshots.set(key, { raw, set });
  return set;
}

export function writeTicks(key: string, ticks: ReadonlySet<string>): void {
  try {
    if (ticks.size === 0) window.localStorage.removeItem(PREFIX + key);
    else window.localStorage.setItem(PREFIX + key, JSON.stringify([...ticks].sort()));
  } catch {
    // Storage full or disabled (private mode): ticks then last for this page view only.
  }
  window.dispatchEvent(new Event(CHANGE));
}

export function setTick(key: string, id: string, ticked: boolean): void {
  const next = new Set(readTicks(key));
  if (ticked) next.add(id);
  else next.delete(id);
  writeTicks(key, next);
}

/** Calls back when ticks change in this tab or another. */
export function subscribeTicks(callback: () => void): () => void {
  window.addEventListener(CHANGE, callback);
  window.addEventListener('storage', callback);
  return () => {
    window.removeEventListener(CHANGE, callback);
    window.removeEventListener('storage', callback);
  };
}

export const NO_TICKS = EMPTY;
