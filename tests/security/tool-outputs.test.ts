import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readSource } from '@/lib/content/load';
import { SITE_DATA_FILE } from '@/lib/content/paths';
import type { SiteData } from '@/lib/content/types';
import { toolFiles } from '@/lib/export/site-markdown';
import { ROOT } from '../helpers/built-site';

/**
 * F03/F09: the Markdown twins and llms files once carried a title's "</script><script>" and a summary's
 * "<img onerror>" raw, while the HTML escaped them. The content step now refuses markup there
 * (tests/security/content-probes.ts); this checks that the outputs escape it on their own as well, from the site
 * data `npm run content` wrote, with one entry's title and summary replaced by markup.
 */
describe('security probes: the files for tools escape markup from titles and summaries', () => {
  const data = JSON.parse(readFileSync(path.join(ROOT, SITE_DATA_FILE), 'utf8')) as SiteData;
  const victim = data.entries.find((e) => e.path === '/trends/') ?? data.entries[1];
  victim.title = '</script><script>alert(1)</script>';
  victim.summary = 'A summary with <img src=x onerror=alert(1)> in it.';
  const files = toolFiles(data.entries, (entry) => readSource(path.join(ROOT, entry.file), entry.file), {
    absoluteUrl: (sitePath) => `https://atlas.example${sitePath}`,
    symptoms: data.symptoms,
    date: '2026-12-05',
  });
  const texts: [string, string][] = [
    ...files.pages.map((p) => [`${p.path} twin`, p.markdown] as [string, string]),
    ['llms.txt', files.llmsTxt],
    ['llms-full.txt', files.llmsFullTxt],
  ];

  it.each(texts)('%s has no raw tag from the title or summary', (_name, text) => {
    // Escaped as "\<" (Markdown's escape, as review text is), never a tag a renderer would build.
    expect(text).not.toMatch(/(^|[^\\])<script>alert/);
    expect(text).not.toMatch(/(^|[^\\])<img src=x onerror/);
  });

  it('the twin of the page itself still shows the text, escaped, and its frontmatter reads back exactly', () => {
    const twin = files.pages.find((p) => p.path === victim.path)!.markdown;
    const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(twin)![1]) as { title: string; summary: string };
    expect(frontmatter).toMatchObject({ title: victim.title, summary: victim.summary });
    expect(twin).toContain('# \\</script>\\<script>alert(1)\\</script>');
    expect(twin).toContain('A summary with \\<img src=x onerror=alert(1)> in it.');
  });

  it('entries.json keeps the text as JSON data (a string value, never markup a JSON reader would run)', () => {
    const entries = JSON.parse(files.entriesJson) as { entries?: { title: string }[] } | { title: string }[];
    const list = Array.isArray(entries) ? entries : (entries.entries ?? []);
    expect(list.some((e) => e.title === victim.title)).toBe(true);
  });
});
