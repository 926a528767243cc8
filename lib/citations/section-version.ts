/**
 * Section versions: a short hash of the text a citation points at, so a link can say which wording it cited.
 *
 * The input is a section's MDX source (its heading line down to the next heading of the same or a higher level, so an
 * h2 includes its h3s, as "Copy section as Markdown" does) or a review item's citation text (`reviewItemCitationText`).
 * Normalization, so that formatting-only edits keep the version:
 * - Unicode NFC; curly quotes become straight ones; non-breaking spaces become spaces.
 * - HTML and MDX comments are dropped; a heading's `{#id}` is dropped (ids are addresses, not text).
 * - Links and images keep their text (`[text](url)` → `text`): a moved link target is not a change of wording.
 * - Emphasis, strong, strikethrough and inline-code markers are dropped (`*`, `_`, `~`, backticks) unless they sit
 *   inside a word (`feature_name` keeps its underscore).
 * - Block markers are dropped: heading hashes, blockquote `>`, list bullets and numbers, code-fence lines, table
 *   delimiter rows and cell pipes; Markdown escapes (`\<`) and the entities `&lt; &gt; &amp; &quot; &nbsp;` are unescaped.
 * - All whitespace (line wrapping, indentation, blank lines) collapses to one space.
 * Anything else (a word, a number, a JSX attribute's value, a heading's wording, letter case) is content and changes it.
 *
 * Pure (no Node or browser API), so the build, scripts and the page can all use it.
 */

/** Text a reader can diff: formatting removed as above, paragraphs kept as blank-line-separated lines. */
export function readableText(markdown: string): string {
  let text = markdown.normalize('NFC').replace(/\r\n?/g, '\n');
  text = text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u00A0\u202F]/g, ' ');
  const lines = text.split('\n').flatMap((line) => {
    // Fence lines and a table's delimiter row (|---|:--:|) vanish, without splitting the paragraph they sit in.
    if (/^\s*(`{3,}|~{3,})/.test(line)) return [];
    if (/^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/.test(line) && line.includes('-') && line.includes('|')) return [];
    return line
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/\s*\\?\{#[^}\s]*\\?\}\s*$/, '')
      .replace(/^(\s*>)+\s?/, '')
      .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, '')
      .replace(/\|/g, ' ');
  });
  text = lines.join('\n');
  text = text
    // Link text stops at any bracket, not only at "]": with "[^\]]*" each of n unclosed "[" scanned to the end of the
    // text (the content step on n escaped brackets: 16,000 took 0.7 s, 64,000 7.9 s). Same result on every link of the content.
    .replace(/!?\[([^[\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/`+/g, '')
    .replace(/(?<![\p{L}\p{N}])[*_~]+|[*_~]+(?![\p{L}\p{N}])/gu, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
  // Paragraphs: runs of blank lines become one break; lines inside a paragraph join (wrapping is formatting).
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** The normalized form a version is computed from: readable text with all whitespace collapsed. */
export function normalizeForVersion(markdown: string): string {
  return readableText(markdown).replace(/\s+/g, ' ').trim();
}

/** Length of a version in hex characters (40 bits): collisions are negligible for the few thousand texts the atlas will have. */
export const VERSION_LENGTH = 10;

/** A version looks like this; anything else in `?v=` is reported as unknown without a look-up. */
export const VERSION_PATTERN = /^[0-9a-f]{10}$/;

/**
 * The version of a section's or review item's text: FNV-1a (64-bit) of the UTF-8 bytes of its normalized form, first
 * VERSION_LENGTH hex digits. Not cryptographic: it names texts, it does not protect them.
 */
export function textVersion(markdown: string): string {
  return fnv1a64(normalizeForVersion(markdown)).slice(0, VERSION_LENGTH);
}

/**
 * What a review item's version covers: its severity, its question and its "why". Moving it to another phase or system
 * (metadata for the checklist builder) does not change what a review record cited; rewording or a new severity does.
 */
export function reviewItemCitationText(item: { severity: string; text: string; why: string }): string {
  return `${item.severity}: ${item.text}\n\nWhy: ${item.why}`;
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}
