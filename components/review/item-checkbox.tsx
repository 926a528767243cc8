'use client';

import { setTick } from '@/lib/review/tick-store';
import { useTicks } from './use-ticks';

/**
 * A review item's checkbox. A native checkbox, so it ticks without JavaScript; with it, the tick is kept in the
 * browser per checklist (`storageKey`) and survives a reload.
 */
export function ItemCheckbox({ storageKey, itemId }: { storageKey: string; itemId: string }) {
  const ticks = useTicks(storageKey);
  return (
    <input
      type="checkbox"
      id={`check-${itemId}`}
      className="review-check"
      checked={ticks.has(itemId)}
      onChange={(event) => setTick(storageKey, itemId, event.target.checked)}
    />
  );
}
