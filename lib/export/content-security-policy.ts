import { createHash } from 'node:crypto';
import { inlineStyles } from './inline-stylesheet';

/** Inline `<script>` bodies exactly as the HTML holds them (script text is raw: the browser hashes these bytes). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes, body]) => !/\bsrc\s*=/i.test(attributes) && body.length > 0)
    .map(([, , body]) => body);
}

export function sha256Source(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * The policy of one page. Scripts: the site's own files plus this page's inline scripts by hash (the theme
 * script, the Turbopack bootstrap, the first diagram's loader, alias redirects; the RSC payload is a file,
 * lib/export/external-payload.ts); never 'unsafe-inline' or 'unsafe-eval'.
 * Styles: the site's own files plus the page's inline stylesheet by hash (lib/export/inline-stylesheet.ts); no
 * style attributes ship. Images: the site's own files only. frame-ancestors cannot be set
 * from a <meta> (browsers ignore it there): the hosting headers carry it (lib/export/security-headers.ts).
 */
export function pagePolicy(html: string): string {
  const hashes = [...new Set(inlineScripts(html).map(sha256Source))];
  const styleHashes = [...new Set(inlineStyles(html).map(sha256Source))];
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...hashes].join(' ')}`,
    `style-src ${["'self'", ...styleHashes].join(' ')}`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/?>/i;
const CHARSET = /<meta charSet="utf-8"\/?>/i;

/**
 * The page with its policy as the first thing after the charset, before any script: a <meta> policy only
 * governs what comes after it. Idempotent, so running the step twice changes nothing.
 */
export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(html.replace(META, ''))}"/>`;
  if (META.test(html)) return html.replace(META, meta);
  const charset = CHARSET.exec(html);
  if (!charset) throw new Error('no <meta charSet="utf-8"/> to put the Content-Security-Policy after');
  const at = charset.index + charset[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
