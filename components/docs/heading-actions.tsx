/**
 * Copy controls beside a section heading (or a review item): its full URL, a Markdown link for design docs, and
 * (for sections) the section itself as Markdown. Icon buttons named for screen readers, with a tooltip on hover and
 * keyboard focus saying the same. Plain markup: one document listener loads what they do on first use
 * (components/shared/markdown-actions.ts), so a page with a hundred headings carries no code per heading.
 */
export function HeadingActions({ id, pageTitle, heading, what = 'section', version }: { id: string; pageTitle: string; heading: string; what?: 'section' | 'item'; version?: string }) {
  const noun = what === 'item' ? 'review item' : 'section';
  return (
    // data-version: the links these copy cite this wording (?v=…), so a reader later learns if it changed.
    <span className="heading-actions no-print inline-flex items-center gap-1 text-sm font-normal" data-md-scope data-version={version}>
      <button type="button" className="icon-button tooltip" aria-label={`Copy link to ${noun} “${heading}”`} data-tooltip="Copy link" data-md-action="copy-link" data-copy-link={id}>
        <Icon name="link" />
      </button>
      <button
        type="button"
        className="icon-button tooltip"
        aria-label={`Copy Markdown link to ${noun} “${heading}”`}
        data-tooltip="Copy as Markdown link"
        data-md-action="copy-markdown-link"
        data-copy-markdown={id}
        data-label={`${pageTitle} › ${heading}`}
      >
        <Icon name="markdown" className="h-4 w-5" />
      </button>
      {what === 'section' && (
        <button type="button" className="icon-button tooltip" aria-label={`Copy section “${heading}” as Markdown`} data-tooltip="Copy section as Markdown" data-md-action="copy-section" data-section={id}>
          <Icon name="section" />
        </button>
      )}
      <span role="status" data-md-status className="text-xs text-accent-700 dark:text-accent-300" />
    </span>
  );
}

/** One of the page's icon symbols (components/docs/icon-sprites.tsx). */
function Icon({ name, className = 'h-4 w-4' }: { name: 'link' | 'markdown' | 'section'; className?: string }) {
  return (
    <svg aria-hidden="true" className={className}>
      <use href={`#icon-${name}`} />
    </svg>
  );
}
