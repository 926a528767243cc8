import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/**
 * The page's query string, so a tool's answers (a worksheet's, the self-assessment's) live in the URL and a link
 * shares them. Empty on the server and during hydration (the export is static), the browser's afterwards.
 */
export function useUrlQuery(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
}

/** Replaces the whole query string (`?a=1&b=2`, or '' for none) without a navigation, keeping the #anchor. */
export function replaceUrlQuery(query: string): void {
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}${window.location.hash}`);
  for (const listener of listeners) listener();
}

/** Sets (or, with an empty value, removes) one query parameter without a navigation, keeping the #anchor. */
export function setUrlQuery(name: string, value: string): void {
  const params = new URLSearchParams(window.location.search);
  if (value) params.set(name, value);
  else params.delete(name);
  const query = params.toString();
  replaceUrlQuery(query ? `?${query}` : '');
}

/** Removes the given parameters (a worksheet's "Clear answers"). */
export function clearUrlQuery(names: readonly string[]): void {
  for (const name of names) setUrlQuery(name, '');
}
