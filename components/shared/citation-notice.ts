import { resolveCitation, type CitationIndex, type CitationStatus } from '@/lib/citations/citation-index';
import { VERSION_PATTERN } from '@/lib/citations/section-version';
import { wordDiff } from '@/lib/citations/word-diff';
import { BASE_PATH } from '@/lib/site-config';

/**
 * The "Changed since cited" notice, loaded only when a visit carries `?v=` (components/shared/use-citation-notice.ts):
 * it looks the cited version up in /citations.json and, when the text changed, puts a note at the section with the
 * date of the change and a "Show changes" button that fetches both texts from the archive and shows a word diff.
 * Plain DOM, like the copy controls: the page carries none of this code until a citation is opened.
 */
export async function showCitationNotice(): Promise<void> {
  const version = new URLSearchParams(window.location.search).get('v');
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (!version || !id) return;
  const pagePath = window.location.pathname.slice(BASE_PATH.length) || '/';
  const response = await fetch(`${BASE_PATH}/citations.json`);
  if (!response.ok) return;
  const index = (await response.json()) as CitationIndex;
  const status = VERSION_PATTERN.test(version)
    ? resolveCitation(index, pagePath, id, version)
    : ({ status: 'unknown-version', page: pagePath, id, cited: version } as const);
  // What the look-up found, for tests and tools to wait on (a citation of the current text shows nothing).
  document.documentElement.dataset.citation = status.status;
  const notice = noticeFor(status, index, pagePath);
  if (!notice) return;
  const target = document.getElementById(status.status === 'moved' ? status.to.id : id);
  if (!target) return;
  document.querySelector('[data-citation-notice]')?.remove();
  if (target.tagName === 'LI') target.querySelector('.review-why')?.after(notice);
  else (target.closest('.section-heading') ?? target).after(notice);
}

function noticeFor(status: CitationStatus, index: CitationIndex, pagePath: string): HTMLElement | undefined {
  const anchor = index.pages[pagePath]?.anchors[status.id ?? ''];
  const citedOn = (v: string) => anchor?.history.find(([x]) => x === v)?.[1];
  switch (status.status) {
    case 'stale': {
      const more = status.changes > 1 ? ` It has changed ${status.changes} times since, most recently on ${status.last}.` : '';
      return note(
        'Changed since cited',
        `The link you followed cites this text as published on ${citedOn(status.cited) ?? 'an earlier date'}. It changed on ${status.changed}.${more}`,
        { archive: index.archive, before: status.cited, after: status.current },
      );
    }
    case 'moved': {
      if (!status.cited || !status.current || status.cited === status.current) return undefined;
      const retired = anchor?.history.find(([v]) => v === '-')?.[1];
      return note(
        'Changed since cited',
        `The link you followed cites “#${status.id}”, which was merged into this one${retired ? ` on ${retired}` : ''}. Compare the text it cited (published on ${citedOn(status.cited) ?? 'an earlier date'}) with this one.`,
        { archive: index.archive, before: status.cited, after: status.current },
      );
    }
    case 'unknown-version':
      return note('Changed since cited', `The link you followed cites a version of this text (“${status.cited}”) the atlas has no record of, so what changed cannot be shown. This is the current text.`);
    default:
      return undefined;
  }
}

let diffs = 0;

/** The note: role "note" named by its title, a sentence, and (when both texts exist) the button that shows the diff. */
function note(title: string, sentence: string, texts?: { archive: string; before: string; after: string }): HTMLElement {
  const box = element('aside', { role: 'note', 'aria-label': title, class: 'citation-notice no-print', 'data-citation-notice': '' });
  const heading = element('p', { class: 'citation-notice-title' });
  heading.textContent = title;
  const text = element('p');
  text.textContent = sentence;
  box.append(heading, text);
  if (!texts) return box;
  const panel = element('div', { class: 'citation-diff', id: `citation-diff-${++diffs}`, hidden: '' });
  const button = element('button', { type: 'button', class: 'citation-notice-button', 'aria-expanded': 'false', 'aria-controls': panel.id });
  button.textContent = 'Show changes';
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? 'Hide changes' : 'Show changes';
    panel.hidden = !open;
    if (open && !panel.hasChildNodes()) void fillDiff(panel, texts);
  });
  box.append(button, panel);
  return box;
}

/** Both texts from the content-addressed archive, then the diff: removed words struck through, added ones underlined. */
async function fillDiff(panel: HTMLElement, { archive, before, after }: { archive: string; before: string; after: string }): Promise<void> {
  panel.textContent = 'Loading the cited text…';
  try {
    const [old, now] = await Promise.all(
      [before, after].map((v) => fetch(`${archive}${v}.txt`).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${v}: ${r.status}`))))),
    );
    const legend = element('p', { class: 'citation-diff-legend' });
    legend.append('Text removed since the citation is ', tag('del', 'struck through'), '; text added is ', tag('ins', 'underlined'), '.');
    const body = element('div', { class: 'citation-diff-body' });
    for (const part of wordDiff(old, now)) body.append(part.type === 'same' ? part.text : tag(part.type, part.text));
    panel.replaceChildren(legend, body);
  } catch {
    panel.textContent = 'The cited text could not be loaded.';
  }
}

function element(name: string, attributes: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

function tag(name: 'ins' | 'del', text: string): HTMLElement {
  const node = document.createElement(name);
  node.textContent = text;
  return node;
}
