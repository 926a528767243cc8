/**
 * The site for tools (scripts/export-markdown.ts): time to write every Markdown twin, llms.txt, llms-full.txt and
 * entries.json (median of 5 in-process runs, wall clock and CPU, file writes excluded), and the sizes in out/ (raw and gzip level 9).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readSource } from '../lib/content/load';
import { SITE_DATA_FILE } from '../lib/content/paths';
import type { SiteData } from '../lib/content/types';
import { gzipSize, kb } from '../lib/export/byte-size';
import { toolFiles } from '../lib/export/site-markdown';

export function benchExport(out = 'out'): void {
  const data = JSON.parse(readFileSync(SITE_DATA_FILE, 'utf8')) as SiteData;
  const sources = new Map(data.entries.map((e) => [e.id, readSource(e.file, e.file)]));
  const times: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    toolFiles(data.entries, (e) => sources.get(e.id)!, { absoluteUrl: (p) => `https://atlas.example.com${p}`, symptoms: data.symptoms, date: '2026-11-29' });
    const used = process.cpuUsage(cpuStarted);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (list: number[]) => Math.round([...list].sort((a, b) => a - b)[2]);
  const size = (file: string) => {
    const bytes = readFileSync(path.join(out, file));
    return `${kb(bytes.length)} KB (${kb(gzipSize(bytes))} KB gzip)`;
  };
  const twins = readdirSync(out, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.md'));
  const twinBytes = twins.reduce((n, d) => n + readFileSync(path.join(d.parentPath, d.name)).length, 0);
  console.log(`Site for tools: ${twins.length} Markdown twins, ${kb(twinBytes)} KB in all; generated in ${median(times)} ms, ${median(cpu)} ms of CPU (medians of 5; first run ${Math.round(times[0])} ms: the machine's load shows in the first number, not the second)`);
  console.log(`llms-full.txt ${size('llms-full.txt')}; llms.txt ${size('llms.txt')}; entries.json ${size('entries.json')}`);
  console.log();
}
