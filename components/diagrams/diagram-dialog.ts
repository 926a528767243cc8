/**
 * The full-screen view of a diagram, built with the DOM on first use and loaded with import() from
 * DiagramActions, so none of it is in any page's first-load JavaScript or HTML.
 */
const STEP = 1.25;

export interface DiagramView {
  src: string;
  title: string;
  width: number;
  height: number;
  /** Gets focus back when the view closes. */
  opener: HTMLElement;
}

export function openDiagram({ src, title, width, height, opener }: DiagramView): void {
  const dialog = document.createElement('dialog');
  dialog.className = 'diagram-dialog';
  dialog.setAttribute('aria-label', title);
  const button = (label: string, text: string, action: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'diagram-button';
    b.textContent = text;
    if (label !== text) b.setAttribute('aria-label', label);
    b.onclick = action;
    return b;
  };
  const heading = document.createElement('span');
  heading.className = 'diagram-title';
  heading.textContent = title;
  const level = document.createElement('span');
  level.className = 'diagram-zoom';
  level.setAttribute('aria-live', 'polite');
  const view = document.createElement('div');
  view.className = 'diagram-dialog-view';
  view.tabIndex = 0;
  view.setAttribute('role', 'region');
  view.setAttribute('aria-label', `${title}, enlarged`);
  const image = document.createElement('img');
  image.src = src;
  image.alt = title;
  view.append(image);

  // The view opens with the whole diagram on screen (its width and its height), at most twice its natural size, and
  // never smaller than the page showed it: a very tall diagram would shrink to unreadable labels, so it keeps the
  // page's size and scrolls down. Measured once the dialog is open, inside the view's padding.
  const shown = Math.max(0, ...[...(opener.closest('figure')?.querySelectorAll('.diagram-frame img') ?? [])].map((img) => img.getBoundingClientRect().width));
  let fit = 1;
  let zoom = 1;
  const show = (next: number) => {
    zoom = next;
    image.width = Math.round(width * zoom);
    image.height = Math.round(height * zoom);
    level.textContent = `${Math.round(zoom * 100)}%`;
  };
  const bar = document.createElement('div');
  bar.className = 'diagram-dialog-bar';
  bar.append(
    heading,
    button('Zoom out', '−', () => show(zoom / STEP)),
    level,
    button('Zoom in', '+', () => show(zoom * STEP)),
    button('Fit', 'Fit', () => show(fit)),
    button('Close', 'Close', () => dialog.close()),
  );
  dialog.append(bar, view);
  // Esc closes a modal dialog natively; either way the view goes and focus returns to the opener.
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  const padding = 48;
  fit = Math.max(Math.min((view.clientWidth - padding) / width, (view.clientHeight - padding) / height, 2), shown / width);
  show(fit);
}
