/**
 * The site's stylesheet inline in each page (issue #22). As a <link> it was a render-blocking request that cost a
 * round trip plus its share of the bandwidth the scripts take on a slow phone, and the theme script after it
 * waited for it, so nothing below the header was parsed before it arrived.
 *
 * Next's own `experimental.inlineCss` puts the CSS text into the page's RSC payload twice more and into every
 * navigation payload, so the export does it instead: a <style> with the file's text, then the <link> kept with
 * `disabled`, which the browser does not fetch and React still finds by its href, so hydration and client
 * navigations treat the stylesheet as loaded and never request it. The policy allows the <style> by hash.
 */

const LINK = /<link rel="stylesheet" href="([^"]+\.css)" data-precedence="([^"]+)"\/>/g;

/**
 * `readCss(href)` gives the text of a stylesheet the page links (href as in the HTML, base path included).
 * Idempotent: a page whose links are already disabled has nothing to match.
 */
export function withInlineStylesheets(html: string, readCss: (href: string) => string): string {
  return html.replace(LINK, (_link, href: string, precedence: string) => {
    const css = readCss(href);
    if (/<\/style/i.test(css)) throw new Error(`${href} contains "</style", which would end the inline <style> early`);
    return `<style>${css}</style><link rel="stylesheet" href="${href}" data-precedence="${precedence}" disabled=""/>`;
  });
}

/** Inline `<style>` bodies exactly as the HTML holds them (the browser hashes these bytes). */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body]) => body);
}
