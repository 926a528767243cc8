import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { KINDS } from '@/lib/content/kinds';
import { SITE_DATA_FILE } from '@/lib/content/paths';
import type { SiteData } from '@/lib/content/types';
import { markdownPathOf } from '@/lib/export/markdown-paths';
import { builtPages, ROOT, visibleText, type BuiltPage } from '../helpers/built-site';

const site = JSON.parse(readFileSync(path.join(ROOT, SITE_DATA_FILE), 'utf8')) as SiteData;
const read = (dir: string, file: string) => readFileSync(path.join(ROOT, dir, file), 'utf8');

/** The twin a page links as rel="alternate" (its path without SITE_URL and the base path). */
function twinOf(page: BuiltPage, basePath: string): string | undefined {
  const href = page.doc.querySelector('link[rel="alternate"][type="text/markdown"]')?.getAttribute('href');
  return href ? new URL(href).pathname.slice(basePath.length) : undefined;
}

describe.each([
  ['out', '', 'http://localhost:3000'],
  ['out-base', '/atlas', 'https://docs.example.com/atlas'],
])('%s/: Markdown twins', (dir, basePath, origin) => {
  const pages = builtPages(dir).filter((p) => !p.doc.querySelector('meta[http-equiv="refresh"]'));
  const withTwin = pages.filter((p) => twinOf(p, basePath));

  it('every entry, section landing page and system checklist links its twin, at its URL without the slash plus .md', () => {
    const expected = [...site.entries.map((e) => e.path), '/systems/', '/patterns/', '/decisions/', '/pitfalls/', '/templates/', '/review/fraud-detection/', '/assessment/', '/symptoms/', '/changelog/'];
    const linked = withTwin.map((p) => p.urlPath);
    for (const p of expected) expect(linked, p).toContain(p);
    for (const page of withTwin) expect(twinOf(page, basePath)).toBe(markdownPathOf(page.urlPath));
    expect(twinOf(pages.find((p) => p.urlPath === '/')!, basePath)).toBe('/index.md');
    expect(pages.filter((p) => ['/search/', '/review/'].includes(p.urlPath)).filter((p) => twinOf(p, basePath))).toEqual([]);
  });

  it('each twin exists, starts with frontmatter naming the page, and holds its h1 and every h2/h3 id', () => {
    for (const page of withTwin) {
      const twin = read(dir, twinOf(page, basePath)!);
      const what = `${dir}${twinOf(page, basePath)}`;
      const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(twin);
      expect(frontmatter, what).not.toBeNull();
      const meta = parseYaml(frontmatter![1]) as Record<string, string>;
      expect(meta.url, what).toBe(`${origin}${page.urlPath}`);
      expect(meta.url, what).toBe(page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
      expect(meta.title && meta.summary && meta.kind, what).toBeTruthy();
      expect(twin, what).toContain(`\n# ${visibleText(page.doc.querySelector('h1'))}\n`);
      const ids = page.doc.querySelectorAll('main h2[id], main h3[id]').map((h) => h.id).filter((id) => id !== 'toc-title');
      for (const id of ids) expect(twin, `${what} #${id}`).toMatch(new RegExp(`^#{2,3} .* \\{#${id}\\}$`, 'm'));
    }
  });

  it('diagrams are Mermaid fences with their titles, review questions a task list with their anchors, links absolute', () => {
    for (const page of withTwin) {
      const twin = read(dir, twinOf(page, basePath)!);
      const what = `${dir}${twinOf(page, basePath)}`;
      const figures = page.doc.querySelectorAll('figure.diagram');
      expect(twin.split('\n```mermaid\n').length - 1, what).toBe(figures.length);
      for (const figure of figures) expect(twin, what).toContain(`**Diagram: ${visibleText(figure.querySelector('.diagram-title'))}**\n\n\`\`\`mermaid\n`);
      if (page.urlPath.startsWith('/review/')) continue;
      for (const item of page.doc.querySelectorAll('li.review-item')) {
        // An item shown by reference (<ReviewRef>) links the page it is written on.
        expect(twin, `${what} #${item.id}`).toMatch(new RegExp(`^- \\[ \\] .* \\((must|should|consider) · [a-z ]+\\) — .*\\[#${item.id}\\]\\(${origin.replace(/[./]/g, '\\$&')}/[a-z0-9/-]*#${item.id}\\)$`, 'm'));
      }
      // No link a reader would have to resolve: every Markdown link and image is absolute.
      expect(twin.match(/\]\((?!https?:\/\/)[^)]*\)/g) ?? [], what).toEqual([]);
      expect(twin, what).not.toContain('](http://localhost:3000'.replace('http://localhost:3000', origin === 'http://localhost:3000' ? 'https://docs.example.com' : 'http://localhost:3000'));
    }
  });

  it('capabilities, symptoms and worksheets read in the twin as on the page without JavaScript', () => {
    const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    for (const page of withTwin) {
      const twin = read(dir, twinOf(page, basePath)!);
      const what = `${dir}${twinOf(page, basePath)}`;
      for (const li of page.doc.querySelectorAll('.capability-list > li')) {
        expect(twin, `${what} #${li.id}`).toMatch(new RegExp(`^- .*\\? \\(Level [123]\\) To get there: .*\\[#${li.id}\\]\\(${esc(origin)}${esc(page.urlPath)}#${li.id}\\)$`, 'm'));
      }
      const entry = site.entries.find((e) => e.path === page.urlPath);
      for (const symptom of entry?.symptoms ?? []) {
        const phrase = site.symptoms.find((t) => t.id === symptom.id)!.phrase;
        expect(twin, `${what} ${symptom.id}`).toContain(`- **[${phrase}](${origin}/symptoms/#${symptom.id})**: `);
        expect(twin, `${what} ${symptom.id}`).toContain(`Check: ${symptom.check}`);
      }
      if (entry?.worksheets.length) {
        expect(twin, what).toContain('**How the worksheet decides**');
        expect(twin.match(/^\d+\. .+ \(\[.+\]\(https?:\/\/[^)]+\)\)$/gm)?.length ?? 0, what).toBeGreaterThan(1);
      }
    }
    // The pages that carry them are among the twins: the test above cannot pass vacuously.
    expect(withTwin.map((p) => p.urlPath)).toEqual(expect.arrayContaining(['/maturity/', '/pitfalls/cold-start/', '/decisions/batch-vs-real-time/']));
  });

  it('llms.txt follows llmstxt.org: H1, blockquote, notes, then H2 sections of "- [Title](url): summary", Optional last', () => {
    const text = read(dir, 'llms.txt');
    const blocks = text.trim().split(/\n\n/);
    expect(blocks[0]).toBe('# ML System Design Atlas');
    expect(blocks[1]).toMatch(/^> \S/);
    const firstSection = blocks.findIndex((b) => b.startsWith('## '));
    expect(firstSection).toBeGreaterThan(2);
    for (const note of blocks.slice(2, firstSection)) expect(note).not.toMatch(/^#/m);
    const sections: { title: string; lines: string[] }[] = [];
    for (const block of blocks.slice(firstSection)) {
      if (block.startsWith('## ')) sections.push({ title: block.slice(3), lines: [] });
      else sections.at(-1)!.lines.push(...block.split('\n'));
    }
    expect(sections.at(-1)!.title).toBe('Optional');
    const urls: string[] = [];
    for (const { title, lines } of sections) {
      expect(lines.length, title).toBeGreaterThan(0);
      for (const line of lines) {
        const match = /^- \[([^\]]+)\]\((\S+)\): (.+)$/.exec(line);
        expect(match, `${title}: ${line}`).not.toBeNull();
        urls.push(match![2]);
      }
    }
    expect(new Set(urls).size).toBe(urls.length);
    for (const entry of site.entries) expect(urls, entry.id).toContain(`${origin}${markdownPathOf(entry.path)}`);
    for (const url of urls) expect(existsSync(path.join(ROOT, dir, url.slice(origin.length))), url).toBe(true);
    // One H2 per kind; trends and the reference card are optional reading.
    const optional = sections.at(-1)!.lines.join('\n');
    for (const entry of site.entries.filter((e) => e.kind === 'trend' || e.kind === 'reference')) expect(optional).toContain(markdownPathOf(entry.path));
    expect(sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Systems', 'Patterns', 'Decisions', 'Pitfalls', 'Templates', 'Guides']));
  });

  it('llms-full.txt holds every twin, home first', () => {
    const full = read(dir, 'llms-full.txt');
    expect(full.startsWith(read(dir, 'index.md'))).toBe(true);
    // The changelog's twin lists changes, not content: llms.txt links it instead.
    for (const page of withTwin.filter((p) => p.urlPath !== '/changelog/')) expect(full.includes(read(dir, twinOf(page, basePath)!)), page.urlPath).toBe(true);
    expect(read(dir, 'llms.txt')).toContain(`(${origin}/changelog.md)`);
  });

  it('twins, llms.txt and entries.json say whose text a page is, as the page does', () => {
    const guide = read(dir, 'guides/model-evaluation.md');
    expect(guide).toMatch(/^provenance: atlas$/m);
    expect(guide).toMatch(/^builds_on:$/m);
    expect(guide).toContain('**Written for the atlas**, not taken from the source document.');
    expect(guide).not.toContain('**Source:**');
    const nlp = read(dir, 'systems/nlp-systems.md');
    expect(nlp).toMatch(/^provenance: source$/m);
    expect(nlp).toContain('**Source:** *ML System Design Insights*, Core ML System Categories › 4. NLP Systems');
    // The mark opens the atlas-written section and no section the document covers.
    const section = (id: string) => nlp.slice(nlp.indexOf(`{#${id}}`), nlp.indexOf('\n## ', nlp.indexOf(`{#${id}}`)));
    expect(section('prompt-injection')).toContain('*Written for the atlas: this section’s subject is not in the source document');
    expect(section('key-challenge')).not.toContain('Written for the atlas');
    const llms = read(dir, 'llms.txt');
    expect(llms).toMatch(/\[Model Evaluation\]\(\S+\): .+ \(written for the atlas\)$/m);
    expect(llms).not.toMatch(/\[Label Leakage\]\(\S+\): .+ \(written for the atlas\)$/m);
    const catalogue = JSON.parse(read(dir, 'entries.json')) as { entries: { id: string; provenance: string; sections: { id: string; provenance?: string }[] }[] };
    const nlpEntry = catalogue.entries.find((e) => e.id === 'nlp-systems')!;
    expect(nlpEntry.sections.filter((s) => s.provenance === 'atlas').map((s) => s.id)).toEqual(['retrieval-quality', 'groundedness', 'prompt-injection', 'pii-handling']);
    expect(catalogue.entries.filter((e) => e.provenance === 'atlas').map((e) => e.id)).toEqual(expect.arrayContaining(['model-evaluation', 'rollout-and-rollback']));
  });

  it('entries.json lists every entry with its URLs, tags, related ids and section anchors', () => {
    const Section = z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), title: z.string().min(1), level: z.union([z.literal(2), z.literal(3)]), provenance: z.literal('atlas').optional() });
    const Catalogue = z.strictObject({
      name: z.literal('ML System Design Atlas'),
      url: z.literal(`${origin}/`),
      entries: z.array(
        z.strictObject({
          id: z.string().regex(/^[a-z0-9-]+$/),
          title: z.string().min(1),
          kind: z.enum(KINDS),
          summary: z.string().min(10),
          url: z.string().startsWith(`${origin}/`),
          markdownUrl: z.string().startsWith(`${origin}/`).endsWith('.md'),
          tags: z.array(z.string()),
          related: z.array(z.string()),
          reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
          provenance: z.enum(['source', 'atlas']),
          source: z.array(z.string().min(3)).min(1).optional(),
          buildsOn: z.array(z.string().min(3)).min(1).optional(),
          sections: z.array(Section),
        }),
      ),
      version: z.literal(2),
      built: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      systems: z.array(z.strictObject({ id: z.string(), title: z.string(), url: z.string().startsWith(`${origin}/`), serving: z.array(z.string()).min(1), traits: z.array(z.string()), checklistUrl: z.string().startsWith(`${origin}/review/`) })),
      reviewItems: z.array(z.looseObject({ id: z.string(), text: z.string().min(5), severity: z.enum(['must', 'should', 'consider']), url: z.string().startsWith(`${origin}/`), sectionUrl: z.string().startsWith(`${origin}/`) })),
      symptoms: z.array(
        z.strictObject({
          id: z.string(),
          phrase: z.string(),
          synonyms: z.array(z.string()),
          url: z.string().startsWith(`${origin}/symptoms/#`),
          causes: z.array(z.looseObject({ url: z.string().startsWith(`${origin}/`), sectionUrl: z.string().startsWith(`${origin}/`), check: z.string().min(5) })).min(1),
        }),
      ),
    });
    const catalogue = Catalogue.parse(JSON.parse(read(dir, 'entries.json')));
    expect(catalogue.entries.map((e) => e.id).sort()).toEqual(site.entries.map((e) => e.id).sort());
    // Review items and symptoms: every one the site has, each URL an anchor of its page.
    expect(catalogue.reviewItems.map((i) => i.id).sort()).toEqual(site.entries.flatMap((e) => e.reviewItems.map((i) => i.id)).sort());
    expect(catalogue.symptoms.map((s) => s.id)).toEqual(site.symptoms.map((s) => s.id));
    expect(catalogue.systems.map((s) => s.id).sort()).toEqual(site.entries.filter((e) => e.kind === 'system').map((e) => e.id).sort());
    const anchorOf = (url: string) => {
      const [pagePath, id] = url.slice(origin.length).split('#');
      return pages.find((p) => p.urlPath === pagePath)?.doc.querySelector(`[id="${id}"]`);
    };
    for (const item of catalogue.reviewItems) for (const url of [item.url, item.sectionUrl]) expect(anchorOf(url), url).toBeTruthy();
    for (const symptom of catalogue.symptoms) for (const url of [symptom.url, ...symptom.causes.map((c) => c.sectionUrl)]) expect(anchorOf(url), url).toBeTruthy();
    const ids = new Set(catalogue.entries.map((e) => e.id));
    for (const entry of catalogue.entries) {
      for (const id of entry.related) expect(ids.has(id), `${entry.id} → ${id}`).toBe(true);
      const page = pages.find((p) => `${origin}${p.urlPath}` === entry.url);
      expect(page, entry.url).toBeDefined();
      expect(existsSync(path.join(ROOT, dir, entry.markdownUrl.slice(origin.length))), entry.markdownUrl).toBe(true);
      // Whose text it is: a source page names its source sections, an atlas page what it builds on, never both.
      expect(entry.provenance === 'atlas' ? [entry.buildsOn?.length, entry.source] : [entry.source?.length, entry.buildsOn], entry.id).toEqual([expect.any(Number), undefined]);
      // Every section anchor is an h2/h3 of the page, with its title.
      for (const section of entry.sections) expect(visibleText(page!.doc.querySelector(`h${section.level}[id="${section.id}"]`)), `${entry.id}#${section.id}`).toBe(section.title);
    }
  });

  it('review-items.json lists every review item with its bar, scope, version, links and retired ids', () => {
    const Url = z.string().startsWith(`${origin}/`);
    const Items = z.strictObject({
      name: z.string(),
      url: z.literal(`${origin}/review/`),
      schema: z.literal(1),
      atlasVersion: z.string().regex(/^[0-9a-f]{8}$/),
      items: z.array(
        z.strictObject({
          id: z.string().regex(/^[a-z0-9-]+$/),
          text: z.string().min(5),
          why: z.string().min(5),
          pass: z.string().nullable(),
          evidence: z.string().nullable(),
          phase: z.string(),
          severity: z.enum(['must', 'should', 'consider']),
          scope: z.strictObject({ systems: z.array(z.string()), serving: z.array(z.string()), maturity: z.number().int(), when: z.array(z.string()) }),
          core: z.boolean().nullable(),
          capability: z.string().nullable(),
          version: z.string().regex(/^[0-9a-f]{10}$/),
          url: Url,
          page: z.strictObject({ id: z.string(), title: z.string(), url: Url }),
          section: z.strictObject({ id: z.string(), title: z.string(), url: Url }),
          aliases: z.array(z.string()),
        }),
      ),
    });
    const catalogue = Items.parse(JSON.parse(read(dir, 'review-items.json')));
    expect(catalogue.items.map((i) => i.id).sort()).toEqual(site.entries.flatMap((e) => e.reviewItems.map((i) => i.id)).sort());
    for (const item of catalogue.items.slice(0, 40)) {
      const page = pages.find((p) => `${origin}${p.urlPath}` === item.page.url);
      expect(page, item.page.url).toBeDefined();
      expect(page!.doc.querySelector(`[id="${item.id}"]`), item.url).not.toBeNull();
      expect(page!.doc.querySelector(`[id="${item.section.id}"]`), item.section.url).not.toBeNull();
    }
  });
});
