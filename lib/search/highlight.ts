/** A run of text, marked when it matched the query. Rendered as text: never parsed as HTML. */
export interface Segment {
  text: string;
  mark?: true;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regular expression for the matched words as they appear in the original text: case-insensitive,
 * at a word start, hyphen or space between parts, the rest of the word included ("leak" marks "leakage").
 */
export function matcher(matchedWords: string[]): RegExp | undefined {
  const alternatives = [...new Set(matchedWords)]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '[\\s\\-/]+'));
  if (alternatives.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

export function highlight(text: string, pattern: RegExp | undefined): Segment[] {
  if (!pattern || !text) return text ? [{ text }] : [];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start) });
    segments.push({ text: match[0], mark: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** About `width` characters of `text` around its first match, cut at word boundaries, with ellipses. */
export function snippet(text: string, pattern: RegExp | undefined, width = 160): Segment[] {
  const first = pattern ? text.search(pattern) : -1;
  let start = first <= 0 ? 0 : Math.max(0, first - Math.floor(width / 3));
  let end = Math.min(text.length, start + width);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const body = highlight(text.slice(start, end), pattern);
  if (start > 0) body.unshift({ text: '…' });
  if (end < text.length) body.push({ text: '…' });
  return body;
}
