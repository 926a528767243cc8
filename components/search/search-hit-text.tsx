import type { SearchHit } from '@/lib/search/engine';
import { HighlightedText } from './highlighted-text';

/**
 * A hit as a reader scans it, under its page's title: "Parent › Heading" (or "Introduction") with matches marked, then the snippet around the match. The snippet
 * keeps two lines whether its text has arrived or not (useSnippetTexts), so nothing moves when it does.
 */
export function SearchHitText({ hit, titleClassName, snippetClassName }: { hit: SearchHit; titleClassName: string; snippetClassName: string }) {
  return (
    <>
      <span className={`block ${titleClassName}`}>
        {hit.parent && `${hit.parent} › `}
        {/* Results are grouped under their page's title: a page's intro is named as such, not by that title again. */}
        {hit.heading ? <HighlightedText segments={hit.title} /> : 'Introduction'}
      </span>
      {(hit.snippet.length > 0 || hit.pending) && (
        <span className={`block min-h-[2lh] line-clamp-2 ${snippetClassName}`} data-snippet-pending={hit.pending ? '' : undefined}>
          <HighlightedText segments={hit.snippet} />
        </span>
      )}
    </>
  );
}
