import { escapeMarkdown } from '../markdown-escape';
import { PHASES, SEVERITIES, SEVERITY_LABEL, type Phase, type Severity } from './model';
import { NO_STATUS_LABEL, STATUS_LABEL, STATUSES, type Status } from './record';
import type { DocumentItem, RecordDocument } from './record-document';
import { ImportError, parseHeader, type ImportedRecord } from './record-import';

/**
 * The review record as Markdown: readable on GitHub (a heading, the choice, a summary of blocking findings, then
 * the items by phase with status, note, pass criterion and link) and importable back exactly. The header is an HTML
 * comment, which GitHub keeps in the stored body and hides when rendering (name, choice, list, dates, atlas
 * version). An atlas item's id and version are read from its link (a citation: `…?v=version#id`); an own item has no
 * link, so a comment carries its id and phase. Status and note are read from the visible text, so a team may edit
 * them on GitHub and import the result. An item without a status has none written ("- Must · …"): the full list
 * stays short enough to paste (record-size.ts).
 */
export const HEADER_MARK = 'atlas-review';

export function recordMarkdown(doc: RecordDocument): string {
  const lines = [
    `# ${escapeMarkdown(doc.title)}`,
    '',
    `<!-- ${HEADER_MARK} ${commentSafe(JSON.stringify(doc.header))} -->`,
    '',
    `- Checklist: [${escapeMarkdown(doc.checklist)}](${doc.builderUrl})`,
    `- Conditions: ${doc.conditions}`,
    `- Exported ${doc.exported}`,
    `- ${doc.counts}`,
    `- ${STATUS_HINT}`,
    '',
    '## Summary',
    '',
  ];
  if (doc.blocking.length === 0) lines.push('No blocking findings: no must item is Not met.');
  else {
    lines.push(`**${doc.blocking.length} blocking ${doc.blocking.length === 1 ? 'finding' : 'findings'}** (must items Not met):`, '');
    for (const item of doc.blocking) lines.push(`- ${itemTitle(item)}`, ...noteLines(item.note));
  }
  for (const group of doc.groups) {
    lines.push('', `## ${group.label} (${group.items.length})`, '');
    for (const item of group.items) lines.push(...itemLines(item));
  }
  return `${lines.join('\n')}\n`;
}

function itemTitle(item: DocumentItem): string {
  return item.url ? `[${escapeMarkdown(item.text)}](${item.url})` : `Own item: ${escapeMarkdown(item.text)}`;
}

/** Says, once, how to record a status by editing the file (on GitHub, say) before importing it back. */
const STATUS_HINT = `To record a status in this file, write ${STATUSES.map((s) => `**${STATUS_LABEL[s]}**`).join(', ').replace(/, (?=[^,]*$)/, ' or ')} before an item's severity ("- **Met** · Must · …"), then import it into the atlas.`;

function itemLines(item: DocumentItem): string[] {
  const status = item.status ? `**${STATUS_LABEL[item.status]}** · ` : '';
  const marker = item.own ? `<!-- own=${item.id} phase=${item.phase} -->` : '';
  const outside = item.outside ? OUTSIDE : '';
  const head = `- ${status}${SEVERITY_LABEL[item.severity]} · ${itemTitle(item)}${outside}${marker}`;
  // A backslash at the end of a line is a hard line break: the pass criterion renders on a line of its own.
  return item.pass ? [`${head}\\`, `  *Pass:* ${escapeMarkdown(oneLine(item.pass))}`, ...noteLines(item.note)] : [head, ...noteLines(item.note)];
}

/** A note as a block quote inside the list item, line for line, so it reads back exactly. */
function noteLines(note: string | undefined): string[] {
  if (!note) return [];
  return note.split('\n').map((line) => (line ? `  > ${line}` : '  >'));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** GitHub (and HTML) end a comment at "-->", and "--" inside one is invalid: escape it inside the JSON's strings. */
function commentSafe(json: string): string {
  return json.replace(/--/g, '-\\u002d').replace(/>/g, '\\u003e');
}

const OUTSIDE = ' *(outside the current list)*';
/** "- **Met** · Must · rest" or, without a status, "- Must · rest"; a pass criterion follows after a trailing backslash. */
const ITEM_LINE = /^- (?:\*\*(.+?)\*\* · )?(Must|Should|Consider) · (.*?)\\?$/;
/** Own items, and atlas items in records written before the link carried the id: a comment ends the line. */
const ITEM_MARKER = /<!-- (item|own)=([a-z0-9-]+) (v|phase)=([a-z0-9-]+) -->$/;
/** An atlas item's link is a citation: its version and id end the URL. */
const ITEM_LINK = /\]\([^()\s]*[?&]v=([0-9a-f]+)#([a-z0-9-]+)\)$/;
const NOTE_LINE = /^ {2}>(?: (.*))?$/;

/** Reads a record written by recordMarkdown (or edited on GitHub since). Errors name the line and what to fix. */
export function parseRecordMarkdown(text: string): ImportedRecord {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const headerAt = lines.findIndex((line) => line.startsWith(`<!-- ${HEADER_MARK} `));
  if (headerAt < 0) throw new ImportError(`No "<!-- ${HEADER_MARK} … -->" line: this is not a review exported by the atlas (or the comment was removed).`);
  const raw = lines[headerAt].slice(`<!-- ${HEADER_MARK} `.length).replace(/\s*-->\s*$/, '');
  const imported = parseHeader(raw, headerAt + 1);
  let current: { id: string; note: string[] } | undefined;
  const flush = () => {
    if (current && current.note.length) imported.records[current.id] = { ...imported.records[current.id], note: current.note.join('\n') };
    current = undefined;
  };
  lines.forEach((line, index) => {
    const note = current && NOTE_LINE.exec(line);
    if (note) {
      current!.note.push(note[1] ?? '');
      return;
    }
    if (current && /^ {2}\*Pass:\*/.test(line)) return;
    flush();
    const match = ITEM_LINE.exec(line);
    const cannotRead = `Line ${index + 1}: an item line the import cannot read. Keep its form "- **Status** · Must · [text](link)" (or "- Must · …" without a status); the status is one of ${Object.values(STATUS_LABEL).join(', ')}.`;
    if (!match) {
      if (/<!-- (item|own)=/.test(line)) throw new ImportError(cannotRead);
      return;
    }
    const [, statusText, severityText, rest] = match;
    const marker = ITEM_MARKER.exec(rest);
    const link = marker ? undefined : ITEM_LINK.exec(rest.endsWith(OUTSIDE) ? rest.slice(0, -OUTSIDE.length) : rest);
    if (!marker && !link) {
      // A list line of the team's own (on GitHub, say) that names no item: not part of the record.
      if (/<!-- (item|own)=/.test(line)) throw new ImportError(cannotRead);
      return;
    }
    const [kind, id, value, title] = marker ? [marker[1], marker[2], marker[4], rest.slice(0, marker.index)] : ['item', link![2], link![1], rest];
    const status = statusText === undefined ? undefined : STATUSES.find((s) => STATUS_LABEL[s].toLowerCase() === statusText.toLowerCase());
    if (statusText !== undefined && !status && statusText.toLowerCase() !== NO_STATUS_LABEL.toLowerCase())
      throw new ImportError(`Line ${index + 1}: unknown status "${statusText}". Write one of ${Object.values(STATUS_LABEL).join(', ')}, or no status.`);
    const severity = SEVERITIES.find((s) => SEVERITY_LABEL[s] === severityText) as Severity;
    if (kind === 'own') {
      if (!(PHASES as readonly string[]).includes(value)) throw new ImportError(`Line ${index + 1}: unknown phase "${value}" on an own item. Use one of ${PHASES.join(', ')}.`);
      const ownText = unescapeMarkdown(title.replace(/^Own item: /, '').replace(/ \*\(outside the current list\)\*$/, ''));
      imported.own.push({ id, text: ownText, phase: value as Phase, severity });
    } else imported.seen[id] = value;
    if (status) imported.records[id] = { status };
    current = { id, note: [] };
  });
  flush();
  return imported;
}

function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\[\]*_`<>])/g, '$1');
}

export type { Status };
