'use client';

import { useEffect, type Dispatch, type SetStateAction } from 'react';
import type { SearchEngine, SearchHit } from '@/lib/search/engine';
import { loadTexts } from '@/lib/search/load-texts';

/** Section texts loaded for snippets, by id (SearchEngine.withTexts). */
export type SnippetTexts = ReadonlyMap<number, string>;
export const NO_TEXTS: SnippetTexts = new Map();

/**
 * Loads the texts of the shown hits whose snippets are pending and adds them to `setTexts`' state. The results never
 * wait for a text, and the requests start after the keystroke's render (a 0 ms timeout), not inside it.
 */
export function useSnippetTexts(engine: SearchEngine | undefined, shown: SearchHit[], setTexts: Dispatch<SetStateAction<SnippetTexts>>): void {
  const pending = shown.filter((hit) => hit.pending).map((hit) => hit.id).join(',');
  useEffect(() => {
    if (!engine || !pending) return;
    let current = true;
    const start = setTimeout(() => loadTexts(engine, pending.split(',').map(Number)).then((loaded) => current && setTexts((before) => new Map([...before, ...loaded]))));
    return () => {
      current = false;
      clearTimeout(start);
    };
  }, [engine, pending, setTexts]);
}
