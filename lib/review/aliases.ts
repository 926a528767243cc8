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
