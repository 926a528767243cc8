import type { Theme } from './themes';

/** A rendering's file name: content-addressed, so a changed diagram can never be served a stale file. */
export function renderingName(hash: string, theme: Theme): string {
  return `${hash}-${theme}.svg`;
}

/** The URL path of a rendering on the site, before the base path (Next copies public/ into the export). */
export function renderingUrl(hash: string, theme: Theme): string {
  return `/diagrams/${renderingName(hash, theme)}`;
}
