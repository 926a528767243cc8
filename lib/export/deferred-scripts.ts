/**
 * Next's bundles as `defer` instead of `async` (issue #22). An async script runs the moment it arrives, which on a
 * slow phone is while the parser is still on the page's text: its evaluation interleaves with parsing and the
 * content reaches the screen later. Deferred, the bundles still download from the start but run after the parse,
 * in document order, before DOMContentLoaded; the RSC payload is complete by then, so hydration needs no waiting.
 * The policy is unaffected: it hashes inline scripts, and these have a src.
 */
const ASYNC_SCRIPT = /<script src="([^"]+\.js)" async=""><\/script>/g;

/** Idempotent: deferred scripts no longer match. */
export function withDeferredScripts(html: string): string {
  return html.replace(ASYNC_SCRIPT, '<script src="$1" defer=""></script>');
}
