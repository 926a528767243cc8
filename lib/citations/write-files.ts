import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteData } from '../content/types';
import { aliasPathOf } from '../content/urls';
import type { CitationIndex, CitationPage } from './citation-index';
import { appendVersions, historyFileOf, readAllHistories, RETIRED, type PageHistory } from './history';
import { entryCitableTexts } from './record';

/** /citations.json and the archive of every version's text, /citations/v/<version>.txt (content-addressed). */
export const CITATIONS_FILE = 'citations.json';
export const ARCHIVE_DIR = 'citations/v';

/**
 * The citation index of the site: the committed history (content/history/) plus, for a section whose current text
 * is not recorded yet (a branch that has not run `npm run anchors:record`), its current version dated `today`, so a
 * build never depends on the record being up to date. Also returns every text by version for the archive.
 */
export function citationIndex(data: SiteData, repoRoot: string, site: string, basePath: string, today: string): { index: CitationIndex; texts: Map<string, string> } {
  const histories = readAllHistories(path.join(repoRoot, 'content/history'));
  const byFile = new Map<string, PageHistory>([...histories].map(([file, h]) => [path.relative(repoRoot, file).split(path.sep).join('/'), h]));
  const pages: Record<string, CitationPage> = {};
  const texts = new Map<string, string>();
  const keep = (history: PageHistory) => Object.entries(history.texts).forEach(([v, t]) => texts.set(v, t));
  // Histories of pages no longer built (a page that moved: its old file) first, so a current page overwrites nothing.
  const current = new Set(data.entries.map((e) => historyFileOf(path.relative('content', e.file))));
  for (const [file, history] of byFile) {
    if (current.has(file)) continue;
    keep(history);
    pages[history.path] = { title: '', anchors: anchorsOf(history, new Set(), {}) };
  }
  for (const entry of data.entries) {
    const file = historyFileOf(path.relative('content', entry.file));
    const { history } = appendVersions(byFile.get(file), entry.path, entryCitableTexts(entry, repoRoot), today);
    keep(history);
    const live = new Set([...entry.headings.map((h) => h.id), ...entry.reviewItems.map((i) => i.id)]);
    const aliases = Object.fromEntries(entry.anchorAliases.map((a) => [a.from.replace(/^#/, ''), a.to.replace(/^#/, '')]));
    const titles = new Map<string, string>([
      ...entry.headings.map((h): [string, string] => [h.id, h.text]),
      ...entry.reviewItems.map((i): [string, string] => [i.id, i.text.length > 90 ? `${i.text.slice(0, 89)}…` : i.text]),
    ]);
    pages[entry.path] = { title: entry.title, anchors: anchorsOf(history, live, aliases, titles) };
    for (const alias of entry.pageAliases) {
      const old = aliasPathOf(entry, alias);
      pages[old] = { ...pages[old], title: pages[old]?.title ?? '', anchors: pages[old]?.anchors ?? {}, movedTo: entry.path };
    }
  }
  const sorted = Object.fromEntries(Object.entries(pages).sort(([a], [b]) => a.localeCompare(b)));
  return { index: { site: `${site}${basePath}`, archive: `${basePath}/${ARCHIVE_DIR}/`, pages: sorted }, texts };
}

function anchorsOf(history: PageHistory, live: Set<string>, aliases: Record<string, string>, titles = new Map<string, string>()): CitationPage['anchors'] {
  const anchors: CitationPage['anchors'] = {};
  for (const [id, { kind, versions }] of Object.entries(history.anchors)) {
    const last = versions.at(-1)?.[0];
    const isLive = live.has(id) && last !== RETIRED;
    anchors[id] = { kind, ...(isLive ? { title: titles.get(id), current: last } : {}), history: versions, ...(!isLive && aliases[id] ? { movedTo: aliases[id] } : {}) };
  }
  return anchors;
}

/** Writes /citations.json and the archive under `publicDir` (fresh each build); returns their sizes in bytes. */
export function writeCitationFiles(index: CitationIndex, texts: Map<string, string>, publicDir: string): { indexBytes: number; archiveFiles: number; archiveBytes: number } {
  const archive = path.join(publicDir, ARCHIVE_DIR);
  rmSync(path.dirname(archive), { recursive: true, force: true });
  mkdirSync(archive, { recursive: true });
  const json = JSON.stringify(index);
  writeFileSync(path.join(publicDir, CITATIONS_FILE), json);
  let archiveBytes = 0;
  for (const [version, text] of texts) {
    writeFileSync(path.join(archive, `${version}.txt`), text);
    archiveBytes += Buffer.byteLength(text);
  }
  return { indexBytes: Buffer.byteLength(json), archiveFiles: texts.size, archiveBytes };
}
