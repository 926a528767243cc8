import type { ReviewRecord } from './record';
import type { ReviewShelf } from './record-store';

/** Pure operations on "Your reviews"; the builder writes their result with record-store.ts. */

export function openReview(shelf: ReviewShelf, id: string): ReviewShelf {
  return shelf.reviews.some((r) => r.id === id) ? { ...shelf, open: id } : shelf;
}

/** Replaces the review with the same id, or adds it at the end. */
export function putReview(shelf: ReviewShelf, review: ReviewRecord, open = false): ReviewShelf {
  const at = shelf.reviews.findIndex((r) => r.id === review.id);
  const reviews = at < 0 ? [...shelf.reviews, review] : shelf.reviews.map((r, i) => (i === at ? review : r));
  return { reviews, open: open ? review.id : shelf.open };
}

export function renameReview(shelf: ReviewShelf, id: string, name: string, now: string): ReviewShelf {
  return { ...shelf, reviews: shelf.reviews.map((r) => (r.id === id ? { ...r, name, updated: now } : r)) };
}

/** A copy with "(copy)" after its name, opened. */
export function duplicateReview(shelf: ReviewShelf, id: string, newId: string, now: string): ReviewShelf {
  const source = shelf.reviews.find((r) => r.id === id);
  if (!source) return shelf;
  return putReview(shelf, { ...structuredClone(source), id: newId, name: `${source.name} (copy)`, created: now, updated: now }, true);
}

/** Removes a review; returns what `restoreReview` needs to undo it. The next review (or none) opens. */
export function deleteReview(shelf: ReviewShelf, id: string): { shelf: ReviewShelf; undo?: { review: ReviewRecord; index: number; wasOpen: boolean } } {
  const index = shelf.reviews.findIndex((r) => r.id === id);
  if (index < 0) return { shelf };
  const reviews = shelf.reviews.filter((r) => r.id !== id);
  const wasOpen = shelf.open === id;
  const open = wasOpen ? (reviews[Math.min(index, reviews.length - 1)]?.id ?? undefined) : shelf.open;
  return { shelf: { reviews, open }, undo: { review: shelf.reviews[index], index, wasOpen } };
}

export function restoreReview(shelf: ReviewShelf, undo: { review: ReviewRecord; index: number; wasOpen: boolean }): ReviewShelf {
  if (shelf.reviews.some((r) => r.id === undo.review.id)) return shelf;
  const reviews = [...shelf.reviews];
  reviews.splice(Math.min(undo.index, reviews.length), 0, undo.review);
  return { reviews, open: undo.wasOpen ? undo.review.id : shelf.open };
}
