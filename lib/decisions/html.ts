/** Text made safe inside HTML: for the few strings the server writes as markup it does not own. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
