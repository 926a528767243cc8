import { gzipSync } from 'node:zlib';

/** KB to one decimal, as the budgets are stated and the benches print them. */
export const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Bytes after gzip at level 9, what the precompressed files in out/ hold (lib/export/precompress.ts). */
export const gzipSize = (buffer: Buffer | string) => gzipSync(buffer, { level: 9 }).length;
