import { SearchEngine } from '../search/engine';
import type { Segment } from '../search/highlight';
import { SEARCH_INDEX_PATH, type SearchIndexFile } from '../search/payload';
import type { SearchKind } from '../search/records';
import { SEARCH_KIND_LABEL } from '../search/kind-filter';
import { editDistance } from '../search/fuzzy';
import { choiceQuery, choiceTitle, type ReviewChoice } from '../review/choice';
import { catalogueVersion } from '../review/item-version';
import { CONDITIONS, type Condition, type MaturityLevel, type ServingMode } from '../review/model';
import { newReview } from '../review/record';
import { recordDocument } from '../review/record-document';
import { recordMarkdown } from '../review/record-markdown';
import { applicableItems, listedIds, reviewList } from '../review/review-list';
import { markdownPathOf } from '../export/markdown-paths';
import { sectionMarkdown } from '../export/section-markdown';
import type { Kind } from '../content/kinds';
import { ASSESSMENT_PAGE, REVIEW_PAGE, SYMPTOMS_PAGE } from '../content/tool-pages';
import { Catalogue } from './catalogue';
import type { SiteFiles } from './site-files';

/** A tool answer the client should read as a mistake in its arguments: the message says what to send instead. */
export class AtlasError extends Error {}

export interface SearchResult {
  /** "Label Leakage › Detection › Feature auditing". */
  title: string;
  kind: string;
  url: string;
  snippet: string;
}

export interface PageText {
  url: string;
  title: string;
  markdown: string;
}

export interface ChecklistRequest {
  system?: string;
  serving?: ServingMode;
  maturity?: MaturityLevel;
  /** Conditions that hold; omitted with a system: the system's own (as the builder does on choosing it). */
  conditions?: Condition[];
  /** "core": the curated first pass (must items where the atlas has no core list yet); "full": every item. */
  scope: 'core' | 'full';
}

/** A page that is not an entry but has a twin: the tools' pages and each system's checklist. */
export interface ToolPage {
  path: string;
  title: string;
  summary: string;
}

/**
 * The atlas as a coding assistant queries it, read from a built export or a deployed site: search through the site's
 * own engine and index, pages and sections from their Markdown twins, checklists through lib/review as the builder
 * exports them. Every URL it returns is absolute and citable.
 */
export class Atlas {
  private constructor(
    private readonly files: SiteFiles,
    readonly catalogue: Catalogue,
    private readonly engine: SearchEngine,
  ) {}

  static async load(files: SiteFiles): Promise<Atlas> {
    const [catalogueText, indexText] = await Promise.all([files.read('/entries.json'), files.read(SEARCH_INDEX_PATH)]);
    if (catalogueText === undefined || indexText === undefined) {
      throw new Error(`${files.where} has no ${catalogueText === undefined ? 'entries.json' : SEARCH_INDEX_PATH.slice(1)}: build the site first (npm run build), or give --site the URL of a deployed atlas.`);
    }
    const parsed = Catalogue.safeParse(JSON.parse(catalogueText));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${files.where}entries.json is not the catalogue this server reads (${issue.path.join('.') || 'root'}: ${issue.message}): rebuild the site with this version of the atlas.`);
    }
    return new Atlas(files, parsed.data, SearchEngine.fromFile(JSON.parse(indexText) as SearchIndexFile));
  }

  /** The absolute URL of a site path ("/pitfalls/cold-start/#detection"). */
  absolute(sitePath: string): string {
    return `${this.catalogue.url}${sitePath.replace(/^\//, '')}`;
  }

  /** The pages with a twin that are not entries, for resources and get_page. */
  toolPages(): ToolPage[] {
    return [
      ...[ASSESSMENT_PAGE, SYMPTOMS_PAGE].map(({ path, title, summary }) => ({ path, title, summary })),
      ...this.catalogue.systems.map((s) => ({ path: `/review/${s.id}/`, title: `${s.title} design review checklist`, summary: `Every design review item that applies to ${s.title}, by phase.` })),
    ];
  }

  async search(query: string, options: { kind?: SearchKind; limit: number }): Promise<SearchResult[]> {
    const response = this.engine.search(query, options);
    const pending = response.hits.filter((hit) => hit.pending).map((hit) => hit.id);
    // Snippets come from each section's text file, as in the browser; a missing one leaves the page summary.
    const texts = new Map(await Promise.all(pending.map(async (id): Promise<[number, string]> => [id, (await this.files.read(this.engine.textUrl(id))) ?? ''])));
    const full = this.engine.withTexts(response, texts);
    return full.hits.map((hit) => ({
      title: [hit.page, hit.parent, hit.heading].filter(Boolean).join(' › '),
      kind: SEARCH_KIND_LABEL[hit.kind],
      url: this.absolute(hit.url),
      snippet: segmentsText(hit.snippet),
    }));
  }

  /**
   * A page's twin, or one section of it, by entry id ("label-leakage"), site path ("/pitfalls/label-leakage/"),
   * absolute URL (its #anchor read as the section) or twin URL (".md").
   */
  async page(page: string, section?: string): Promise<PageText> {
    const { path, anchor } = this.sitePathOf(page);
    const twin = await this.files.read(markdownPathOf(path));
    if (twin === undefined) throw new AtlasError(`No page at ${this.absolute(path)}. list_entries gives every entry id; search_atlas finds sections.`);
    const wanted = section ?? anchor;
    const title = /^# (.*)$/m.exec(twin)?.[1] ?? path;
    if (!wanted) return { url: this.absolute(path), title, markdown: `${twin.trimEnd()}\n\nSource: [${title}](${this.absolute(path)})\n` };
    const url = this.absolute(`${path}#${wanted}`);
    const markdown = sectionMarkdown(twin, wanted, url);
    if (markdown === undefined) {
      const ids = [...twin.matchAll(/^#{2,6} .*? \{#([^}\s]+)\}$/gm)].map((m) => m[1]);
      throw new AtlasError(`${title} has no section "${wanted}". Its sections: ${ids.join(', ') || 'none'}.`);
    }
    return { url, title, markdown };
  }

  /**
   * The builder's checklist for a choice, as its "Copy as Markdown" gives it for a new review with nothing recorded
   * yet (lib/review/record-document.ts, record-markdown.ts): the core list, or every item that applies.
   */
  checklist(request: ChecklistRequest, date: string): { markdown: string; count: number; url: string } {
    const system = request.system ? this.catalogue.systems.find((s) => s.id === request.system) : undefined;
    if (request.system && !system) {
      throw new AtlasError(`Unknown system "${request.system}". Systems: ${this.catalogue.systems.map((s) => s.id).join(', ')}.`);
    }
    const choice: ReviewChoice = {
      system: system?.id,
      serving: request.serving,
      maturity: request.maturity,
      // In the vocabulary's order, as the builder's URL has them: one checklist, one URL.
      when: CONDITIONS.filter((c) => (request.conditions ?? system?.traits ?? []).includes(c)),
    };
    const items = this.catalogue.reviewItems;
    const systems = this.catalogue.systems;
    const systemTitles = new Map(systems.map((s) => [s.id, s.title]));
    const atlas = catalogueVersion(items);
    const review = newReview({ id: 'mcp', name: choiceTitle(choice, systemTitles), choice, atlas, now: date, list: request.scope });
    const groups = reviewList(items, review, systems);
    const doc = recordDocument(review, groups, { absoluteUrl: (sitePath) => this.absolute(sitePath), date, systemTitles, atlas, fullCount: applicableItems(items, choice, systems).length });
    return { markdown: recordMarkdown(doc), count: listedIds(groups).length, url: this.absolute(`${REVIEW_PAGE.path}${choiceQuery(choice)}`) };
  }

  entries(kind?: Kind): Catalogue['entries'] {
    return this.catalogue.entries.filter((e) => !kind || e.kind === kind);
  }

  private sitePathOf(input: string): { path: string; anchor?: string } {
    const trimmed = input.trim();
    const entry = this.catalogue.entries.find((e) => e.id === trimmed);
    if (entry) return { path: this.sitePath(entry.url) };
    let rest: string;
    if (/^https?:\/\//.test(trimmed)) {
      if (!trimmed.startsWith(this.catalogue.url)) throw new AtlasError(`${trimmed} is not a page of this atlas: its URLs start with ${this.catalogue.url}.`);
      rest = `/${trimmed.slice(this.catalogue.url.length)}`;
    } else if (trimmed.startsWith('/')) rest = trimmed;
    else throw new AtlasError(`Unknown page id "${trimmed}".${this.closestIds(trimmed)} Give an entry id from list_entries, a site path such as /pitfalls/label-leakage/ or a page URL.`);
    const [pathPart, anchor] = rest.split('#');
    let path = pathPart.split('?')[0];
    if (path === '/index.md') path = '/';
    else if (path.endsWith('.md')) path = `${path.slice(0, -3)}/`;
    if (!path.endsWith('/')) path = `${path}/`;
    return { path, anchor: anchor || undefined };
  }

  private sitePath(url: string): string {
    return `/${url.slice(this.catalogue.url.length)}`;
  }

  private closestIds(id: string): string {
    const close = this.catalogue.entries
      .map((e) => ({ id: e.id, distance: e.id.includes(id) ? 0 : editDistance(id, e.id, 4) }))
      .filter((c) => c.distance <= 3)
      .sort((a, b) => a.distance - b.distance)
      .slice(0, 3);
    return close.length ? ` Did you mean ${close.map((c) => c.id).join(', ')}?` : '';
  }
}

/** A snippet as Markdown: the matched words in bold. */
function segmentsText(segments: Segment[]): string {
  return segments.map((s) => (s.mark ? `**${s.text}**` : s.text)).join('').replace(/\s+/g, ' ').trim();
}
