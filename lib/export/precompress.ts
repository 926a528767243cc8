import { gzipSync } from 'node:zlib';

/** Text files a static host can serve precompressed (nginx gzip_static): what the export is made of, images aside
 * (.md for Markdown twins of pages). */
export const COMPRESSIBLE = /\.(html|js|css|svg|json|txt|xml|md)$/;
/** Below this a response fits in one packet anyway, and gzip's header eats much of the gain. */
export const MIN_BYTES = 1024;

/** The gzip of a file's bytes, or undefined when it would not save at least a tenth. */
export function precompressed(bytes: Buffer): Buffer | undefined {
  if (bytes.length < MIN_BYTES) return undefined;
  const gz = gzipSync(bytes, { level: 9 });
  return gz.length <= bytes.length * 0.9 ? gz : undefined;
}
