/**
 * Scrolls a scrollable container (not the page) so that its `aria-current="page"` link is in view, about a
 * third of the way down; does nothing when it already is.
 */
export function revealCurrent(container: HTMLElement): void {
  const current = container.querySelector<HTMLElement>('[aria-current="page"]');
  if (!current) return;
  const item = current.getBoundingClientRect();
  const view = container.getBoundingClientRect();
  if (item.top >= view.top && item.bottom <= view.bottom) return;
  container.scrollTop += item.top - view.top - view.height / 3;
}
