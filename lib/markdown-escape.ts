/** Brackets would end a link text early and a leading "#" or "-" could start a block; escape what Markdown reads. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\[\]*_`<>])/g, '\\$1');
}

/**
 * Titles and summaries go into the Markdown twins and llms files as text: a "<" that would open a tag is escaped
 * (as review text is), so a tool that renders the Markdown as HTML shows it instead of running it. The content
 * step already refuses markup there (lib/content/plain-text.ts); this keeps the outputs safe on their own.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/</g, '\\<');
}
