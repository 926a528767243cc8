/** Copies text; the Clipboard API needs a secure context, so plain http on a LAN host falls back to a textarea. */
export async function writeClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

/**
 * Copies text that is still coming (fetched, or made by code loaded on the click). Safari copies only during the
 * click itself: a ClipboardItem whose value is pending is accepted there; where that fails the text is written
 * once it has come.
 */
export function copyLater(text: Promise<string>): Promise<void> {
  const writeLater = () => text.then(writeClipboard);
  try {
    return navigator.clipboard.write([new ClipboardItem({ 'text/plain': text.then((t) => new Blob([t], { type: 'text/plain' })) })]).catch(writeLater);
  } catch {
    return writeLater();
  }
}

/**
 * Copies text with a rich-text twin (text/html), so a paste into Google Docs or Confluence keeps headings, lists
 * and links while a paste into a plain editor gets the text. Falls back to the text alone.
 */
export async function writeClipboardRich(text: string, html: string): Promise<void> {
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })]);
  } catch {
    await writeClipboard(text);
  }
}
