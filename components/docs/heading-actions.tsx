'use client';

import { useState } from 'react';
import { writeClipboard } from '@/lib/clipboard';

type Copied = 'link' | 'markdown' | undefined;

/**
 * Copy controls beside a section heading (or a review item): its full URL, or a Markdown link for design docs. Both
 * are icon buttons named for screen readers, with a tooltip on hover and keyboard focus saying the same.
 */
export function HeadingActions({ id, pageTitle, heading, what = 'section' }: { id: string; pageTitle: string; heading: string; what?: 'section' | 'item' }) {
  const noun = what === 'item' ? 'review item' : 'section';
  const [copied, setCopied] = useState<Copied>();
  const copy = async (what: Exclude<Copied, undefined>) => {
    const url = sectionUrl(id);
    await writeClipboard(what === 'link' ? url : `[${pageTitle} › ${heading}](${url})`);
    setCopied(what);
    window.setTimeout(() => setCopied(undefined), 2000);
  };
  return (
    <span className="heading-actions no-print inline-flex items-center gap-1 text-sm font-normal">
      <button type="button" onClick={() => copy('link')} className={BUTTON} aria-label={`Copy link to ${noun} “${heading}”`} data-tooltip="Copy link" data-copy-link={id}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
          <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
        </svg>
      </button>
      <button
        type="button"
        onClick={() => copy('markdown')}
        className={BUTTON}
        aria-label={`Copy Markdown link to ${noun} “${heading}”`}
        data-tooltip="Copy as Markdown link"
        data-copy-markdown={id}
      >
        {/* The Markdown mark: an M and a down arrow in a frame. */}
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-5" fill="currentColor">
          <path d="M2 5h20v14H2zm1 1v12h18V6zm2 10V8h2l2 3 2-3h2v8h-2v-5l-2 3-2-3v5zm11 0-3-4h2V8h2v4h2z" fillRule="evenodd" />
        </svg>
      </button>
      <span role="status" className="text-xs text-accent-700 dark:text-accent-300">
        {copied === 'link' ? 'Link copied' : copied === 'markdown' ? 'Markdown link copied' : ''}
      </span>
    </span>
  );
}

const BUTTON =
  'tooltip inline-flex h-7 min-w-7 items-center justify-center rounded px-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-white';

/** The page's own URL (base path and all) with the section's anchor: what the reader sees, so it always resolves. */
function sectionUrl(id: string): string {
  const url = new URL(window.location.href);
  url.hash = id;
  url.search = '';
  return url.toString();
}
