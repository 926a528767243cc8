// `npm run mcp`: the atlas as a Model Context Protocol server over stdio, for coding assistants (README: MCP server).
// Usage: tsx scripts/mcp.ts [--dir out] [--site https://host/atlas/]
// It reads a built export (out/ by default) or a deployed atlas; stdout carries the protocol, so messages go to stderr.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { Atlas } from '../lib/mcp/atlas';
import { atlasServer } from '../lib/mcp/server';
import { folderFiles, siteFiles } from '../lib/mcp/site-files';

const root = path.resolve(import.meta.dirname, '..');

async function main() {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, site: { type: 'string' } }, strict: true });
  if (values.dir && values.site) throw new Error('Give --dir or --site, not both.');
  if (values.site && !/^https?:\/\/[^\s]+$/.test(values.site)) throw new Error(`--site must be the http(s) URL of a deployed atlas; got "${values.site}".`);
  const files = values.site ? siteFiles(values.site) : folderFiles(path.resolve(root, values.dir ?? 'out'));
  const atlas = await Atlas.load(files);
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  await atlasServer(atlas, version).connect(new StdioServerTransport());
  console.error(`atlas MCP server: ${atlas.catalogue.entries.length} entries from ${files.where}, on stdio`);
}

main().catch((error: unknown) => {
  console.error(`atlas MCP server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
