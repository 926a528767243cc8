import type { ReviewItem } from './model';

/**
 * A review item's version: a short hash of its normalized wording (question and pass criterion, whitespace
 * collapsed), so a record made earlier can tell which items changed since. Not cryptographic: it only has to
 * tell two wordings of one item apart. Synchronous and dependency-free, so the builder computes it in the browser.
 */
export function itemVersion(item: Pick<ReviewItem, 'text'> & { pass?: string }): string {
  return shortHash(`${normalize(item.text)}\n${normalize(item.pass ?? '')}`);
}

/** The version of the whole item catalogue: changes when any item is added, retired or reworded. */
export function catalogueVersion(items: readonly (Pick<ReviewItem, 'id' | 'text'> & { pass?: string })[]): string {
  return shortHash(
    items
      .map((item) => `${item.id}:${itemVersion(item)}`)
      .sort()
      .join(','),
  );
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** FNV-1a, 32 bits, as 8 hex digits. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
