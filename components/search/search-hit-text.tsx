import type { SearchHit } from '@/lib/search/engine';
import { HighlightedText } from './highlighted-text';

/** A hit as a reader scans it: "Parent › Heading" with matches marked, then the snippet around the match. */
export function SearchHitText({ hit, titleClassName, snippetClassName }: { hit: SearchHit; titleClassName: string; snippetClassName: string }) {
  return (
    <>
      <span className={`block ${titleClassName}`}>
        {hit.parent && `${hit.parent} › `}
        <HighlightedText segments={hit.title} />
      </span>
      {hit.snippet.length > 0 && (
        <span className={`block ${snippetClassName}`}>
          <HighlightedText segments={hit.snippet} />
        </span>
      )}
    </>
  );
}
