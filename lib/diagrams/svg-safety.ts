/**
 * What a rendering must not contain to be served from /diagrams/: an SVG opened directly (not through the page's
 * `<img>`) is a document of its own with no page CSP, so it must hold no script, no event handler, no embedded HTML
 * and no address outside itself. Mermaid's output for the atlas's flowcharts has none of these; a rendering that has
 * one came from a diagram that got around the source rules (lib/mdx/mermaid-rules.ts) or was edited by hand.
 */
const CHECKS: readonly [RegExp, string][] = [
  [/<script\b/i, 'a <script> element'],
  [/\son[a-z]+\s*=/i, 'an event-handler attribute (on…=)'],
  [/<foreignObject\b/i, 'a <foreignObject> (HTML inside the SVG)'],
  [/@import\b/i, 'a CSS @import'],
  [/javascript:/i, 'a javascript: URL'],
];

/** href and xlink:href values, and CSS url(…) targets: only same-document references ("#id") may appear. */
const REFERENCES = [/\bhref\s*=\s*["']([^"']*)["']/gi, /url\(\s*["']?([^)"']*)/gi];

/** Every problem with one SVG file's text, as short phrases ("a <script> element"); empty when it is safe. */
export function svgProblems(svg: string): string[] {
  const problems = CHECKS.filter(([pattern]) => pattern.test(svg)).map(([, what]) => what);
  for (const pattern of REFERENCES) {
    for (const [, target] of svg.matchAll(pattern)) {
      if (!target.trim().startsWith('#')) {
        problems.push(`a reference to "${target.length > 60 ? `${target.slice(0, 57)}…` : target}" outside the file`);
        break;
      }
    }
  }
  return problems;
}
