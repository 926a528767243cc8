import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagramHash } from '@/lib/diagrams/source';
import { svgProblems } from '@/lib/diagrams/svg-safety';
import { DIAGRAMS_DIR } from '@/lib/diagrams/store';
import { BODY_LINE, removeProbe, runProbe, ROOT } from './probe-tree';

const SAFE = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><defs><marker id="m"/></defs><path marker-end="url(#m)"/><style>#d rect{fill:#fff}</style></svg>';

describe('security probes: rendered diagrams are checked before they are served', () => {
  it('flags script, handlers, embedded HTML and outside references; passes same-document ones', () => {
    expect(svgProblems(SAFE)).toEqual([]);
    expect(svgProblems('<svg><script>alert(1)</script></svg>')).toEqual(['a <script> element']);
    expect(svgProblems('<svg><g onload="x()"/></svg>')).toEqual(['an event-handler attribute (on…=)']);
    expect(svgProblems('<svg><foreignObject><img src="x"/></foreignObject></svg>')).toEqual(['a <foreignObject> (HTML inside the SVG)']);
    expect(svgProblems('<svg><style>rect{fill:url(https://evil.example/t.png)}</style></svg>')).toEqual(['a reference to "https://evil.example/t.png" outside the file']);
    expect(svgProblems('<svg><a xlink:href="https://evil.example/">x</a></svg>')).toEqual(['a reference to "https://evil.example/" outside the file']);
    expect(svgProblems('<svg><style>@import "x.css";</style></svg>')).toEqual(['a CSS @import']);
  });

  it('every committed rendering in public/diagrams passes', () => {
    const dir = path.join(ROOT, DIAGRAMS_DIR);
    const files = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.svg')) : [];
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((name) => svgProblems(readFileSync(path.join(dir, name), 'utf8')).length > 0)).toEqual([]);
  });

  const fence = '```mermaid\nflowchart LR\n  accTitle: Probe diagram\n  accDescr: A probe diagram\n  A --> B\n```';
  const source = 'flowchart LR\n  accTitle: Probe diagram\n  accDescr: A probe diagram\n  A --> B';
  const plant = (light: string, dark = light, extra: Record<string, string> = {}) => (content: string) => {
    const dir = path.join(content, '../diagrams');
    mkdirSync(dir, { recursive: true });
    const hash = diagramHash(source);
    writeFileSync(path.join(dir, `${hash}-light.svg`), light);
    writeFileSync(path.join(dir, `${hash}-dark.svg`), dark);
    for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(dir, name), text);
  };

  it('a safe rendering is used, with its size', async () => {
    const outcome = await runProbe({ body: fence, setup: plant(SAFE) });
    removeProbe(outcome.dir);
    expect(outcome.ok ? [] : outcome.errors).toEqual([]);
  });

  it('an unsafe rendering fails the build at the fence, and is deleted', async () => {
    const outcome = await runProbe({ body: fence, setup: plant(SAFE, SAFE.replace('</svg>', '<foreignObject><img src="x"/></foreignObject></svg>')) });
    try {
      expect(outcome.ok ? [] : outcome.errors).toEqual([
        { file: 'content/probe.mdx', line: BODY_LINE, problem: expect.stringMatching(/^diagram "Probe diagram" \(fence at line 14\): the rendering holds a <foreignObject>.*were deleted/) },
      ]);
      expect(readdirSync(path.join(outcome.dir, 'diagrams'))).toEqual([]);
    } finally {
      removeProbe(outcome.dir);
    }
  });

  it('a rendering without a size (a sequence diagram\'s) fails at the fence instead of crashing, and is deleted', async () => {
    const unsized = SAFE.replace(' width="100" height="50"', ' width="100%"');
    const outcome = await runProbe({ body: fence, setup: plant(unsized) });
    try {
      expect(outcome.ok ? [] : outcome.errors).toEqual([{ file: 'content/probe.mdx', line: BODY_LINE, problem: expect.stringMatching(/rendered without a width and height/) }]);
      expect(readdirSync(path.join(outcome.dir, 'diagrams'))).toEqual([]);
    } finally {
      removeProbe(outcome.dir);
    }
  });

  it('an unsafe SVG no diagram uses is named too (it would still be served)', async () => {
    const outcome = await runProbe({ body: fence, setup: plant(SAFE, SAFE, { '0123456789abcdef-light.svg': '<svg><script>alert(1)</script></svg>' }) });
    removeProbe(outcome.dir);
    expect(outcome.ok ? [] : outcome.errors).toEqual([{ file: 'diagrams/0123456789abcdef-light.svg', line: undefined, problem: expect.stringMatching(/holds a <script> element.*No diagram uses this file/) }]);
  });
});
