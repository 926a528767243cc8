'use client';

import { useSidebarMemory } from '@/components/docs/use-sidebar-memory';
import { useIntentPrefetch } from './use-intent-prefetch';
import { useMarkdownActions } from './use-markdown-actions';
import { useCitationNotice } from './use-citation-notice';

/** The site-wide behaviours that need no markup, run once from the root layout: one client leaf, not one per page. */
export function SiteBehaviours() {
  useIntentPrefetch();
  useSidebarMemory();
  useMarkdownActions();
  useCitationNotice();
  return null;
}
