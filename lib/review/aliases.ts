import type { ReviewItem } from './model';

/**
 * Resolves an item id as a link, a saved review or an imported record may carry it: the id itself while it is an
 * item, else the item that retired it (`item.aliases`, from the pages' anchor aliases), else undefined (an item
 * retired without a successor, or a typo). Items merged across pages keep working everywhere through this.
 */
export function itemIdResolver(items: readonly Pick<ReviewItem, 'id' | 'aliases'>[]): (id: string) => string | undefined {
  const byId = new Map<string, string>();
  for (const item of items) byId.set(item.id, item.id);
  for (const item of items) for (const old of item.aliases) if (!byId.has(old)) byId.set(old, item.id);
  return (id) => byId.get(id);
}

/** Retired item id → the id of the item that took it over (merged into it or renamed). */
export type ItemAliases = ReadonlyMap<string, string>;

/**
 * Retired item ids as a map the builder can carry to the browser: each item's own `aliases`, plus any anchor alias
 * (`{ from: '#old', to: '#item-id' }`) that lands on an item. A chain (a → b, b → c) resolves to c.
 */
export function itemAliases(
  items: readonly (Pick<ReviewItem, 'id'> & { aliases?: readonly string[] })[],
  anchorAliases: readonly { from: string; to: string }[] = [],
): ItemAliases {
  const ids = new Set(items.map((i) => i.id));
  const direct = new Map<string, string>();
  for (const { from, to } of anchorAliases) {
    const old = from.replace(/^#/, '');
    const target = to.replace(/^#/, '');
    if (!ids.has(old) && old !== target) direct.set(old, target);
  }
  for (const item of items) for (const old of item.aliases ?? []) if (!ids.has(old)) direct.set(old, item.id);
  const resolved = new Map<string, string>();
  for (const old of direct.keys()) {
    const target = resolveVia(direct, ids, old);
    if (target) resolved.set(old, target);
  }
  return resolved;
}

function resolveVia(direct: ReadonlyMap<string, string>, ids: ReadonlySet<string>, id: string): string | undefined {
  const seen = new Set<string>();
  let current = id;
  while (!ids.has(current)) {
    if (seen.has(current)) return undefined;
    seen.add(current);
    const next = direct.get(current);
    if (!next) return undefined;
    current = next;
  }
  return current;
}

/** The current id of an item id from any time: itself if it exists, its successor if it was retired, else undefined. */
export function resolveItemId(id: string, ids: ReadonlySet<string>, aliases: ItemAliases): string | undefined {
  return ids.has(id) ? id : aliases.get(id);
}
