import type { Capability } from '../assessment/model';
import type { CapabilityFact } from '../mdx/collect-capabilities';
import type { HeadingFact, LinkFact } from '../mdx/collect-page-facts';
import type { ReviewItemFact, ReviewRefFact } from '../mdx/collect-review-items';
import type { SymptomFact } from '../mdx/collect-symptoms';
import type { PitfallSymptom, SymptomTerm } from '../symptoms/model';
import type { SectionFact } from '../mdx/collect-sections';
import type { DiagramFact } from '../mdx/mermaid-figures';
import type { WorksheetFact } from '../mdx/collect-worksheets';
import type { Kind } from './kinds';
import type { ReviewItem } from '../review/model';
import type { Change } from './changelog';
import type { Frontmatter, Provenance, Relation } from './schema';

/** One entry as the site uses it: validated frontmatter, compiled body and what the compiler saw. */
export interface Entry {
  id: string;
  path: string;
  file: string;
  title: string;
  summary: string;
  kind: Kind;
  tags: string[];
  order: number;
  related: { id: string; relation?: Relation }[];
  /** Earlier ids of this page; each gets a redirect page. */
  pageAliases: string[];
  /** Anchors that moved: the old id lands on the new heading. */
  anchorAliases: { from: string; to: string }[];
  /** Whose text the page is (frontmatter `provenance`): the source document's, or written for the atlas. */
  provenance: Provenance;
  /** provenance source: the source document's headings the page presents; empty otherwise. */
  seed: string[];
  /** provenance atlas: the source document's headings the page builds on; empty otherwise. */
  buildsOn: string[];
  /** On a source page, the h2/h3 ids of sections written for the atlas (`<AtlasNote />`, an h2's mark covering its h3s). */
  atlasSections: string[];
  /** When someone last checked the page (YYYY-MM-DD). */
  reviewed: string;
  /** h2 and h3 headings, in order: the table of contents and the section anchors. */
  headings: HeadingFact[];
  /** The page's text split at h2/h3: what the search index is built from. */
  sections: SectionFact[];
  /** The page's diagrams; each `<Diagram index>` in `code` shows `diagrams[index]`. */
  diagrams: PageDiagram[];
  /** The review items written on this page, validated and resolved (lib/review/model.ts). */
  reviewItems: ReviewItem[];
  /** Ids of the items written on other pages that this page shows in place (`<ReviewRef id>`), in page order. */
  reviewRefs: string[];
  /** The maturity self-assessment's capabilities written on this page (lib/assessment/model.ts). */
  capabilities: Capability[];
  /** The decision worksheets on this page (lib/decisions/), each with the title of every section it links to. */
  worksheets: PageWorksheet[];
  /** The symptoms this pitfall states (<Symptom>), validated against content/symptoms.yaml; empty on other kinds. */
  symptoms: PitfallSymptom[];
  /** System facts; only on entries of kind "system". */
  system?: Frontmatter['system'];
  code: string;
}

/** A worksheet placed on a page: its id in lib/decisions/worksheets.ts, and link target → the section's title. */
export interface PageWorksheet {
  id: string;
  linkTitles: Record<string, string>;
}

/** A diagram with the size its renderings are drawn at, so the page reserves its space (no layout shift). */
export interface PageDiagram extends DiagramFact {
  width: number;
  height: number;
}

/** The compile step's view of an entry: also what only validation needs. */
export interface CompiledEntry extends Entry {
  source: string;
  ids: { id: string; line?: number }[];
  links: LinkFact[];
  /** Review items as written, before their sections and systems are checked across the site. */
  reviewFacts: ReviewItemFact[];
  /** <ReviewRef> elements as written, before their ids are resolved across the site. */
  reviewRefFacts: ReviewRefFact[];
  /** Capabilities as written, before their sections are checked. */
  capabilityFacts: CapabilityFact[];
  worksheetFacts: WorksheetFact[];
  /** <Symptom> elements as written, before the vocabulary and the sections they link are checked. */
  symptomFacts: SymptomFact[];
}

export interface SiteData {
  entries: Entry[];
  /** Content changes, newest first (content/changelog.yaml). */
  changelog: Change[];
  /** The symptom vocabulary in file order (content/symptoms.yaml); the navigator lists them so. */
  symptoms: SymptomTerm[];
}
