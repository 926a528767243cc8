import { createHash } from 'node:crypto';

/**
 * Next's RSC payload moved from inline scripts into one deferred file per page (issue #22).
 *
 * Next writes each page's React tree twice into its HTML: once as markup and once as `self.__next_f.push(…)`
 * inline scripts at the end of the body, about 60 % of the HTML's bytes (label-leakage: 142 of 300 KB raw, 18.5 of
 * 43.4 KB gzip). A slow phone parses every byte of it before its first paint: the measured first paint came after
 * the whole document was parsed, and cutting the payload from the HTML moved it 220 ms earlier (1104 → 880 ms on
 * the pitfall page, slow 4G, CPU 4×, medians of 5 in one run). The same statements, in order, in a deferred file are what React reads for
 * hydration; the markup paints without them.
 *
 * The file is the first deferred script (they all sit at the end of the body, lib/export/deferred-scripts.ts), so
 * it runs before Next's bundles: Next's client reads the
 * payload already pushed, then closes its stream when the document is parsed (a deferred script runs after the
 * parse, so the readiness check Next makes is already past; a file running after Next's would push into a closed
 * stream). Client navigation is unaffected: it fetches the page's `index.txt`. The file is named by its content
 * under `_next/static/`, which every host serves as immutable.
 */
const PAYLOAD_SCRIPT = /<script>((?:\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\([\s\S]*?\))<\/script>/g;
/** Next's first deferred bundle: the payload file goes just before it. */
const FIRST_DEFERRED = /<script src="[^"]+" defer=""><\/script>/;

export const PAYLOAD_DIR = '_next/static/page-data';

export interface ExternalPayload {
  html: string;
  /** Path under the export folder and content of the payload file; absent when the page had no inline payload. */
  file?: { path: string; content: string };
}

/** Idempotent: a page whose payload is already external has no inline payload left to move. */
export function withExternalPayload(html: string, basePath: string, where: string): ExternalPayload {
  const statements = [...html.matchAll(PAYLOAD_SCRIPT)].map((m) => m[1]);
  if (statements.length === 0) return { html };
  if (!statements[0].startsWith('(self.__next_f=self.__next_f||[])')) {
    throw new Error(`${where}: Next's RSC payload does not start with its array's initialisation; the payload format changed, so lib/export/external-payload.ts cannot move it safely.`);
  }
  if (!FIRST_DEFERRED.test(html)) {
    throw new Error(`${where}: no deferred script to put the RSC payload before; run lib/export/deferred-scripts.ts first.`);
  }
  const content = `${statements.join(';\n')};\n`;
  const name = createHash('sha256').update(content).digest('hex').slice(0, 20);
  const file = { path: `${PAYLOAD_DIR}/${name}.js`, content };
  const tag = `<script src="${basePath}/${file.path}" defer=""></script>`;
  const withoutInline = html.replace(PAYLOAD_SCRIPT, '');
  return { html: withoutInline.replace(FIRST_DEFERRED, (first) => tag + first), file };
}
