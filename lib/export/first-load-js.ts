import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { gzipSize } from './byte-size';
import { PAYLOAD_DIR } from './external-payload';

/** First-load JavaScript budgets, KB gzip (level 9): content pages, including decision pages with a worksheet. */
export const CONTENT_PAGE_JS_BUDGET_KB = 140;
/** Tool pages (search, the review builder, the self-assessment, the symptom navigator) carry an interactive leaf of their own. */
export const TOOL_PAGE_JS_BUDGET_KB = 155;

export const isToolPage = (urlPath: string) => /^\/(search|review|assessment|symptoms)\//.test(urlPath);

/**
 * A page's external scripts: code (what first-load JS counts) and its RSC payload file (lib/export/external-payload.ts:
 * data, not code). noModule scripts are left out: a browser that runs modules never fetches them.
 */
export function pageScripts(doc: HTMLElement): { code: string[]; payload: string[] } {
  const sources = doc
    .querySelectorAll('script[src]')
    .filter((s) => !s.hasAttribute('nomodule'))
    .map((s) => s.getAttribute('src')!);
  const isPayload = (src: string) => src.includes(`/${PAYLOAD_DIR}/`);
  return { code: sources.filter((s) => !isPayload(s)), payload: sources.filter(isPayload) };
}

/** gzip size of a script or stylesheet of an export folder (built without a base path) by its URL, each file read once. */
export function assetSizer(outDir: string): (src: string) => number {
  const sizes = new Map<string, number>();
  return (src) => {
    const file = path.join(outDir, src.replace(/^\//, '').split('?')[0]);
    if (!sizes.has(file)) sizes.set(file, gzipSize(readFileSync(file)));
    return sizes.get(file)!;
  };
}
