import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** A page of the static export: its URL path, raw HTML and parsed document. */
export interface BuiltPage {
  urlPath: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

/** Every HTML page in an export folder (out/ by default). Fails loudly when the build is missing. */
export function builtPages(dir = 'out'): BuiltPage[] {
  const root = path.join(ROOT, dir);
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${dir}/ has no index.html: run "npm run build" first (npm test does).`);
  }
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => {
      const file = path.join(d.parentPath, d.name);
      const rel = path.relative(root, file).split(path.sep).join('/');
      const urlPath = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      const html = readFileSync(file, 'utf8');
      return { urlPath, file, html, doc: parse(html) };
    })
    .sort((a, b) => a.urlPath.localeCompare(b.urlPath));
}

/** The readable text of an element, whitespace folded, as a reader sees it. */
export function visibleText(element: HTMLElement | null | undefined): string {
  if (!element) return '';
  return element.structuredText.replace(/\s+/g, ' ').trim();
}

/** Content pages: every page but redirects, the 404 and the search page. */
export function contentPages(pages: BuiltPage[]): BuiltPage[] {
  return pages.filter((p) => !p.doc.querySelector('meta[http-equiv="refresh"]') && !/^\/(404|_not-found|search)/.test(p.urlPath));
}
