// npm run bench: the link-preview images. Renders every page's card into an empty cache (cold), then again
// (cached, what a second build does), and reports the time and the sizes of the PNG files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SiteData } from '../lib/content/types';
import { ogPages } from '../lib/export/og-pages';
import { writeOgImages } from '../lib/export/og-store';

export async function benchOgImages(data: SiteData): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-bench-og-'));
  const root = process.cwd();
  const pages = ogPages(data);
  const run = async () => {
    const started = performance.now();
    const stats = await writeOgImages(pages, path.join(dir, 'public'), root, path.join(dir, 'cache'));
    return { ...stats, total: Math.round(performance.now() - started) };
  };
  try {
    const cold = await run();
    const cached = await run();
    const sizes = [...cold.sizes].sort((a, b) => a - b);
    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    console.log(`Link-preview images (satori + resvg, 1200×630 PNG): ${cold.pages} pages`);
    console.log(`render cold   ${cold.rendered} images in ${cold.renderMs} ms (${Math.round(cold.renderMs / cold.rendered)} ms each); step ${cold.total} ms`);
    console.log(`render cached ${cached.rendered} rendered; step ${cached.total} ms (hash, copy into public/og/)`);
    console.log(
      `sizes: min ${kb(sizes[0])} KB, median ${kb(sizes[Math.floor(sizes.length / 2)])} KB, max ${kb(sizes.at(-1)!)} KB; total ${kb(sizes.reduce((a, b) => a + b, 0))} KB`,
    );
    console.log();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
