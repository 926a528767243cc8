import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/content/build';
import type { DiagramStats } from '@/lib/content/diagrams';
import { ContentErrors } from '@/lib/content/errors';
import { DIAGRAMS_DIR, orphanRenderings, renderingName } from '@/lib/diagrams/store';
import { ROOT } from '../helpers/built-site';

const FIXTURES = path.join(ROOT, 'tests/fixtures/content');
const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-diagrams-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('committed diagram renderings', async () => {
  // render: 'never' is what CI builds with: a diagram without a rendering is an error, not a browser launch.
  const { entries } = await buildContent(path.join(ROOT, 'content'), ROOT, { render: 'never' });
  const diagrams = entries.flatMap((e) => e.diagrams.map((d) => ({ ...d, page: e.path })));
  const dir = path.join(ROOT, DIAGRAMS_DIR);

  it('every diagram of the content has a current rendering in both themes (else: npm run diagrams)', () => {
    expect(diagrams.length).toBeGreaterThan(0);
    for (const diagram of diagrams) {
      for (const theme of ['light', 'dark'] as const) {
        const svg = readFileSync(path.join(dir, renderingName(diagram.hash, theme)), 'utf8');
        expect(svg, `${diagram.page} ${diagram.title} (${theme})`).toMatch(/<svg\b/);
        expect(svg).toContain(`<title id="chart-title-d${diagram.hash}">${diagram.title.replace(/&/g, '&amp;')}</title>`);
      }
      expect(diagram.width).toBeGreaterThan(0);
      expect(diagram.height).toBeGreaterThan(0);
    }
  });

  it('no committed rendering is orphaned (npm run diagrams deletes them)', () => {
    expect(orphanRenderings(dir, diagrams.map((d) => d.hash))).toEqual([]);
  });

  it('draws at least 15 distinct diagrams, each with a title and a description', () => {
    expect(new Set(diagrams.map((d) => d.hash)).size).toBeGreaterThanOrEqual(15);
    for (const d of diagrams) {
      expect(d.title.length, d.page).toBeGreaterThan(3);
      expect(d.description.length, d.page).toBeGreaterThan(20);
    }
  });

  it('the home page shows the same three-layer stack as its pattern page (one source, one pair of files)', () => {
    const home = diagrams.find((d) => d.page === '/' && d.title === 'The Three-Layer Stack');
    const pattern = diagrams.find((d) => d.page === '/patterns/three-layer-stack/' && d.title === 'The Three-Layer Stack');
    expect(home?.hash).toBeDefined();
    expect(home?.hash).toBe(pattern?.hash);
  });

  it('the home page\'s first diagram connects its layers: four labelled arrows, not three loose boxes', () => {
    const home = diagrams.find((d) => d.page === '/');
    expect(home?.title).toBe('The Three-Layer Stack');
    for (const theme of ['light', 'dark']) {
      const svg = readFileSync(path.join(dir, renderingName(home!.hash, theme as "light" | "dark")), "utf8");
      expect(svg.match(/class="[^"]*flowchart-link[^"]*"/g) ?? [], theme).toHaveLength(4);
      // The labels as text, whatever elements the renderer splits them into.
      const text = svg.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      for (const label of ['logged requests and outcomes', 'events land as training data', 'fresh features', 'models, historical features']) expect(text, `${theme}: ${label}`).toContain(` ${label} `);
    }
  });
});

/** Builds a fixture, rendering into a scratch folder; returns its errors as "file:line: message". */
async function errorsOf(fixture: string) {
  try {
    await buildContent(path.join(FIXTURES, fixture), ROOT, { diagramsDir: scratch });
  } catch (error) {
    if (error instanceof ContentErrors) return error.errors.map(({ file, line, problem }) => ({ file, line, problem }));
    throw error;
  }
  throw new Error(`fixture ${fixture} built without errors`);
}

describe('diagram rendering and its errors', () => {
  it('renders a new diagram in both themes once; the next build launches no browser', async () => {
    const runs: DiagramStats[] = [];
    const build = () => buildContent(path.join(FIXTURES, 'valid-diagram'), ROOT, { diagramsDir: scratch, onRender: (s) => runs.push(s) });
    const { entries } = await build();
    const [diagram] = entries[0].diagrams;
    expect(diagram).toMatchObject({ index: 0, line: 11, title: 'Two boxes', description: 'A box called a pointing at b.' });
    const light = readFileSync(path.join(scratch, renderingName(diagram.hash, 'light')), 'utf8');
    const dark = readFileSync(path.join(scratch, renderingName(diagram.hash, 'dark')), 'utf8');
    expect(light).toMatch(/^<\?xml[^>]*>\n<svg\b/);
    expect(light).not.toBe(dark);
    // Plain SVG text (no <foreignObject>): the file reads the same in an <img>, in print and on its own.
    expect(light).not.toContain('foreignObject');
    await build();
    expect(runs.map((r) => r.rendered)).toEqual([1, 0]);
    expect(runs[1].ms).toBe(0);
  });

  it('an invalid diagram stops the build with the MDX file, the fence line and Mermaid\'s message', async () => {
    const [error] = await errorsOf('invalid-diagram');
    expect(error).toMatchObject({ file: 'tests/fixtures/content/invalid-diagram/entry.mdx', line: 13 });
    expect(error.problem).toMatch(/^Mermaid cannot render the diagram in the fence at line 13 \(its line 5, line 18 of the file\): /);
    expect(error.problem).toMatch(/Lexical error on line 5|Parse error on line 5/);
  });

  it('a diagram without accTitle stops the build at its fence', async () => {
    const [error] = await errorsOf('diagram-no-title');
    expect(error).toMatchObject({ file: 'tests/fixtures/content/diagram-no-title/entry.mdx', line: 11 });
    expect(error.problem).toMatch(/mermaid diagram has no accTitle\./);
  });

  it('without a browser, the build says which diagrams need one and how to get it', async () => {
    const empty = mkdtempSync(path.join(scratch, 'nobrowser-'));
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = path.join(empty, 'no-chromium-here');
    try {
      await expect(buildContent(path.join(FIXTURES, 'valid-diagram'), ROOT, { diagramsDir: empty })).rejects.toThrow(
        /entry\.mdx:11: 1 diagram has no rendering in .* yet \(tests\/fixtures\/content\/valid-diagram\/entry\.mdx:11\), and rendering needs a browser\. CHROMIUM_PATH is set to .*no-chromium-here, but no file is there\.[\s\S]*npm run diagrams/,
      );
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });

  it('without renderings and in CI mode, the build names the diagram and the command to run', async () => {
    const empty = mkdtempSync(path.join(scratch, 'empty-'));
    await expect(buildContent(path.join(FIXTURES, 'valid-diagram'), ROOT, { diagramsDir: empty, render: 'never' })).rejects.toThrow(
      /entry\.mdx:11: diagram "Two boxes" has no current rendering .* Run "npm run diagrams" and commit/,
    );
  });
});
