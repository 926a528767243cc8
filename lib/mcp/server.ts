import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { KINDS } from '../content/kinds';
import { markdownPathOf } from '../export/markdown-paths';
import { KIND_FILTERS } from '../search/kind-filter';
import { CONDITIONS, MATURITY_LEVELS, SERVING_MODES } from '../review/model';
import { SITE_NAME } from '../site-config';
import { Atlas } from './atlas';

const text = (value: string) => ({ content: [{ type: 'text' as const, text: value }] });

/**
 * The atlas's MCP server: four tools and every Markdown twin as a resource. Arguments are checked by the SDK against
 * the zod shapes below (a bad one answers "Input validation error: …"); a wrong id answers with what to send instead.
 */
export function atlasServer(atlas: Atlas, version: string, today: () => string = () => new Date().toISOString().slice(0, 10)): McpServer {
  const server = new McpServer(
    { name: 'ml-system-design-atlas', title: SITE_NAME, version },
    {
      instructions: `${SITE_NAME}: patterns, decisions, pitfalls and review checklists for production ML systems. Search with search_atlas, read a page or one section with get_page, and cite the URL each answer gives.`,
    },
  );

  server.registerTool(
    'search_atlas',
    {
      title: 'Search the atlas',
      description: 'Sections of the atlas that answer a query, best first, through the site\'s own search engine: each with its title path, kind, a snippet and an absolute URL to cite.',
      inputSchema: {
        query: z.string().trim().min(1).max(200).describe('What to look for, e.g. "label leakage detection" or "offline metrics good production worse".'),
        kind: z.enum(KIND_FILTERS.map((k) => k.value) as [string, ...string[]]).optional().describe('Only results of this kind.'),
        limit: z.number().int().min(1).max(30).default(8).describe('Most results to return (default 8).'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ query, kind, limit }) => {
      const results = await atlas.search(query, { kind: kind as (typeof KIND_FILTERS)[number]['value'] | undefined, limit });
      if (results.length === 0) return text(`Nothing in the atlas matches "${query}"${kind ? ` among ${kind} results` : ''}.`);
      return text(results.map((r, i) => `${i + 1}. [${r.title}](${r.url}) (${r.kind})\n   ${r.snippet}`).join('\n'));
    },
  );

  server.registerTool(
    'get_page',
    {
      title: 'Read a page or a section',
      description: 'A page of the atlas, or one of its sections, as Markdown (its twin), ending with the URL to cite. Accepts an entry id, a site path or a URL; a URL with #anchor returns that section.',
      inputSchema: {
        page: z.string().trim().min(1).max(500).describe('Entry id ("label-leakage"), site path ("/pitfalls/label-leakage/") or URL, optionally with #section.'),
        section: z.string().trim().regex(/^[a-z0-9-]+$/, 'a section id is lowercase letters, digits and hyphens').optional().describe('A section id ("detection"): only that section.'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ page, section }) => text((await atlas.page(page, section)).markdown),
  );

  server.registerTool(
    'review_checklist',
    {
      title: 'Design review checklist',
      description: 'The design review checklist for a system, serving mode, maturity level and conditions, as a Markdown task list with a link to each item and to the section that explains it: the same as the review builder\'s export.',
      inputSchema: {
        system: z.string().trim().optional().describe('A system id, e.g. "fraud-detection" (list_entries with kind "system"); omitted: items for any system.'),
        serving: z.enum(SERVING_MODES).optional(),
        maturity: z.union(MATURITY_LEVELS.map((l) => z.literal(l)) as unknown as [z.ZodLiteral<0>, z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>]).optional().describe('Team MLOps maturity level, 0 to 3.'),
        conditions: z.array(z.enum(CONDITIONS)).optional().describe('Conditions that hold; omitted with a system, the system\'s own.'),
        scope: z.enum(['core', 'full']).default('core').describe('"core": the first pass; "full": every item.'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async (args) => text(atlas.checklist(args, today()).markdown),
  );

  server.registerTool(
    'list_entries',
    {
      title: 'List the atlas\'s pages',
      description: 'Every entry of the atlas (or those of one kind) with its id, title, summary and URL.',
      inputSchema: { kind: z.enum(KINDS).optional().describe('Only entries of this kind.') },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ kind }) => text(atlas.entries(kind).map((e) => `- ${e.id} (${e.kind}): [${e.title}](${e.url}): ${e.summary}`).join('\n')),
  );

  // Each twin is a resource at its own URL, so a client that reads resources gets the same text it could fetch.
  const twins = [
    ...atlas.catalogue.entries.map((e) => ({ title: e.title, summary: e.summary, uri: e.markdownUrl })),
    ...atlas.toolPages().map((p) => ({ ...p, uri: atlas.absolute(markdownPathOf(p.path)) })),
  ];
  for (const twin of twins) {
    server.registerResource(twin.uri, twin.uri, { title: twin.title, description: twin.summary, mimeType: 'text/markdown' }, async (uri) => ({
      contents: [{ uri: uri.href, mimeType: 'text/markdown', text: (await atlas.page(twin.uri)).markdown }],
    }));
  }
  return server;
}
