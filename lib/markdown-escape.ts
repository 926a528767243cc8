/** Brackets would end a link text early and a leading "#" or "-" could start a block; escape what Markdown reads. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\[\]*_`<>])/g, '\\$1');
}
