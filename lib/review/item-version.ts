import { reviewItemCitationText, textVersion } from '../citations/section-version';
import type { ReviewItem } from './model';

/**
 * A review item's version, as citations version it (lib/citations/section-version.ts: its severity, question and
 * why, formatting-only edits aside), so a record made earlier can tell which items changed since.
 */
export function itemVersion(item: Pick<ReviewItem, 'severity' | 'text' | 'why'>): string {
  return textVersion(reviewItemCitationText(item));
}

/** The version of the whole item catalogue: changes when any item is added, retired or reworded. */
export function catalogueVersion(items: readonly Pick<ReviewItem, 'id' | 'severity' | 'text' | 'why'>[]): string {
  return shortHash(
    items
      .map((item) => `${item.id}:${itemVersion(item)}`)
      .sort()
      .join(','),
  );
}

/** FNV-1a, 32 bits, as 8 hex digits: names the catalogue (a list of versions), not a text. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
