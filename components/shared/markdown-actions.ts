import { sectionMarkdown } from '@/lib/export/section-markdown';

/**
 * What the copy controls copy, loaded on first use (components/shared/use-markdown-actions.ts): the page or one
 * section as Markdown (cut from the page's Markdown twin), a link to the page, a section or a review item (plain
 * or as a Markdown link); then what they say. No React:
 * the controls are server-rendered markup with `data-md-action`, so pages carry no code per control.
 */
const twins = new Map<string, Promise<string>>();

const DONE: Record<string, string> = {
  'copy-link': 'Link copied',
  'copy-markdown-link': 'Markdown link copied',
  'copy-page': 'Page copied as Markdown',
  'copy-section': 'Section copied as Markdown',
};

export async function textFor(control: Element): Promise<string> {
  const attribute = (name: string) => control.getAttribute(name) ?? '';
  switch (attribute('data-md-action')) {
    case 'copy-link':
      return pageUrl(attribute('data-copy-link'), versionOf(control));
    case 'copy-markdown-link':
      return `[${attribute('data-label')}](${pageUrl(attribute('data-copy-markdown'), versionOf(control))})`;
    case 'copy-page':
      return markdownTwin();
    case 'copy-section': {
      const id = attribute('data-section');
      const section = sectionMarkdown(await markdownTwin(), id, pageUrl(id, versionOf(control)));
      if (!section) throw new Error(`no section #${id} in the Markdown twin`);
      return section;
    }
    default:
      throw new Error(`unknown action on ${control.outerHTML.slice(0, 80)}`);
  }
}

/** Says in the control's status whether the copy worked. */
export function settle(control: Element, copied: Promise<void>): void {
  const status = control.closest('[data-md-scope]')?.querySelector('[data-md-status]');
  copied.then(
    () => say(status, DONE[control.getAttribute('data-md-action') ?? '']),
    () => say(status, 'Could not copy'),
  );
}

/** The page's twin, from its `<link rel="alternate" type="text/markdown">`, fetched from this host (base path kept). */
function markdownTwin(): Promise<string> {
  const href = document.querySelector<HTMLLinkElement>('link[rel="alternate"][type="text/markdown"]')?.href;
  if (!href) return Promise.reject(new Error('this page has no Markdown twin'));
  const path = new URL(href).pathname;
  if (!twins.has(path)) {
    const twin = fetch(path).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${path}: ${r.status}`))));
    twins.set(path, twin);
    twin.catch(() => twins.delete(path));
  }
  return twins.get(path)!;
}

/**
 * The page as the reader sees it (base path and all), with the version of the cited text and the section's anchor:
 * `/pitfalls/data-drift/?v=5a2ba83d1b#detection` (query before hash, so any static host serves the page).
 */
function pageUrl(id: string, version: string | undefined): string {
  const url = new URL(window.location.href);
  url.hash = id;
  url.search = version ? `?v=${version}` : '';
  return url.toString();
}

/** The version of the text a copy control cites (HeadingActions' data-version), if it has one. */
function versionOf(control: Element): string | undefined {
  return control.closest('[data-md-scope]')?.getAttribute('data-version') || undefined;
}

function say(status: Element | null | undefined, text: string): void {
  if (!status) return;
  status.textContent = text;
  window.setTimeout(() => {
    if (status.textContent === text) status.textContent = '';
  }, 2000);
}
