import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from '../find-chromium';
import { renderMissing, type RenderFailure } from '../diagrams/render.server';
import { DIAGRAMS_DIR, hasRenderings, renderingName, renderingSize } from '../diagrams/store';
import type { DiagramFact } from '../mdx/mermaid-figures';
import { svgProblems } from '../diagrams/svg-safety';
import { THEMES } from '../diagrams/themes';
import { ContentError } from './errors';
import type { PageDiagram } from './types';

export interface DiagramOptions {
  /** Where renderings are read and written; `public/diagrams` of the repository by default. */
  diagramsDir?: string;
  /**
   * "missing" renders diagrams that have no rendering yet (needs Chromium); "never" only checks, and reports a
   * missing rendering as an error: CI uses it, so renderings that were not committed fail the build.
   */
  render?: 'missing' | 'never';
  /** Told how many diagrams there are and what the browser session rendered. */
  onRender?: (stats: DiagramStats) => void;
}

export interface DiagramStats {
  diagrams: number;
  unique: number;
  rendered: number;
  ms: number;
}

interface PageDiagrams {
  file: string;
  diagrams: DiagramFact[];
}

/**
 * The pipeline's diagram step: makes sure every diagram of every page has both renderings on disk (rendering
 * the missing ones in one browser session), and returns each page's diagrams with their drawn size.
 * Problems come back as ContentErrors at the fence's line: Mermaid's message, or how to get a browser.
 */
export async function ensureDiagrams(
  pages: PageDiagrams[],
  repoRoot: string,
  options: DiagramOptions = {},
): Promise<{ errors: ContentError[]; diagrams: Map<string, PageDiagram[]> }> {
  const dir = options.diagramsDir ?? path.join(repoRoot, DIAGRAMS_DIR);
  const shown = path.relative(repoRoot, dir) || dir;
  const all = pages.flatMap((page) => page.diagrams.map((diagram) => ({ file: page.file, diagram })));
  const missing = all.filter(({ diagram }) => !hasRenderings(dir, diagram.hash));
  const errors: ContentError[] = [];
  let rendered = 0;
  let ms = 0;
  if (missing.length > 0 && options.render === 'never') {
    for (const { file, diagram } of missing) {
      errors.push(
        new ContentError(
          file,
          `diagram "${diagram.title}" has no current rendering (${shown}/${renderingName(diagram.hash, 'light')}): its source, the Mermaid version or the diagram theme changed. Run "npm run diagrams" and commit ${shown}/.`,
          diagram.line,
        ),
      );
    }
  } else if (missing.length > 0) {
    let browserFound = true;
    try {
      findChromium();
    } catch (error) {
      browserFound = false;
      const where = missing.map(({ file, diagram }) => `${file}:${diagram.line}`).join(', ');
      const problem = `${missing.length} diagram${missing.length === 1 ? ' has' : 's have'} no rendering in ${shown}/ yet (${where}), and rendering needs a browser. ${(error as Error).message}\nThen run "npm run diagrams" (npm run build does it too) and commit ${shown}/.`;
      errors.push(new ContentError(missing[0].file, problem, missing[0].diagram.line));
    }
    if (browserFound) {
      const outcome = await renderMissing(
        missing.map(({ diagram }) => ({ hash: diagram.hash, source: diagram.source })),
        dir,
      );
      rendered = outcome.rendered.length;
      ms = outcome.ms;
      const failed = new Map(outcome.failures.map((f) => [f.hash, f]));
      for (const { file, diagram } of missing) {
        const failure = failed.get(diagram.hash);
        if (failure) errors.push(new ContentError(file, mermaidProblem(diagram, failure), diagram.line));
      }
    }
  }
  options.onRender?.({ diagrams: all.length, unique: new Set(all.map((d) => d.diagram.hash)).size, rendered, ms });
  const unsafe = unsafeRenderings(dir);
  const diagrams = new Map<string, PageDiagram[]>();
  for (const page of pages) {
    diagrams.set(
      page.file,
      page.diagrams.map((diagram) => ({ ...diagram, ...checkedSize(dir, shown, page.file, diagram, unsafe, errors) })),
    );
  }
  // A rendering no diagram uses is still served from /diagrams/: it must be safe too.
  const used = new Set(all.map(({ diagram }) => diagram.hash));
  for (const [name, problems] of unsafe) {
    if (!used.has(name.slice(0, 16))) errors.push(new ContentError(`${shown}/${name}`, `${unsafeProblem(problems)} No diagram uses this file: delete it (npm run diagrams deletes unused renderings).`));
  }
  return { errors, diagrams };
}

/** Each SVG in `dir` that fails the safety check (lib/diagrams/svg-safety.ts), with what it holds. */
function unsafeRenderings(dir: string): Map<string, string[]> {
  const unsafe = new Map<string, string[]>();
  if (!existsSync(dir)) return unsafe;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.svg'))) {
    const problems = svgProblems(readFileSync(path.join(dir, name), 'utf8'));
    if (problems.length) unsafe.set(name, problems);
  }
  return unsafe;
}

function unsafeProblem(problems: string[]): string {
  return `the rendering holds ${problems.join(', ')}, which a diagram served from the site must not.`;
}

/**
 * The drawn size of a diagram whose renderings exist and are safe; otherwise an error at the fence and 0 × 0.
 * A rendering without a size or with unsafe content is deleted, so it is neither served nor taken for current.
 */
function checkedSize(dir: string, shown: string, file: string, diagram: DiagramFact, unsafe: Map<string, string[]>, errors: ContentError[]): { width: number; height: number } {
  const none = { width: 0, height: 0 };
  if (!hasRenderings(dir, diagram.hash)) return none;
  const names = THEMES.map((theme) => renderingName(diagram.hash, theme));
  const problems = [...new Set(names.flatMap((name) => unsafe.get(name) ?? []))];
  const remove = () => names.forEach((name) => rmSync(path.join(dir, name), { force: true }));
  if (problems.length) {
    remove();
    errors.push(new ContentError(file, `diagram "${diagram.title}" (fence at line ${diagram.line}): ${unsafeProblem(problems)} Its renderings in ${shown}/ were deleted. Remove what the diagram adds beyond plain flowchart syntax.`, diagram.line));
    return none;
  }
  try {
    return renderingSize(dir, diagram.hash);
  } catch {
    remove();
    errors.push(new ContentError(file, `diagram "${diagram.title}" (fence at line ${diagram.line}) rendered without a width and height, so the page cannot reserve its space; its renderings in ${shown}/ were deleted. Draw it as a flowchart.`, diagram.line));
    return none;
  }
}

/** Mermaid's message, placed: Mermaid counts lines from the first line inside the fence. */
function mermaidProblem(diagram: DiagramFact, failure: RenderFailure): string {
  const lines = diagram.source.split('\n').length;
  const at = failure.diagramLine ? Math.min(failure.diagramLine, lines) : undefined;
  const where = at ? ` (its line ${at}, line ${diagram.line + at} of the file)` : '';
  const message = failure.message.replace(/\n/g, '\n      ');
  return `Mermaid cannot render the diagram in the fence at line ${diagram.line}${where}: ${message}`;
}
