/**
 * How deeply content may nest blockquotes, lists, elements and bracketed expressions inside each other. The MDX
 * parser and the tree walkers after it recurse once per level: 5,000 levels overflowed the stack with a
 * "RangeError" and no line. Real pages nest a handful of levels; 32 leaves ample room.
 */
export const MAX_NESTING = 32;

const FENCE = /^[ \t]*(`{3,}|~{3,})/;
/** One container marker at the start of a line: a blockquote ">" or a list item "-", "*", "+", "1." or "1)". */
const CONTAINER = /^[ \t]{0,3}(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+)/;
/** An element tag: its slash (closing), its name, and a slash before ">" (self-closing). Linear: [^<>] stops at the next "<". */
const TAG = /<(\/?)([A-Za-z][\w.:-]*)[^<>]*?(\/?)>/g;
const CODE_SPAN = /`[^`\n]*`/g;

/**
 * The first line where nesting goes past MAX_NESTING, with what nests there; undefined when the page stays under it.
 * A scan of the source before it is parsed, so the answer never depends on how deep the parser's stack can go.
 */
export function nestingProblem(source: string): { line: number; problem: string } | undefined {
  let fence: string | undefined;
  let tags = 0;
  let brackets = 0;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const opened = FENCE.exec(line)?.[1];
    if (fence) {
      if (opened && opened[0] === fence[0] && opened.length >= fence.length) fence = undefined;
      continue;
    }
    if (opened) {
      fence = opened;
      continue;
    }
    const fail = (what: string) => ({
      line: i + 1,
      problem: `${what} nest more than ${MAX_NESTING} levels deep here, which the build does not compile. Flatten the structure: split the quote or list, or close elements sooner.`,
    });
    let rest = line;
    let containers = 0;
    for (let m = CONTAINER.exec(rest); m && m[0].length > 0; m = CONTAINER.exec(rest)) {
      containers++;
      rest = rest.slice(m[0].length);
      if (containers > MAX_NESTING) return fail('blockquotes and lists');
    }
    // Indentation nests lists too: two columns a level.
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    if (indent / 2 > MAX_NESTING) return fail('indented lists');
    const text = line.replace(CODE_SPAN, '');
    for (const [, closing, , selfClosing] of text.matchAll(TAG)) {
      if (closing) tags = Math.max(0, tags - 1);
      else if (!selfClosing) tags++;
      if (tags > MAX_NESTING) return fail('elements');
    }
    for (let c = 0; c < text.length; c++) {
      const ch = text[c];
      if (ch === '\\') c++;
      else if (ch === '{' || (brackets > 0 && (ch === '(' || ch === '['))) brackets++;
      else if (brackets > 0 && (ch === '}' || ch === ')' || ch === ']')) brackets--;
      if (brackets > MAX_NESTING) return fail('braces and brackets of an expression');
    }
  }
  return undefined;
}
