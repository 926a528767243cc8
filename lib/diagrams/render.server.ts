import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createMermaidRenderer, type RenderResult } from 'mermaid-isomorphic';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium';
import { hasRenderings, renderingName } from './store';
import { MERMAID_CONFIG, THEMES, type Theme } from './themes';

export interface RenderRequest {
  hash: string;
  source: string;
}

export interface RenderFailure {
  hash: string;
  /** Mermaid's own message, e.g. "Parse error on line 3: … Expecting 'SEMI', got 'EOF'". */
  message: string;
  /** The line within the diagram Mermaid blamed, when its message names one (1 = the first line after the fence). */
  diagramLine?: number;
}

export interface RenderOutcome {
  rendered: string[];
  failures: RenderFailure[];
  /** Wall time of the browser session, 0 when every rendering was already on disk. */
  ms: number;
}

/** The ids Mermaid gives an SVG are positional; this prefix lets us replace them with the content hash. */
const PREFIX = 'atlasmmd';

/**
 * Renders every diagram that has no rendering in `dir` yet, in both themes, in one headless browser session
 * (two pages, one per theme), and writes `<hash>-light.svg` and `<hash>-dark.svg`. Diagrams already on disk
 * are not touched, so a warm build launches no browser at all.
 */
export async function renderMissing(requests: RenderRequest[], dir: string): Promise<RenderOutcome> {
  const unique = [...new Map(requests.map((r) => [r.hash, r])).values()];
  const missing = unique.filter((r) => !hasRenderings(dir, r.hash));
  if (missing.length === 0) return { rendered: [], failures: [], ms: 0 };
  const started = performance.now();
  const render = createMermaidRenderer({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } });
  // Both calls in flight at once share the renderer's single browser; it closes when both are done.
  const results = await Promise.all(
    THEMES.map((theme) => render(missing.map((r) => r.source), { prefix: PREFIX, mermaidConfig: MERMAID_CONFIG[theme] })),
  );
  const failures: RenderFailure[] = [];
  const outputs = new Map<Theme, RenderResult>();
  mkdirSync(dir, { recursive: true });
  const rendered: string[] = [];
  missing.forEach((request, index) => {
    outputs.clear();
    for (const [t, theme] of THEMES.entries()) {
      const result = results[t][index];
      if (result.status === 'rejected') {
        // The same source fails the same way in both themes: report it once.
        if (t === 0) failures.push(toFailure(request.hash, result.reason));
        return;
      }
      outputs.set(theme, result.value);
    }
    for (const [theme, result] of outputs) {
      writeFileSync(path.join(dir, renderingName(request.hash, theme)), toFile(result, index, request.hash));
    }
    rendered.push(request.hash);
  });
  return { rendered, failures, ms: Math.round(performance.now() - started) };
}

/**
 * A standalone SVG file: positional ids replaced by the content hash (so a file's bytes depend only on what it
 * shows), an XML declaration, and the intrinsic size Mermaid laid it out at.
 */
function toFile(result: RenderResult, index: number, hash: string): string {
  const id = new RegExp(`${PREFIX}-${index}(?!\\d)`, 'g');
  const svg = result.svg.replace(id, `d${hash}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

function toFailure(hash: string, reason: unknown): RenderFailure {
  const message = String((reason as { message?: unknown })?.message ?? reason).trim();
  const line = /\bon line (\d+)/i.exec(message)?.[1];
  return { hash, message, diagramLine: line ? Number(line) : undefined };
}
