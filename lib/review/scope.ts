import { CONDITION_LABEL, SERVING_LABEL, type ReviewItem } from './model';

/**
 * Where an item applies, in words: "All systems · Real-time, streaming · From Level 1 · When: labels arrive late".
 * `compact` leaves out what applies everywhere (any serving mode, Level 0), for the page the item is written on.
 */
export function describeScope(item: ReviewItem, systemTitles: ReadonlyMap<string, string>, compact = false): string[] {
  const parts = [item.systems.length ? item.systems.map((id) => systemTitles.get(id) ?? id).join(', ') : 'All systems'];
  if (item.serving.length || !compact) parts.push(item.serving.length ? item.serving.map((mode) => SERVING_LABEL[mode]).join(', ') : 'Any serving mode');
  if (item.maturity > 0 || !compact) parts.push(`From Level ${item.maturity}`);
  if (item.when.length) parts.push(`When: ${item.when.map((c) => CONDITION_LABEL[c].toLowerCase()).join(' or ')}`);
  return parts;
}
