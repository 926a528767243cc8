/**
 * What a ```mermaid fence may hold, checked before anything renders it: a diagram kind the build can size, a
 * bounded size, and no configuration. Directives (`%%{init}%%`), a `---` config block, `click` callbacks and CSS
 * `url(…)` are how a diagram would switch HTML labels back on (bringing `<foreignObject>` and `<img>` into the
 * committed SVG), put author CSS or remote URLs into it, or add links: the site's diagram theme is the only config.
 */

/** Flowcharts are what the atlas draws; other kinds (sequenceDiagram …) come back from the renderer without a size. */
const KINDS = /^(flowchart|graph)(\s|$)/;

/**
 * Largest diagram source, in characters. Mermaid refuses text over 50,000 characters with an SVG that reads
 * "Maximum text size in diagram exceeded"; the atlas's largest diagram is about 1,300. A diagram near the limit is
 * too large to read on a page anyway.
 */
export const MAX_DIAGRAM_CHARS = 10_000;

const FORBIDDEN: readonly [RegExp, string][] = [
  [/%%\s*\{/, 'a Mermaid directive ("%%{…}%%") configures the renderer, which content cannot do: the site\'s theme is the only configuration. Remove it'],
  [/^[ \t]*click\b/m, 'a "click" line makes a node a link or a callback, which diagrams on this site cannot be. Link the page in the text under the diagram instead'],
  [/\b(themeCSS|securityLevel|htmlLabels|themeVariables|fontFamily)\b/, 'renderer settings (themeCSS, securityLevel, htmlLabels, themeVariables, fontFamily) cannot be set by content. Remove them'],
  [/url\s*\(|@import/i, 'CSS "url(…)" or "@import" would put a remote address into the rendered SVG. Remove it'],
];

/** The first problem with a fence's source, or undefined when it may be rendered. */
export function mermaidSourceProblem(source: string): string | undefined {
  if (source.length > MAX_DIAGRAM_CHARS) {
    return `mermaid diagram is ${source.length.toLocaleString('en')} characters, over the limit of ${MAX_DIAGRAM_CHARS.toLocaleString('en')}. Split it into smaller diagrams.`;
  }
  const first = source.split('\n').find((line) => line.trim() !== '' && !line.trim().startsWith('%%'))?.trim() ?? '';
  if (first.startsWith('---')) return 'mermaid diagram starts with a "---" config block, which content cannot set: the site\'s theme is the only configuration. Remove the block.';
  for (const [pattern, problem] of FORBIDDEN) if (pattern.test(source)) return `mermaid diagram: ${problem}.`;
  if (!KINDS.test(first)) {
    const kind = first.split(/\s/)[0] || '(nothing)';
    return `mermaid diagram kind "${kind}" is not supported: the build renders flowcharts ("flowchart LR", "flowchart TD"; "graph" also works). Draw it as a flowchart.`;
  }
  return undefined;
}
