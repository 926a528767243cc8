/**
 * The copy controls' icons, once per page: each of a page's many heading and review-item controls draws one with
 * `<use href="#icon-…">` instead of repeating its paths (which the HTML and the RSC payload would both carry).
 */
export function IconSprites() {
  return (
    <svg aria-hidden="true" width="0" height="0" className="hidden">
      <symbol id="icon-link" viewBox="0 0 24 24">
        <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </symbol>
      {/* The Markdown mark: an M and a down arrow in a frame. */}
      <symbol id="icon-markdown" viewBox="0 0 24 24">
        <path d="M2 5h20v14H2zm1 1v12h18V6zm2 10V8h2l2 3 2-3h2v8h-2v-5l-2 3-2-3v5zm11 0-3-4h2V8h2v4h2z" fill="currentColor" fillRule="evenodd" />
      </symbol>
      {/* Two pages with lines of text: the section's content, not only its link. */}
      <symbol id="icon-section" viewBox="0 0 24 24">
        <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
          <rect x="8" y="8" width="12" height="13" rx="2" />
          <path d="M16 8V5a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v11a2 2 0 0 0 2 2h2M11 12h6M11 16h4" />
        </g>
      </symbol>
    </svg>
  );
}
