/**
 * One section of a page's Markdown twin: its heading (headings without their `{#id}`), its content down to the next heading
 * of the same or a higher level, and a citation line linking back to it. The browser's "Copy section as Markdown"
 * slices the twin the server wrote, so there is one Markdown renderer, not a second one in the page.
 * Returns undefined when the twin has no heading with that id.
 */
export function sectionMarkdown(twin: string, id: string, url: string): string | undefined {
  const lines = twin.split('\n');
  let fence: string | undefined;
  let pageTitle = '';
  let start = -1;
  let level = 0;
  let title = '';
  let end = lines.length;
  // Pasted into a document, `{#id}` would show as text (GitHub and most editors do not read it): headings lose it.
  const plain = [...lines];
  for (let i = 0; i < lines.length; i++) {
    // A "#" inside a code fence (a comment in a code sample) is not a heading.
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(lines[i])?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence ? undefined : marker;
    if (marker || fence) continue;
    const heading = /^(#{1,6}) (.*?)(?: \{#([^}\s]+)\})?$/.exec(lines[i]);
    if (!heading) continue;
    const depth = heading[1].length;
    plain[i] = `${heading[1]} ${heading[2]}`;
    if (depth === 1 && !pageTitle) pageTitle = heading[2];
    if (start < 0 && heading[3] === id) [start, level, title] = [i, depth, heading[2]];
    else if (start >= 0 && depth <= level) {
      end = i;
      break;
    }
  }
  if (start < 0) return undefined;
  const body = plain.slice(start + 1, end).join('\n').trim();
  return `${'#'.repeat(level)} ${title}\n\n${body}\n\nSource: [${pageTitle} › ${title}](${url})\n`;
}
