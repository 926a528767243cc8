import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/built-site';

// The server as a client starts it: `npm run --silent mcp` over stdio, reading out/ (npm test builds it first).
const catalogue = JSON.parse(readFileSync(path.join(ROOT, 'out/entries.json'), 'utf8')) as {
  url: string;
  entries: { id: string; kind: string; url: string; markdownUrl: string; sections: { id: string; title: string }[] }[];
  reviewItems: { id: string; severity: string; systems: string[] }[];
};
const site = catalogue.url;

let client: Client;

beforeAll(async () => {
  client = new Client({ name: 'atlas-test', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: 'npm', args: ['run', '--silent', 'mcp'], cwd: ROOT, stderr: 'ignore' }));
  // npm, tsx and the index load take a few seconds, more on a busy machine.
}, 60_000);
afterAll(async () => {
  await client?.close();
});

type Result = Awaited<ReturnType<Client['callTool']>>;
const textOf = (result: Result) => (result.content as { type: string; text: string }[]).map((c) => c.text).join('\n');

describe('npm run mcp', () => {
  it('offers the four tools and every twin as a resource', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['get_page', 'list_entries', 'review_checklist', 'search_atlas']);
    const { resources } = await client.listResources();
    const uris = resources.map((r) => r.uri);
    for (const entry of catalogue.entries) expect(uris).toContain(entry.markdownUrl);
    expect(uris).toContain(`${site}review/fraud-detection.md`);
    const leakage = catalogue.entries.find((e) => e.id === 'label-leakage')!;
    const read = await client.readResource({ uri: leakage.markdownUrl });
    expect((read.contents[0] as { text: string }).text).toMatch(/^---\n[\s\S]*\n# Label Leakage\n/);
  });

  it('search_atlas ranks sections with the site\'s engine: title path, kind, snippet and absolute URL', async () => {
    const result = await client.callTool({ name: 'search_atlas', arguments: { query: 'label leakage', limit: 3 } });
    expect(result.isError).toBeFalsy();
    const lines = textOf(result).split('\n');
    expect(lines[0]).toBe(`1. [Label Leakage](${site}pitfalls/label-leakage/) (Pitfall)`);
    const results = lines.filter((l) => /^\d\. /.test(l));
    expect(results).toHaveLength(3);
    // A section of the page comes next among the first three (another page's section that names it may come between).
    expect(results.slice(1).some((r) => new RegExp(`^\\d\\. \\[Label Leakage › [^\\]]+\\]\\(${site}pitfalls/label-leakage/#[a-z0-9-]+\\) \\(Pitfall\\)$`).test(r))).toBe(true);
    for (const result of results) expect(result).toMatch(new RegExp(`\\]\\(${site}[^)]*\\) \\([A-Z][a-z ]+\\)$`));
    // Each result has a snippet, its matched words in bold (a page's intro shows its summary).
    const snippets = lines.filter((l) => l.startsWith('   '));
    expect(snippets).toHaveLength(3);
    expect(snippets.some((s) => /\*\*leakage\*\*/i.test(s))).toBe(true);

    const symptoms = textOf(await client.callTool({ name: 'search_atlas', arguments: { query: 'offline good production worse', kind: 'symptom', limit: 2 } }));
    expect(symptoms).toContain(`(Symptom)`);
    expect(symptoms).toContain(`${site}symptoms/#`);
    expect(textOf(await client.callTool({ name: 'search_atlas', arguments: { query: 'zzqqxxv' } }))).toBe('Nothing in the atlas matches "zzqqxxv".');
  });

  it('get_page gives a twin, or one section with its citation, by id, path or URL', async () => {
    const page = textOf(await client.callTool({ name: 'get_page', arguments: { page: 'label-leakage' } }));
    expect(page).toContain('\n# Label Leakage\n');
    expect(page.trimEnd().endsWith(`Source: [Label Leakage](${site}pitfalls/label-leakage/)`)).toBe(true);

    const section = textOf(await client.callTool({ name: 'get_page', arguments: { page: '/pitfalls/label-leakage/', section: 'detection' } }));
    expect(section.startsWith('## Detection\n')).toBe(true);
    expect(section).toContain(`Source: [Label Leakage › Detection](${site}pitfalls/label-leakage/#detection)`);
    const byUrl = textOf(await client.callTool({ name: 'get_page', arguments: { page: `${site}pitfalls/label-leakage/#detection` } }));
    expect(byUrl).toBe(section);
  });

  it('review_checklist is the builder\'s export of a new review: the list by phase with deep links for the choice', async () => {
    const full = textOf(await client.callTool({ name: 'review_checklist', arguments: { system: 'fraud-detection', serving: 'real-time', maturity: 1, scope: 'full' } }));
    expect(full).toMatch(/^# Design review: Fraud Detection, real-time, Level 1/);
    // The system's own conditions apply, as when the builder's system is chosen.
    expect(full).toContain('- Conditions: Labels arrive late, Adversarial users');
    expect(full).toContain(`(${site}review/?system=fraud-detection&serving=real-time&maturity=1&when=labels-late%2Cadversarial)`);
    // A new review: no item has a status, so none is written.
    const itemLine = (line: string) => /^- (Must|Should|Consider) · /.test(line);
    const items = full.split('\n').filter(itemLine);
    expect(items.length).toBeGreaterThan(20);
    // Each item links its section as a citation (its version in the query), which is also how the import knows the item.
    for (const line of items) expect(line).toMatch(new RegExp(`^- (Must|Should|Consider) · \\[.+\\]\\(${site.replace(/[.?]/g, '\\$&')}[^)]+\\?v=[0-9a-f]+#[a-z0-9-]+\\)\\\\?$`));

    const core = textOf(await client.callTool({ name: 'review_checklist', arguments: { system: 'fraud-detection', serving: 'real-time', maturity: 1 } }));
    const coreItems = core.split('\n').filter(itemLine);
    expect(coreItems.length).toBeGreaterThanOrEqual(15);
    expect(coreItems.length).toBeLessThanOrEqual(40);
    expect(core).toContain(`(core list: ${coreItems.length} of ${items.length} items)`);
  });

  it('list_entries lists every entry of a kind with its id and URL', async () => {
    const systems = textOf(await client.callTool({ name: 'list_entries', arguments: { kind: 'system' } })).split('\n');
    const expected = catalogue.entries.filter((e) => e.kind === 'system');
    expect(systems).toHaveLength(expected.length);
    for (const entry of expected) expect(systems.some((l) => l.startsWith(`- ${entry.id} (system): [`) && l.includes(`](${entry.url})`))).toBe(true);
    expect(textOf(await client.callTool({ name: 'list_entries', arguments: {} })).split('\n')).toHaveLength(catalogue.entries.length);
  });

  it('answers an unknown id or a bad argument with what to send instead', async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['get_page', { page: 'label-leakag' }, /Unknown page id "label-leakag"\. Did you mean label-leakage/],
      ['get_page', { page: '/pitfalls/nope/' }, /No page at .*pitfalls\/nope\/\. list_entries gives every entry id/],
      ['get_page', { page: 'label-leakage', section: 'nope' }, /Label Leakage has no section "nope"\. Its sections: .*detection/],
      ['get_page', { page: 'https://elsewhere.example/x/' }, /is not a page of this atlas/],
      ['review_checklist', { system: 'fraud' }, /Unknown system "fraud"\. Systems: .*fraud-detection/],
      ['review_checklist', { maturity: 7 }, /Input validation error/],
      ['search_atlas', { query: '' }, /Input validation error/],
      ['search_atlas', { query: 'drift', kind: 'blog' }, /Input validation error/],
      ['list_entries', { kind: 'widget' }, /Input validation error/],
    ];
    for (const [name, args, message] of cases) {
      const result = await client.callTool({ name, arguments: args });
      expect(result.isError, `${name} ${JSON.stringify(args)}`).toBe(true);
      expect(textOf(result), `${name} ${JSON.stringify(args)}`).toMatch(message);
    }
  });
});
