import { withBasePath } from '@/lib/site-config';

/**
 * After a client navigation to `url` ("/pitfalls/label-leakage/#solution"), moves keyboard focus to what the
 * reader came for: the section heading, or the page's h1 for a page without an anchor. Waits (up to 5 s) for
 * the new page to be in the document; the scroll position is left to the router.
 */
export function focusOnArrival(url: string): void {
  const [pathname, hash = ''] = url.split('#');
  const deadline = performance.now() + 5000;
  const tick = () => {
    const arrived = window.location.pathname === withBasePath(pathname);
    const target = arrived ? (hash ? document.getElementById(decodeURIComponent(hash)) : document.querySelector<HTMLElement>('main h1')) : null;
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    } else if (performance.now() < deadline) {
      requestAnimationFrame(tick);
    }
  };
  requestAnimationFrame(tick);
}
