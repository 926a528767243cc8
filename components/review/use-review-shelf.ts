import { useSyncExternalStore } from 'react';
import { NO_SHELF, readShelf, subscribeShelf, type ReviewShelf } from '@/lib/review/record-store';

/** "Your reviews" in this browser; empty on the server and during hydration. */
export function useReviewShelf(): ReviewShelf {
  return useSyncExternalStore(subscribeShelf, readShelf, () => NO_SHELF);
}
