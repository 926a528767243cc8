// A page's link-preview card (Open Graph image): its facts → a 1200×630 PNG. satori lays out an element tree and
// writes SVG with the text as paths; resvg rasterizes it. Build time only: nothing here reaches the browser.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SITE_NAME } from '../site-config';
import { OG_HEIGHT, OG_WIDTH, type OgCard } from './og-pages';

// The site's light palette (app/globals.css; Tailwind's slate), as hex: satori does not read oklch().
export const OG_PALETTE = {
  background: '#ffffff',
  /** --color-accent-50 */
  accent50: '#ebf7ff',
  /** --color-accent-700: links, the skip link, the badge text */
  accent700: '#0050a2',
  /** --color-accent-800 */
  accent800: '#004085',
  /** slate-900: body text */
  text: '#0f172b',
  /** slate-600: secondary text */
  muted: '#45556c',
} as const;

const require = createRequire(import.meta.url);
// The .woff files of two npm font packages (satori reads TTF, OTF and WOFF, not WOFF2; no font is fetched).
// Inter's Latin subset has the en dash, curly quotes, × and the ellipsis, Latin Extended the accented letters;
// neither has arrows or math (→ ≥ ≈), so DejaVu Sans, whose one file covers them, is the fallback.
export const OG_FONT_FILES = [
  { name: 'Inter', weight: 400, file: '@fontsource/inter/files/inter-latin-400-normal.woff' },
  { name: 'Inter', weight: 700, file: '@fontsource/inter/files/inter-latin-700-normal.woff' },
  { name: 'Inter', weight: 400, file: '@fontsource/inter/files/inter-latin-ext-400-normal.woff' },
  { name: 'Inter', weight: 700, file: '@fontsource/inter/files/inter-latin-ext-700-normal.woff' },
  { name: 'DejaVu Sans', weight: 400, file: '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff' },
  { name: 'DejaVu Sans', weight: 700, file: '@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff' },
] as const;

type Fonts = Parameters<typeof satori>[1]['fonts'];
let fonts: Fonts | undefined;
function loadFonts(): Fonts {
  fonts ??= OG_FONT_FILES.map(({ name, weight, file }) => ({ name, weight, style: 'normal' as const, data: readFileSync(require.resolve(file)) }));
  return fonts;
}

/** Text the card's fonts cannot draw (it would show as a box): the caller turns this into a content error. */
export class MissingGlyphsError extends Error {
  constructor(readonly text: string) {
    super(`no font of the link-preview card can draw ${[...new Set(text)].map((c) => `“${c}” (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}`);
    this.name = 'MissingGlyphsError';
  }
}

// The site's mark (the favicon), drawn beside its name.
const ICON = `data:image/svg+xml;base64,${readFileSync(new URL('../../app/icon.svg', import.meta.url)).toString('base64')}`;

/** A satori element: the shape React elements have, without React. */
interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: Node | string | (Node | string)[]; src?: string; width?: number; height?: number };
}
const el = (type: string, style: Record<string, string | number>, children?: Node['props']['children']): Node => ({ type, props: { style, children } });
const img = (src: string, size: number): Node => ({ type: 'img', props: { src, width: size, height: size, style: { width: size, height: size } } });

/** The card's layout: an accent bar, the site's mark and name, the kind, title (up to 3 lines), summary (up to 3 lines). */
export function ogCardTree({ title, kind, summary }: OgCard): Node {
  // A long title gets a smaller size rather than a fourth line; either way it is clamped with an ellipsis.
  const titleSize = title.length > 60 ? 60 : title.length > 32 ? 68 : 80;
  const p = OG_PALETTE;
  return el(
    'div',
    { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', flexDirection: 'column', backgroundColor: p.background, fontFamily: 'Inter, DejaVu Sans', color: p.text },
    [
      el('div', { height: 16, backgroundColor: p.accent700, display: 'flex' }),
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '52px 72px 56px' }, [
        el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between' }, [
          // The home page's title is the site's name: the mark alone then, not the name twice.
          el('div', { display: 'flex', alignItems: 'center', gap: 16, fontSize: 34, fontWeight: 700, color: p.accent800 }, [
            img(ICON, 44),
            ...(title === SITE_NAME ? [] : [SITE_NAME]),
          ]),
          el(
            'div',
            { fontSize: 30, fontWeight: 700, color: p.accent700, backgroundColor: p.accent50, padding: '8px 22px', borderRadius: 999, textTransform: 'uppercase', letterSpacing: 2 },
            kind,
          ),
        ]),
        el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1 }, [
          el('div', { fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1, lineClamp: 3, display: 'block' }, title),
          el('div', { marginTop: 28, fontSize: 36, lineHeight: 1.35, color: p.muted, lineClamp: 3, display: 'block' }, summary),
        ]),
      ]),
    ],
  );
}

/** The card as SVG (text drawn as paths, so no font is needed to show it). */
export async function ogCardSvg(card: OgCard): Promise<string> {
  const missing: string[] = [];
  const svg = await satori(ogCardTree(card) as unknown as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: loadFonts(),
    // satori asks for more fonts only for text none of ours covers: an emoji, another script.
    loadAdditionalAsset: async (_code, segment) => {
      missing.push(segment);
      return [];
    },
  });
  if (missing.length) throw new MissingGlyphsError(missing.join(''));
  return svg;
}

/** The card as PNG bytes. */
export async function ogCardPng(card: OgCard): Promise<Buffer> {
  const svg = await ogCardSvg(card);
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}
