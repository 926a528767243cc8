import { writeClipboard } from '@/lib/clipboard';
import { sectionMarkdown } from '@/lib/export/section-markdown';

/**
 * The page's copy actions, loaded on first use (components/shared/use-markdown-actions.ts): copy the page or one
 * section as Markdown, a link to the page, a section or a review item (plain or as a Markdown link), and the page
 * menu's Escape and click-outside behaviour. No React:
 * the controls are server-rendered markup with `data-md-action`, so content pages carry none of this code.
 */
let installed = false;
const twins = new Map<string, Promise<string>>();

export async function runMarkdownAction(control: Element): Promise<void> {
  install();
  const action = control.getAttribute('data-md-action');
  if (!action) return;
  const status = control.closest('[data-md-scope]')?.querySelector('[data-md-status]');
  try {
    if (action === 'copy-link') {
      await writeClipboard(pageUrl(control.getAttribute('data-copy-link') ?? ''));
      return say(status, 'Link copied');
    }
    if (action === 'copy-markdown-link') {
      await writeClipboard(`[${control.getAttribute('data-label')}](${pageUrl(control.getAttribute('data-copy-markdown') ?? '')})`);
      return say(status, 'Markdown link copied');
    }
    const twin = await markdownTwin();
    const id = control.getAttribute('data-section');
    const markdown = id ? sectionMarkdown(twin, id, pageUrl(id)) : twin;
    if (!markdown) throw new Error(`no section #${id} in the Markdown twin`);
    await writeClipboard(markdown);
    say(status, id ? 'Section copied as Markdown' : 'Page copied as Markdown');
  } catch {
    say(status, 'Could not copy');
  }
}

/** The page's twin, from its `<link rel="alternate" type="text/markdown">`, fetched from this host (base path kept). */
function markdownTwin(): Promise<string> {
  const href = document.querySelector<HTMLLinkElement>('link[rel="alternate"][type="text/markdown"]')?.href;
  if (!href) return Promise.reject(new Error('this page has no Markdown twin'));
  const path = new URL(href).pathname;
  if (!twins.has(path)) {
    twins.set(
      path,
      fetch(path).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${path}: ${r.status}`)))),
    );
    twins.get(path)!.catch(() => twins.delete(path));
  }
  return twins.get(path)!;
}

/** The page as the reader sees it (base path and all), with a section's anchor: what they can open again. */
function pageUrl(id: string): string {
  const url = new URL(window.location.href);
  url.hash = id;
  url.search = '';
  return url.toString();
}

function say(status: Element | null | undefined, text: string): void {
  if (!status) return;
  status.textContent = text;
  window.setTimeout(() => {
    if (status.textContent === text) status.textContent = '';
  }, 2000);
}

/** Escape closes the open page menu and gives focus back to its summary; a click elsewhere closes it. */
function install(): void {
  if (installed) return;
  installed = true;
  const openMenu = () => document.querySelector<HTMLDetailsElement>('details[data-page-actions][open]');
  document.addEventListener('keydown', (event) => {
    const menu = openMenu();
    if (event.key !== 'Escape' || !menu) return;
    menu.open = false;
    menu.querySelector('summary')?.focus();
  });
  document.addEventListener('click', (event) => {
    const menu = openMenu();
    if (menu && !menu.contains(event.target as Node)) menu.open = false;
  });
}
