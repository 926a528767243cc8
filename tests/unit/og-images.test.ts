import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/content/build';
import { ContentErrors } from '@/lib/content/errors';
import type { SiteData } from '@/lib/content/types';
import { MissingGlyphsError, OG_PALETTE, ogCardSvg } from '@/lib/export/og-image';
import { OG_HEIGHT, OG_WIDTH, ogImagePath, ogPages, type OgCard } from '@/lib/export/og-pages';
import { writeOgImages } from '@/lib/export/og-store';
import { SITE_DATA_FILE } from '@/lib/content/paths';
import { builtPages, contentPages, ROOT, type BuiltPage } from '../helpers/built-site';
import { FIXTURES } from '../helpers/content-fixtures';

const meta = (page: BuiltPage, selector: string) => page.doc.querySelector(selector)?.getAttribute('content') ?? undefined;

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('link-preview images in the export', () => {
  const pages = builtPages('out');

  it('every HTML page names a 1200×630 PNG of the export as og:image and twitter:image, with its size and alt', () => {
    for (const page of pages) {
      const image = meta(page, 'meta[property="og:image"]');
      expect(image, page.urlPath).toMatch(/^http:\/\/localhost:3000\/og\/.+\.png$/);
      expect(meta(page, 'meta[name="twitter:image"]'), page.urlPath).toBe(image);
      expect(meta(page, 'meta[name="twitter:card"]'), page.urlPath).toBe('summary_large_image');
      expect(meta(page, 'meta[property="og:image:width"]'), page.urlPath).toBe(String(OG_WIDTH));
      expect(meta(page, 'meta[property="og:image:height"]'), page.urlPath).toBe(String(OG_HEIGHT));
      expect(meta(page, 'meta[property="og:image:alt"]'), page.urlPath).toMatch(/^ML System Design Atlas · [A-Z][a-z]+/);
      const file = path.join(ROOT, 'out', new URL(image!).pathname);
      expect(existsSync(file), `${page.urlPath}: ${image} is not in out/`).toBe(true);
      expect(pngSize(readFileSync(file)), image).toEqual({ width: 1200, height: 630 });
    }
  });

  it('each page has its own image: another URL and other pixels, showing its own title', () => {
    const own = contentPages(pages).concat(pages.filter((p) => p.urlPath === '/search/'));
    const urls = own.map((p) => meta(p, 'meta[property="og:image"]')!);
    expect(new Set(urls).size).toBe(own.length);
    const digests = urls.map((u) => createHash('sha256').update(readFileSync(path.join(ROOT, 'out', new URL(u).pathname))).digest('hex'));
    expect(new Set(digests).size).toBe(own.length);
    for (const page of own) expect(meta(page, 'meta[property="og:image:alt"]'), page.urlPath).toContain(page.doc.querySelector('h1')!.text.trim());
    // A redirect for an earlier id previews as the page it leads to.
    const redirect = pages.find((p) => p.urlPath === '/systems/search-ranking/')!;
    expect(meta(redirect, 'meta[property="og:image"]')).toBe('http://localhost:3000/og/systems/search-and-ranking.png');
  });

  it('the base-path build names its images under SITE_URL and BASE_PATH', () => {
    const page = builtPages('out-base').find((p) => p.urlPath === '/pitfalls/label-leakage/')!;
    const image = meta(page, 'meta[property="og:image"]');
    expect(image).toBe('https://docs.example.com/atlas/og/pitfalls/label-leakage.png');
    expect(meta(page, 'meta[name="twitter:image"]')).toBe(image);
    expect(existsSync(path.join(ROOT, 'out-base/og/pitfalls/label-leakage.png'))).toBe(true);
  });
});

/** Whether any pixel in the rectangle differs from the card's background. */
function inkIn(pixels: Buffer, x0: number, y0: number, x1: number, y1: number): boolean {
  const bg = Number.parseInt(OG_PALETTE.background.slice(1), 16);
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * OG_WIDTH + x) * 4;
      if (((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]) !== bg) return true;
    }
  }
  return false;
}

async function pixelsOf(card: OgCard): Promise<Buffer> {
  const image = new Resvg(await ogCardSvg(card)).render();
  expect([image.width, image.height]).toEqual([OG_WIDTH, OG_HEIGHT]);
  return image.pixels;
}

describe('the card', () => {
  const site = JSON.parse(readFileSync(path.join(ROOT, SITE_DATA_FILE), 'utf8')) as SiteData;
  const longest = (field: 'title' | 'summary') => ogPages(site).reduce((a, b) => (b[field].length > a[field].length ? b : a));

  it.each([
    ['the longest title in the content', longest('title')],
    ['the longest summary in the content', longest('summary')],
    ['a title and a summary far longer than any page has', { kind: 'Pitfall', title: 'Training–serving skew '.repeat(8), summary: 'Features computed one way offline and another online. '.repeat(10) }],
  ])('keeps %s inside its margins (clamped, never overflowing)', async (_, card) => {
    const pixels = await pixelsOf(card);
    // Text sits 72 px from the sides and at least 40 px above the bottom edge.
    expect(inkIn(pixels, OG_WIDTH - 60, 20, OG_WIDTH, OG_HEIGHT), 'right margin').toBe(false);
    expect(inkIn(pixels, 0, 20, 60, OG_HEIGHT), 'left margin').toBe(false);
    expect(inkIn(pixels, 0, OG_HEIGHT - 40, OG_WIDTH, OG_HEIGHT), 'bottom margin').toBe(false);
    // …and the text is there at all.
    expect(inkIn(pixels, 72, 200, OG_WIDTH - 72, 400)).toBe(true);
  });

  it('draws en dashes, curly quotes, ×, → and ≥ (no missing glyphs), and refuses what no font has', async () => {
    await expect(ogCardSvg({ kind: 'Decision', title: 'Batch – real-time “quotes” × 8-bit → ok', summary: 'Café naïve ≥ 100 ms ≤ 5% … ‘single’.' })).resolves.toMatch(/^<svg/);
    await expect(ogCardSvg({ kind: 'Pitfall', title: 'Emoji 🎯', summary: 'Kanji 漢字' })).rejects.toThrow(MissingGlyphsError);
  });
});

/** An oklch() colour of app/globals.css as sRGB channels (the CSS Color 4 conversion). */
function oklchToRgb(l: number, c: number, h: number): number[] {
  const [a, b] = [c * Math.cos((h * Math.PI) / 180), c * Math.sin((h * Math.PI) / 180)];
  const [lms1, lms2, lms3] = [l + 0.3963377774 * a + 0.2158037573 * b, l - 0.1055613458 * a - 0.0638541728 * b, l - 0.0894841775 * a - 1.291485548 * b].map((x) => x ** 3);
  const linear = [
    4.0767416621 * lms1 - 3.3077115913 * lms2 + 0.2309699292 * lms3,
    -1.2684380046 * lms1 + 2.6097574011 * lms2 - 0.3413193965 * lms3,
    -0.0041960863 * lms1 - 0.7034186147 * lms2 + 1.707614701 * lms3,
  ];
  return linear.map((x) => Math.min(1, Math.max(0, x))).map((x) => Math.round(255 * (x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055)));
}

it("the card's accent colours are the site's (app/globals.css)", () => {
  const css = readFileSync(path.join(ROOT, 'app/globals.css'), 'utf8');
  for (const [name, hex] of [['50', OG_PALETTE.accent50], ['700', OG_PALETTE.accent700], ['800', OG_PALETTE.accent800]]) {
    const [l, c, h] = new RegExp(`--color-accent-${name}: oklch\\(([\\d.]+) ([\\d.]+) ([\\d.]+)\\)`).exec(css)!.slice(1).map(Number);
    const rgb = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    oklchToRgb(l, c, h).forEach((channel, i) => expect(Math.abs(channel - rgb[i]), `accent-${name}`).toBeLessThanOrEqual(2));
  }
});

describe('rendering and its cache', () => {
  it('renders each card once: a second run and a second build read the cache', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'og-'));
    try {
      const cards = [
        { path: '/', title: 'ML System Design Atlas', kind: 'Overview', summary: 'Home.', file: 'content/index.mdx' },
        { path: '/pitfalls/a/', title: 'A', kind: 'Pitfall', summary: 'First.', file: 'content/pitfalls/a.mdx' },
      ];
      const cache = path.join(dir, 'cache');
      const first = await writeOgImages(cards, path.join(dir, 'public'), ROOT, cache);
      expect(first).toMatchObject({ pages: 2, rendered: 2 });
      expect(existsSync(path.join(dir, 'public', ogImagePath('/pitfalls/a/')))).toBe(true);
      expect((await writeOgImages(cards, path.join(dir, 'public'), ROOT, cache)).rendered).toBe(0);
      const edited = [cards[0], { ...cards[1], summary: 'Changed.' }];
      expect((await writeOgImages(edited, path.join(dir, 'other'), ROOT, cache)).rendered).toBe(1);
      expect(readFileSync(path.join(dir, 'public/og/index.png'))).toEqual(readFileSync(path.join(dir, 'other/og/index.png')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops the build on a character no card font has, naming the file, the line and the fix', async () => {
    const data = await buildContent(path.join(FIXTURES, 'preview-glyph'), ROOT);
    const dir = mkdtempSync(path.join(tmpdir(), 'og-'));
    try {
      const error = await writeOgImages(ogPages(data), path.join(dir, 'public'), ROOT, path.join(dir, 'cache')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ContentErrors);
      const [problem] = (error as ContentErrors).errors;
      expect(problem).toMatchObject({ file: 'tests/fixtures/content/preview-glyph/entry.mdx', line: 3 });
      expect(problem.problem).toMatch(/The summary: no font of the link-preview card can draw “🎯” \(U\+1F3AF\); write it another way/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
