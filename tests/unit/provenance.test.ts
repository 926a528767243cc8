import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/content/build';
import { listContentFiles, loadEntry } from '@/lib/content/load';
import { loadSeedHeadings, seedHeadingPaths, seedReferenceProblem, SEED_FILE } from '@/lib/content/seed-headings';
import { entryMarkdown, provenanceFields } from '@/lib/export/markdown-twin';
import { ROOT } from '../helpers/built-site';
import { errorsOf, FIXTURES } from '../helpers/content-fixtures';

const CONTENT = path.join(ROOT, 'content');
const SEED = readFileSync(path.join(CONTENT, SEED_FILE), 'utf8');

describe('source document headings', () => {
  const paths = seedHeadingPaths(SEED);

  it('lists h2 and h2 > h3 paths without emoji, bold or the "(…)" after a title, and not the templates\' code comments', () => {
    expect(paths).toContain('Core ML System Categories > 4. NLP Systems');
    expect(paths).toContain('Common Pitfalls & Solutions > 5. Label Leakage');
    expect(paths).toContain('MLOps Maturity Levels > Level 0: Manual Process');
    expect(paths).toContain('Quick Reference Card');
    expect(paths.some((p) => /Data Pipeline|Real-time Pipeline/.test(p))).toBe(false);
    expect(paths.some((p) => /\*|\(/.test(p))).toBe(false);
  });

  it('accepts the document title in front and rejects a near miss with the heading it meant', () => {
    expect(seedReferenceProblem('ML System Design Insights > Executive Summary', paths)).toBeUndefined();
    expect(seedReferenceProblem('Common Pitfalls & Solutions > 5. Label Leakage', paths)).toBeUndefined();
    expect(seedReferenceProblem('Common Pitfalls & Solutions > 5. Label Leakage (future data)', paths)).toMatch(/not a heading/);
    expect(seedReferenceProblem('Common Pitfalls & Solutions > Label Leakage', paths)).toMatch(/Did you mean "Common Pitfalls & Solutions > 5. Label Leakage"/);
  });
});

describe('every source reference of the site resolves to a heading of the source document', () => {
  const headings = loadSeedHeadings(CONTENT);
  const { pages } = listContentFiles(CONTENT, ROOT);
  const entries = pages.map((file) => loadEntry(file, CONTENT, ROOT));

  it('content/ holds the source document, so the build checks every reference against it', () => {
    expect(headings?.length).toBeGreaterThan(40);
  });

  it.each(entries.map((e) => [e.file, e] as const))('%s', (_file, entry) => {
    const references = [...(entry.frontmatter.seed ?? []), ...(entry.frontmatter.buildsOn ?? [])];
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) expect(seedReferenceProblem(reference, headings!), reference).toBeUndefined();
  });

  it('every topic guide says it is written for the atlas and names what it builds on, never a source', () => {
    const guides = entries.filter((e) => e.file.startsWith('content/guides/'));
    expect(guides.length).toBeGreaterThanOrEqual(6);
    for (const guide of guides) {
      expect(guide.frontmatter.provenance, guide.file).toBe('atlas');
      expect(guide.frontmatter.seed, guide.file).toBeUndefined();
      expect(guide.frontmatter.buildsOn?.length, guide.file).toBeGreaterThan(0);
    }
  });
});

describe('provenance in the entry model', () => {
  it('carries provenance, the references and the atlas-written sections (an h2 mark covers its h3s)', async () => {
    const { entries } = await buildContent(path.join(FIXTURES, 'provenance-valid'), ROOT);
    const page = entries.find((e) => e.id === 'page')!;
    expect(page).toMatchObject({ provenance: 'source', buildsOn: [], atlasSections: ['written-here', 'under-it'] });
    expect(page.seed).toHaveLength(2);
    const guide = entries.find((e) => e.id === 'guide')!;
    expect(guide).toMatchObject({ provenance: 'atlas', seed: [], buildsOn: ['Universal Architecture Patterns > The Three-Layer Stack'], atlasSections: [] });
    expect(provenanceFields(guide)).toEqual({ provenance: 'atlas', builds_on: ['Universal Architecture Patterns › The Three-Layer Stack'] });
  });

  it('the Markdown twin says whose text it is, and marks the atlas-written section as the page does', async () => {
    const { entries } = await buildContent(path.join(FIXTURES, 'provenance-valid'), ROOT);
    const page = entries.find((e) => e.id === 'page')!;
    const source = readFileSync(path.join(FIXTURES, 'provenance-valid/page.mdx'), 'utf8');
    const twin = entryMarkdown(page, source, { related: [], backlinks: [] }, { absoluteUrl: (p) => `https://atlas.test${p}` });
    expect(twin).toMatch(/^provenance: source$/m);
    expect(twin).toContain('**Source:** *ML System Design Insights*, Executive Summary; Universal Architecture Patterns › 1. Feature Store.');
    const written = twin.slice(twin.indexOf('## Written here'), twin.indexOf('## Back'));
    expect(written).toContain('*Written for the atlas: this section’s subject is not in the source document');
    expect(twin.slice(twin.indexOf('## Back'))).not.toContain('Written for the atlas');
    const guide = entries.find((e) => e.id === 'guide')!;
    const guideTwin = entryMarkdown(guide, readFileSync(path.join(FIXTURES, 'provenance-valid/guides/guide.mdx'), 'utf8'), { related: [], backlinks: [] }, { absoluteUrl: (p) => p });
    expect(guideTwin).toContain('**Written for the atlas**, not taken from the source document. Reviewed 2026-11-26. **Builds on:**');
    expect(guideTwin).not.toContain('**Source:**');
  });
});

describe('provenance errors stop the build with file, line and a fix', () => {
  it('a reference that is not a heading of the source document, with the nearest heading', async () => {
    const [error] = await errorsOf('seed-unknown');
    expect(error).toMatchObject({ file: 'tests/fixtures/content/seed-unknown/entry.mdx', line: 8 });
    expect(error.problem).toMatch(/"seed.1": "Universal Architecture Patterns > The Three Layer Stak" is not a heading/);
    expect(error.problem).toMatch(/Did you mean "Universal Architecture Patterns > The Three-Layer Stack"/);
  });

  it('buildsOn on a page that does not say it is written for the atlas', async () => {
    const [error] = await errorsOf('builds-on-without-atlas');
    expect(error.problem).toMatch(/field "buildsOn": is for pages written for the atlas: add "provenance: atlas"/);
  });

  it('an <AtlasNote /> that does not follow its heading directly', async () => {
    const [error] = await errorsOf('atlas-note-misplaced');
    expect(error).toMatchObject({ file: 'tests/fixtures/content/atlas-note-misplaced/entry.mdx', line: 13 });
    expect(error.problem).toMatch(/<AtlasNote> must come right after an h2 or h3 heading/);
  });

  it('an <AtlasNote /> on a page written for the atlas as a whole', async () => {
    const [error] = await errorsOf('atlas-note-on-atlas-page');
    expect(error.problem).toMatch(/this page is "provenance: atlas" as a whole/);
  });
});
