import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { MERMAID_CONFIG } from './themes';

/** What an author writes in a ```mermaid fence, read without Mermaid: its accessible title and description. */
export interface DiagramText {
  title?: string;
  description?: string;
}

/** `accTitle: …`, and `accDescr: …` or a multi-line `accDescr { … }`, as Mermaid itself reads them. */
export function readAccessibility(source: string): DiagramText {
  // [ \t] rather than \s and a greedy (.+) trimmed afterwards: no backtracking across lines, so a fence of
  // blank lines or spaces costs linear time.
  const title = /^[ \t]*accTitle[ \t]*:(.+)$/m.exec(source)?.[1].trim();
  const single = /^[ \t]*accDescr[ \t]*:(.+)$/m.exec(source)?.[1].trim();
  const block = /^[ \t]*accDescr[ \t]*\{([^}]*)\}/m.exec(source)?.[1];
  const description = single ?? block?.replace(/\s+/g, ' ').trim();
  return { title: title || undefined, description: description || undefined };
}

const require = createRequire(import.meta.url);
/** The Mermaid that mermaid-isomorphic loads into the browser: resolved from it, not from us. */
export const MERMAID_VERSION: string = (
  createRequire(require.resolve('mermaid-isomorphic'))('mermaid/package.json') as { version: string }
).version;

/**
 * Bump when the way we turn Mermaid's output into files changes (post-processing, file format), so every
 * committed rendering gets a new name and is rendered again.
 */
const RENDERER_VERSION = 1;

/**
 * The content address of a diagram's renderings: its source exactly as written (whitespace included),
 * the Mermaid version and both themes' configuration. Any change to one gives new file names, so a stale
 * rendering can never be served for a changed diagram.
 */
export function diagramHash(source: string): string {
  const key = JSON.stringify({ source, mermaid: MERMAID_VERSION, config: MERMAID_CONFIG, renderer: RENDERER_VERSION });
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}
