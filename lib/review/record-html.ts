import { SEVERITY_LABEL } from './model';
import { STATUS_LABEL } from './record';
import type { DocumentItem, RecordDocument } from './record-document';

/**
 * The review record as HTML for the clipboard's text/html: a paste into Google Docs or Confluence keeps headings,
 * lists and links. Plain structure only (no classes, no styles): the target applies its own.
 */
export function recordHtml(doc: RecordDocument): string {
  const parts = [
    `<h1>${esc(doc.title)}</h1>`,
    '<ul>',
    `<li>Checklist: <a href="${esc(doc.builderUrl)}">${esc(doc.checklist)}</a></li>`,
    `<li>Conditions: ${esc(doc.conditions)}</li>`,
    `<li>Exported ${esc(doc.exported)}</li>`,
    `<li>${esc(doc.counts)}</li>`,
    '</ul>',
    '<h2>Summary</h2>',
  ];
  if (doc.blocking.length === 0) parts.push('<p>No blocking findings: no must item is Not met.</p>');
  else {
    parts.push(`<p><strong>${doc.blocking.length} blocking ${doc.blocking.length === 1 ? 'finding' : 'findings'}</strong> (must items Not met):</p>`, '<ul>');
    for (const item of doc.blocking) parts.push(`<li>${title(item)}${note(item)}</li>`);
    parts.push('</ul>');
  }
  for (const group of doc.groups) {
    parts.push(`<h2>${esc(group.label)} (${group.items.length})</h2>`, '<ul>');
    // As in the Markdown: an item without a status has none written.
    for (const item of group.items) {
      const pass = item.pass ? `<br><em>Pass:</em> ${esc(item.pass)}` : '';
      const outside = item.outside ? ' <em>(outside the current list)</em>' : '';
      const status = item.status ? `<strong>${esc(STATUS_LABEL[item.status])}</strong> · ` : '';
      parts.push(`<li>${status}${SEVERITY_LABEL[item.severity]} · ${title(item)}${outside}${pass}${note(item)}</li>`);
    }
    parts.push('</ul>');
  }
  return parts.join('\n');
}

function title(item: DocumentItem): string {
  return item.url ? `<a href="${esc(item.url)}">${esc(item.text)}</a>` : `Own item: ${esc(item.text)}`;
}

/** Notes are the team's Markdown; as rich text they stay as written, line breaks kept. */
function note(item: DocumentItem): string {
  return item.note ? `<blockquote>${esc(item.note).replace(/\n/g, '<br>')}</blockquote>` : '';
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
