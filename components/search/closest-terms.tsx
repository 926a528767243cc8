/** "Closest terms: a, b, c" — when a search found nothing, the index's nearest words, each one click away. */
export function ClosestTerms({ terms, onPick }: { terms: string[]; onPick: (term: string) => void }) {
  if (terms.length === 0) return null;
  return (
    <p>
      Closest terms:{' '}
      {terms.map((term, i) => (
        <span key={term}>
          {i > 0 && ', '}
          <button type="button" onClick={() => onPick(term)} className="text-accent-700 underline dark:text-accent-300">
            {term}
          </button>
        </span>
      ))}
    </p>
  );
}
