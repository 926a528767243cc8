import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * Every internal link of the site. Next prefetches each <Link> that scrolls into view: on a page with a
 * sidebar that was ≈150 KB in ≈35 requests per page load, for pages the reader mostly never opens. Here a
 * link is prefetched on intent instead (hover, focus, touch: useIntentPrefetch), which keeps navigation
 * instant for the link the reader is about to follow.
 */
export function SiteLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
