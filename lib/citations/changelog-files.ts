import type { Change } from '../content/changelog';
import { changelogAnchor } from '../content/urls';
import { changeDiffPath, type SectionChangeDay } from './changes';

/** What the changelog's Markdown twin and feed need: the written changes, the section changes, titles, absolute URLs. */
export interface ChangelogSource {
  changes: readonly Change[];
  sectionDays: readonly SectionChangeDay[];
  /** Entry id → its page, for the pages a written change touched. */
  pages: ReadonlyMap<string, { path: string; title: string }>;
  absoluteUrl: (sitePath: string) => string;
  /** When the feed was written (ISO date), its <updated> when there is no change yet. */
  today: string;
}

interface Day {
  date: string;
  written: Change[];
  sections: SectionChangeDay['pages'];
}

function daysOf({ changes, sectionDays }: ChangelogSource): Day[] {
  const dates = [...new Set([...changes.map((c) => c.date), ...sectionDays.map((d) => d.date)])].sort().reverse();
  return dates.map((date) => ({ date, written: changes.filter((c) => c.date === date), sections: sectionDays.find((d) => d.date === date)?.pages ?? [] }));
}

/** /changelog.md: the changelog page as Markdown, each section change linked to its diff. */
export function changelogMarkdown(source: ChangelogSource): string {
  const lines = [`# Changelog`, '', 'Changes to the content of the atlas, newest first: the written changes, then the sections whose text changed (from the version history), each linked to what changed.', ''];
  for (const day of daysOf(source)) {
    lines.push(`## ${day.date} {#${changelogAnchor(day.date)}}`, '');
    for (const change of day.written) {
      const pages = change.entries.map((id) => source.pages.get(id)).filter((p) => p !== undefined);
      lines.push(`- ${change.summary} (${pages.map((p) => `[${p.title}](${source.absoluteUrl(p.path)})`).join(', ')})`);
    }
    if (day.sections.length) {
      if (day.written.length) lines.push('');
      lines.push('Sections changed:', '');
      for (const page of day.sections) {
        const links = page.changes.map((c) => `[${c.label.replace(/[[\]]/g, '\\$&')}](${source.absoluteUrl(changeDiffPath(page.path, c))})${c.retired ? ' (merged or removed)' : ''}`);
        lines.push(`- ${page.title}: ${links.join(', ')}`);
      }
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** /changelog.xml: an Atom feed with one entry per day (RFC 4287), its content the day's changes as HTML. */
export function changelogAtom(source: ChangelogSource & { title: string }): string {
  const days = daysOf(source);
  const updated = `${days[0]?.date ?? source.today}T00:00:00Z`;
  const entries = days.map((day) => {
    const items = [
      ...day.written.map((c) => `<li>${escapeXml(c.summary)}</li>`),
      ...day.sections.map(
        (page) =>
          `<li>${escapeXml(page.title)}: ${page.changes.map((c) => `<a href="${escapeXml(source.absoluteUrl(changeDiffPath(page.path, c)))}">${escapeXml(c.label)}</a>`).join(', ')} changed</li>`,
      ),
    ];
    const url = source.absoluteUrl(`/changelog/#${changelogAnchor(day.date)}`);
    return [
      '  <entry>',
      `    <title>Changes of ${day.date}</title>`,
      `    <id>${escapeXml(url)}</id>`,
      `    <link href="${escapeXml(url)}"/>`,
      `    <updated>${day.date}T00:00:00Z</updated>`,
      `    <content type="html">${escapeXml(`<ul>${items.join('')}</ul>`)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(source.title)}: changelog</title>`,
    `  <id>${escapeXml(source.absoluteUrl('/changelog/'))}</id>`,
    `  <link rel="alternate" href="${escapeXml(source.absoluteUrl('/changelog/'))}"/>`,
    `  <link rel="self" href="${escapeXml(source.absoluteUrl('/changelog.xml'))}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(source.title)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
