import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { THEMES, type Theme } from './themes';
import { renderingName } from './urls';

export { renderingName };

/** Where committed renderings live: Next copies public/ into the export, so they are served as files. */
export const DIAGRAMS_DIR = 'public/diagrams';

const FILE = /^([0-9a-f]{16})-(light|dark)\.svg$/;

export function hasRenderings(dir: string, hash: string): boolean {
  return THEMES.every((theme) => existsSync(path.join(dir, renderingName(hash, theme))));
}

/** The size a rendering is drawn at, from its root <svg> width and height (Mermaid's layout size). */
export function renderingSize(dir: string, hash: string, theme: Theme = 'light'): { width: number; height: number } {
  const svg = readFileSync(path.join(dir, renderingName(hash, theme)), 'utf8');
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error(`${path.join(dir, renderingName(hash, theme))} has no width and height on its <svg>.`);
  return { width: Math.ceil(width), height: Math.ceil(height) };
}

/** Rendering files in `dir` that no diagram uses any more. */
export function orphanRenderings(dir: string, hashes: Iterable<string>): string[] {
  if (!existsSync(dir)) return [];
  const used = new Set(hashes);
  return readdirSync(dir)
    .filter((name) => {
      const match = FILE.exec(name);
      // Any other SVG in the folder is not something a page can reference either.
      return name.endsWith('.svg') && (!match || !used.has(match[1]));
    })
    .sort();
}

export function deleteRenderings(dir: string, names: string[]): void {
  for (const name of names) rmSync(path.join(dir, name));
}
