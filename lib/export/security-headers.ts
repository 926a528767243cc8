/**
 * The response headers every host of the site sends (README "Deploying"): written into the export as `_headers`
 * (Netlify, Cloudflare Pages), mirrored by serve.json (`npm run serve`) and deploy/nginx.conf; tests check each.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The site uses none of these; denying them means an injected script could not either.
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
  // The page's own policy is a <meta> (per-page script hashes); framing can only be forbidden by a header.
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
};

/**
 * Hashed build output, content-addressed diagram renderings, and the search index's parts and section texts (in a
 * folder named for a hash of what the build shipped) never change under the same URL.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (HTML, the search index's core and whole file, sitemap): revalidate on every use, so a deploy shows at once. */
export const REVALIDATE = 'no-cache';

export const IMMUTABLE_PATHS = ['/_next/static/*', '/diagrams/*', '/search-parts/*', '/search-text/*'] as const;

/** Markdown twins of pages (/pitfalls/label-leakage.md): hosts guess other types for .md, or none. */
export const MARKDOWN_TYPE = 'text/markdown; charset=utf-8';

/**
 * The `_headers` file. Netlify and Cloudflare Pages apply every rule that matches and join two values of one
 * header with a comma, so no two rules may set Cache-Control for the same URL: the site-wide rule carries only
 * the security headers, and each page gets its own no-cache rule (other files keep the host's default, which
 * revalidates on both). Each Markdown twin gets its content type by name too: a splat in the middle of a path is not
 * read the same way by both hosts.
 */
export function headersFile(pagePaths: readonly string[], basePath = '', markdownPaths: readonly string[] = []): string {
  const block = (path: string, headers: Record<string, string>) =>
    `${path}\n${Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
  return [
    block(`${basePath}/*`, SECURITY_HEADERS),
    ...IMMUTABLE_PATHS.map((p) => block(`${basePath}${p}`, { 'Cache-Control': IMMUTABLE })),
    ...pagePaths.map((p) => block(`${basePath}${p}`, { 'Cache-Control': REVALIDATE })),
    ...markdownPaths.map((p) => block(`${basePath}${p}`, { 'Content-Type': MARKDOWN_TYPE })),
  ].join('\n');
}
