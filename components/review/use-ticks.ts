import { useCallback, useSyncExternalStore } from 'react';
import { NO_TICKS, readTicks, subscribeTicks } from '@/lib/review/tick-store';

/** The ticked items of one checklist; nothing is ticked on the server and during hydration. */
export function useTicks(key: string): ReadonlySet<string> {
  const read = useCallback(() => readTicks(key), [key]);
  return useSyncExternalStore(subscribeTicks, read, () => NO_TICKS);
}
