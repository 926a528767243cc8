/**
 * The citations part of `npm run bench` (README "Citations"): the size of /citations.json and of the archive of
 * section texts in out/ (raw and gzip level 9, each archived text compressed on its own, as it is served), and the
 * build-time cost of the citation step (lib/citations/write-files.ts): building the index (the history files read
 * from content/history/ each time) and writing the files, first run and median of 5 in-process runs, wall clock and CPU.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ARCHIVE_DIR, CITATIONS_FILE, citationIndex, writeCitationFiles } from '../lib/citations/write-files';
import { SITE_DATA_FILE } from '../lib/content/paths';
import type { SiteData } from '../lib/content/types';
import { gzipSize as gz, kb } from '../lib/export/byte-size';

const RUNS = 5;
const median = (list: number[]) => Math.round([...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]);

function timed<T>(run: () => T): { result: T; ms: number; cpuMs: number } {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const result = run();
  const cpu = process.cpuUsage(cpuStarted);
  return { result, ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 };
}

export function benchCitations(out = 'out'): string[] {
  const index = readFileSync(path.join(out, CITATIONS_FILE));
  const archiveDir = path.join(out, ARCHIVE_DIR);
  const files = readdirSync(archiveDir);
  const texts = files.filter((f) => f.endsWith('.txt'));
  // post-build.ts precompresses the larger texts next to them: what the export holds on disk besides the texts.
  const precompressed = files.filter((f) => f.endsWith('.txt.gz'));
  const precompressedBytes = precompressed.reduce((n, f) => n + readFileSync(path.join(archiveDir, f)).length, 0);
  let raw = 0;
  let zipped = 0;
  for (const file of texts) {
    const bytes = readFileSync(path.join(archiveDir, file));
    raw += bytes.length;
    zipped += gz(bytes);
  }

  const root = process.cwd();
  const data = JSON.parse(readFileSync(SITE_DATA_FILE, 'utf8')) as SiteData;
  const build: ReturnType<typeof timed<ReturnType<typeof citationIndex>>>[] = [];
  const write: { ms: number; cpuMs: number }[] = [];
  const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-bench-citations-'));
  try {
    for (let run = 0; run < RUNS; run++) {
      const built = timed(() => citationIndex(data, root, 'https://atlas.example.com', '', '2026-01-01'));
      build.push(built);
      write.push(timed(() => writeCitationFiles(built.result.index, built.result.texts, scratch)));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const line = (label: string, runs: { ms: number; cpuMs: number }[]) =>
    `${label} first run ${Math.round(runs[0].ms)} ms (${Math.round(runs[0].cpuMs)} ms CPU), median of ${RUNS} ${median(runs.map((r) => r.ms))} ms (${median(runs.map((r) => r.cpuMs))} ms CPU)`;
  const lines = [
    `Citations: /${CITATIONS_FILE} ${kb(index.length)} KB (${kb(gz(index))} KB gzip); archive /${ARCHIVE_DIR}/ ${texts.length} section texts, ${kb(raw)} KB (${kb(zipped)} KB gzip, each text on its own); with the ${precompressed.length} precompressed .gz copies the archive holds ${kb(raw + precompressedBytes)} KB on disk`,
    `citation step of the build: ${line('index', build)}; ${line('writing the files', write)}`,
  ];
  for (const l of lines) console.log(l);
  console.log();
  return lines;
}

// Run alone: npx tsx scripts/bench-citations.ts (against out/ and .content/ of the last build)
if (import.meta.url === `file://${process.argv[1]}`) benchCitations();
