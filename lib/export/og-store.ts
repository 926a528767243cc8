// Writes every page's link-preview image into public/og/ (Next copies public/ into the export), rendering only
// cards not rendered before: renderings are cached by content hash in .cache/og/, so a second build (CI builds
// twice: base path and root) and a build that changed no title or summary render nothing.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ContentError, ContentErrors } from '../content/errors';
import { lineOf } from '../content/source-lines';
import { MissingGlyphsError, OG_FONT_FILES, ogCardPng, ogCardTree } from './og-image';
import { OG_DIR, ogImagePath, type OgCard, type OgPage } from './og-pages';

export const OG_CACHE_DIR = '.cache/og';

const require = createRequire(import.meta.url);
// What else decides the pixels besides the card's tree: the renderers' and the fonts' versions.
const RENDERER = ['satori', '@resvg/resvg-js', '@fontsource/inter', '@fontsource/dejavu-sans'].map(
  (name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`,
);

/** The hash of everything that decides a card's pixels: its element tree (text, layout, palette), renderers, fonts. */
export function ogCardHash(card: OgCard): string {
  return createHash('sha256')
    .update(JSON.stringify({ tree: ogCardTree(card), renderer: RENDERER, fonts: OG_FONT_FILES }))
    .digest('hex')
    .slice(0, 16);
}

export interface OgStats {
  pages: number;
  /** Cards rendered by this run (the rest came from the cache). */
  rendered: number;
  /** Time spent rendering, in ms. */
  renderMs: number;
  /** Size of each image, in bytes. */
  sizes: number[];
}

/** Renders what is missing, then writes `<publicDir>/og/<path>.png` for every page (a fresh folder: nothing stale). */
export async function writeOgImages(pages: OgPage[], publicDir: string, root: string, cacheDir = path.join(root, OG_CACHE_DIR)): Promise<OgStats> {
  const seen = new Map<string, string>();
  for (const page of pages) {
    const image = ogImagePath(page.path);
    const other = seen.get(image);
    if (other) throw new Error(`The pages ${other} and ${page.path} would share the link-preview image ${image}.`);
    seen.set(image, page.path);
  }
  mkdirSync(cacheDir, { recursive: true });
  const hashes = pages.map(ogCardHash);
  const errors: ContentError[] = [];
  let rendered = 0;
  const started = performance.now();
  for (const [i, page] of pages.entries()) {
    const cached = path.join(cacheDir, `${hashes[i]}.png`);
    if (existsSync(cached)) continue;
    try {
      writeFileSync(cached, await ogCardPng(page));
      rendered++;
    } catch (error) {
      if (!(error instanceof MissingGlyphsError)) throw error;
      errors.push(glyphError(page, error, root));
    }
  }
  const renderMs = Math.round(performance.now() - started);
  if (errors.length) throw new ContentErrors(errors);

  const target = path.join(publicDir, OG_DIR);
  rmSync(target, { recursive: true, force: true });
  const sizes = pages.map((page, i) => {
    const file = path.join(publicDir, ogImagePath(page.path));
    mkdirSync(path.dirname(file), { recursive: true });
    copyFileSync(path.join(cacheDir, `${hashes[i]}.png`), file);
    return statSync(file).size;
  });
  // Renderings no page uses any more go, so the cache does not grow with every edit.
  const used = new Set(hashes.map((h) => `${h}.png`));
  for (const name of readdirSync(cacheDir)) if (!used.has(name)) rmSync(path.join(cacheDir, name));
  return { pages: pages.length, rendered, renderMs, sizes };
}

/** A character no card font can draw: an error on the entry's title or summary line, or on the page's code. */
function glyphError(page: OgPage, error: MissingGlyphsError, root: string): ContentError {
  const field = [...error.text].some((c) => page.title.includes(c)) ? 'title' : 'summary';
  const fix = `write it another way (its link-preview image would show a box), or add a font that has it in lib/export/og-image.ts.`;
  if (!page.file.endsWith('.mdx')) return new ContentError(page.file, `The ${field} of ${page.path}: ${error.message}; ${fix}`);
  const line = lineOf(readFileSync(path.join(root, page.file), 'utf8'), `${field}:`);
  return new ContentError(page.file, `The ${field}: ${error.message}; ${fix}`, line);
}
