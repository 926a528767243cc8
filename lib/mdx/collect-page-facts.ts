import type { Element, Root } from 'hast';
import { slug } from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { AtlasNoteFact } from './collect-atlas-notes';
import type { SectionFact } from './collect-sections';
import type { CapabilityFact } from './collect-capabilities';
import type { ReviewItemFact, ReviewProblem, ReviewRefFact } from './collect-review-items';
import type { SymptomFact } from './collect-symptoms';
import type { DiagramFact, DiagramProblem } from './mermaid-figures';
import type { WorksheetFact, WorksheetProblem } from './collect-worksheets';
import type { ContentProblem, ImageFact } from './safe-mdx';

export interface HeadingFact {
  id: string;
  text: string;
  depth: number;
  line?: number;
}

export interface LinkFact {
  href: string;
  line?: number;
}

/** What the compiler learns about one page: its headings (every element id, really), internal links and diagrams. */
export interface PageFacts {
  headings: HeadingFact[];
  /** The page's text split at h2/h3, for the search index. */
  sections: SectionFact[];
  /** Every id the page asks for, headings or not, with the line that declared it (duplicates included). */
  ids: { id: string; line?: number }[];
  links: LinkFact[];
  /** The page's ```mermaid fences, in order; rendered to SVG by the build, not by the page. */
  diagrams: DiagramFact[];
  /** Fences that cannot become a figure (no accTitle or accDescr). */
  diagramProblems: DiagramProblem[];
  /** The page's <ReviewQuestion> items, in order, and those that could not be read. */
  reviewItems: ReviewItemFact[];
  /** The page's <ReviewRef> elements: items written on another page, shown here in place. */
  reviewRefs: ReviewRefFact[];
  /** The page's <Capability> items (maturity self-assessment questions), in order. */
  capabilities: CapabilityFact[];
  /** <ReviewQuestion> and <Capability> elements that could not be read. */
  reviewProblems: ReviewProblem[];
  /** The page's <DecisionWorksheet> placements, and those that could not be read. */
  worksheets: WorksheetFact[];
  worksheetProblems: WorksheetProblem[];
  /** The page's <Symptom> elements, in order, and those that could not be read. */
  symptoms: SymptomFact[];
  symptomProblems: ReviewProblem[];
  /** The page's <AtlasNote /> marks (sections written for the atlas), and those that could not be read. */
  atlasNotes: AtlasNoteFact[];
  atlasNoteProblems: ReviewProblem[];
  /** What content may not do (code, unsafe HTML, relative links, remote images): lib/mdx/safe-mdx.ts. */
  problems: ContentProblem[];
  /** Root-relative image paths, checked against public/ by the build. */
  images: ImageFact[];
}

export function emptyFacts(): PageFacts {
  return { headings: [], sections: [], ids: [], links: [], diagrams: [], diagramProblems: [], reviewItems: [], reviewRefs: [], capabilities: [], reviewProblems: [], worksheets: [], worksheetProblems: [], symptoms: [], symptomProblems: [], atlasNotes: [], atlasNoteProblems: [], problems: [], images: [] };
}

const HEADING = /^h([1-6])$/;

/**
 * Rehype plugin, run before rehype-slug: records every id the page asks for (explicit, or the slug a heading
 * would get) before rehype-slug quietly renames duplicates to "-1", so duplicates can fail the build.
 */
export function rehypeCollectIntendedIds(facts: PageFacts) {
  return () => (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const explicit = node.properties?.id;
      const id = typeof explicit === 'string' ? explicit : HEADING.test(node.tagName) ? slug(toString(node)) : undefined;
      if (id) facts.ids.push({ id, line: node.position?.start.line });
    });
  };
}

/**
 * Rehype plugin, run after rehype-slug: records the page's headings and internal links into `facts`
 * so the build can check anchors and links across pages with file and line.
 */
export function rehypeCollectPageFacts(facts: PageFacts) {
  return () => (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const line = node.position?.start.line;
      const id = node.properties?.id;
      const heading = HEADING.exec(node.tagName);
      if (heading && typeof id === 'string') {
        facts.headings.push({ id, text: toString(node).trim(), depth: Number(heading[1]), line });
      }
      const href = node.tagName === 'a' ? node.properties?.href : undefined;
      if (typeof href === 'string' && (href.startsWith('/') || href.startsWith('#'))) {
        // The autolink that wraps each heading points at the heading itself: not an authored link.
        if (!('dataHeadingLink' in node.properties)) facts.links.push({ href, line });
      }
    });
  };
}
