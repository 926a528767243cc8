import GithubSlugger from 'github-slugger';
import { readableText, reviewItemCitationText, textVersion } from './section-version';

/** One thing a citation can point at on a page: an h2/h3 section or a review item, with the text its version covers. */
export interface CitableText {
  id: string;
  kind: 'section' | 'item';
  /** Readable text (lib/citations/section-version.ts), what the archive stores and the diff compares. */
  text: string;
  version: string;
  /** 1-based line in the MDX file. */
  line: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*$/;
const EXPLICIT_ID = /[ \t]*\\?\{#([^}\s]+)\\?\}$/;
const ITEM = /<ReviewQuestion\b((?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*>([\s\S]*?)<\/ReviewQuestion>/g;

/**
 * The citable texts of one page, read from its MDX source rather than from the compiled page: the backfill reads
 * sources from git history that today's compiler may no longer accept, and both must give the same versions.
 * Section ids follow the compiler: the explicit `{#id}`, otherwise github-slugger over every heading's text in order
 * (as rehype-slug does). The record step checks these ids against the compiled headings, so a divergence fails loudly.
 */
export function citableTexts(source: string): CitableText[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const bodyStart = frontmatterEnd(lines);
  const headings: { depth: number; id: string; index: number }[] = [];
  const slugger = new GithubSlugger();
  let fence: string | undefined;
  for (let i = bodyStart; i < lines.length; i++) {
    const marker = FENCE.exec(lines[i])?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence ? undefined : marker;
      continue;
    }
    if (fence) continue;
    const heading = HEADING.exec(lines[i]);
    if (!heading) continue;
    const explicit = EXPLICIT_ID.exec(heading[2]);
    const id = explicit ? explicit[1] : slugger.slug(readableText(heading[2]));
    headings.push({ depth: heading[1].length, id, index: i });
  }
  const result: CitableText[] = [];
  headings.forEach((h, n) => {
    if (h.depth !== 2 && h.depth !== 3) return;
    const next = headings.slice(n + 1).find((other) => other.depth <= h.depth);
    const markdown = lines.slice(h.index, next ? next.index : lines.length).join('\n');
    result.push({ id: h.id, kind: 'section', text: readableText(markdown), version: textVersion(markdown), line: h.index + 1 });
  });
  const body = lines.slice(bodyStart).join('\n');
  for (const match of body.matchAll(ITEM)) {
    const attributes = Object.fromEntries([...match[1].matchAll(/([\w-]+)=(?:"([^"]*)"|'([^']*)')/g)].map((a) => [a[1], a[2] ?? a[3]]));
    if (!attributes.id) continue;
    const citation = reviewItemCitationText({ severity: attributes.severity ?? '', text: match[2], why: attributes.why ?? '' });
    const line = bodyStart + body.slice(0, match.index).split('\n').length;
    result.push({ id: attributes.id, kind: 'item', text: readableText(citation), version: textVersion(citation), line });
  }
  return result;
}

/** Index of the first line after the YAML frontmatter (0 when there is none). */
function frontmatterEnd(lines: string[]): number {
  if (lines[0] !== '---') return 0;
  const close = lines.indexOf('---', 1);
  return close < 0 ? 0 : close + 1;
}
