'use client';

import { useEffect, type Dispatch, type SetStateAction } from 'react';
import type { SearchEngine, SearchHit } from '@/lib/search/engine';
import { loadTexts } from '@/lib/search/load-texts';

/** Section texts loaded for snippets, by id: an option of the search (SearchOptions.texts). */
export type SnippetTexts = ReadonlyMap<number, string>;
export const NO_TEXTS: SnippetTexts = new Map();

/**
 * Loads the texts of the shown hits whose snippets are pending and adds them to `setTexts`' state; the search runs
 * again with them. The results themselves never wait for a text.
 */
export function useSnippetTexts(engine: SearchEngine | undefined, shown: SearchHit[], setTexts: Dispatch<SetStateAction<SnippetTexts>>): void {
  const pending = shown.filter((hit) => hit.pending).map((hit) => hit.id).join(',');
  useEffect(() => {
    if (!engine || !pending) return;
    let current = true;
    loadTexts(engine, pending.split(',').map(Number)).then((loaded) => current && setTexts((before) => new Map([...before, ...loaded])));
    return () => {
      current = false;
    };
  }, [engine, pending, setTexts]);
}
