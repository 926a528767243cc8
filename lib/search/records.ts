import type { Kind } from '../content/kinds';

/** What a search record is: a page's section (its page's kind), a review question or a symptom of /symptoms/. */
export type SearchKind = Kind | 'question' | 'symptom';

/** One searchable section: what a result shows and where it leads. */
export interface SearchRecord {
  /** Page path plus anchor: "/pitfalls/label-leakage/#solution"; the page path alone for its intro. */
  url: string;
  /** Page title. */
  page: string;
  /** The page's one-sentence summary (the same on each of its records; shipped once per page). */
  summary: string;
  /** Section heading; empty for the page's intro. */
  heading: string;
  /** The h2 an h3 sits under, for the heading path "Solution › Feature auditing". */
  parent: string;
  kind: SearchKind;
  /** The kind of the page the record is on. */
  pageKind: Kind;
  tags: string[];
  /** The section's text, for matching and snippets. */
  text: string;
}
