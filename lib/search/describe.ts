import type { SearchResponse } from './engine';

/**
 * The status line over the results: how many sections have every word of the query (and how many only some),
 * and the whole query as read when a word of it was corrected.
 */
export function describeResults(response: SearchResponse, terms = response.query.trim().split(/\s+/).length): string {
  const { all, some } = response.counts;
  if (all + some === 0) return `No results for “${response.query.trim()}”.`;
  const sections = (n: number) => `${n} ${n === 1 ? 'section' : 'sections'}`;
  const count =
    terms < 2 || some === 0
      ? `${sections(all + some)} ${all + some === 1 ? 'matches' : 'match'}`
      : all === 0
        ? `No section has every word; ${sections(some)} ${some === 1 ? 'has' : 'have'} some`
        : `${sections(all)} ${all === 1 ? 'has' : 'have'} every word, ${some} more ${some === 1 ? 'has' : 'have'} some`;
  return `${count}${response.corrected ? ` (showing results for “${response.corrected}”)` : ''}.`;
}
