/**
 * The one check for text that is shown outside the page body: titles and summaries (the h1, the browser tab,
 * search results, link previews, the Markdown twins, llms.txt, entries.json) and changelog summaries. Each of
 * those outputs has its own escaping, and some (a twin rendered by another tool, a chat preview) none we control,
 * so markup and invisible reordering are refused at the source rather than escaped in some outputs and not others.
 */

/** Bidirectional embeddings, overrides and isolates, and the Arabic letter mark: they reorder how text displays ("exe.gpj"). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** C0 and C1 control characters (tab and newline included: these are one-line texts). */
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/;
/** The start of an HTML tag, comment or declaration: "<img", "</script", "<!--". A bare "<100ms" is fine. */
const MARKUP = /<[A-Za-z/!?]/;

/** What is wrong with a title or summary, as a zod-style message ("must not …"), or undefined. */
export function plainTextProblem(text: string): string | undefined {
  const bidi = BIDI_CONTROLS.exec(text);
  if (bidi) return `must not contain the invisible direction control U+${bidi[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, which reorders how the text displays. Delete it`;
  const control = CONTROLS.exec(text);
  if (control) return `must not contain the control character U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}. Delete it`;
  const markup = MARKUP.exec(text);
  if (markup) return `must be plain text, not HTML ("${text.slice(markup.index, markup.index + 12)}…"): it is shown in places that do not escape it. Describe it in words, or write "< " with a space`;
  return undefined;
}
