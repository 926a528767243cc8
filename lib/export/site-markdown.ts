import { KINDS, SECTIONS, sectionOf, type Kind } from '../content/kinds';
import { kindLandings } from '../content/landings';
import { readingOrder } from '../content/reading-order';
import { relatedLinks } from '../content/related';
import type { Entry } from '../content/types';
import { normalizeReference } from '../content/seed-headings';
import { systemChecklist } from '../review/checklist';
import { ASSESSMENT_PAGE, SYMPTOMS_PAGE, systemReviewPage } from '../content/tool-pages';
import { CAPABILITY_LEVELS } from '../assessment/model';
import { CORRESPONDENCE, GOOGLE, MICROSOFT } from '../assessment/other-models';
import { escapeMarkdown, escapeMarkup } from '../markdown-escape';
import { MATURITY_LABEL } from '../review/model';
import { navigatorSymptoms, type SymptomTerm } from '../symptoms/model';
import { checklistMarkdown } from '../review/markdown';
import { SITE_DESCRIPTION, SITE_NAME } from '../site-config';
import { markdownPathOf } from './markdown-paths';
import { document, entryLinks, entryMarkdown, type TwinContext } from './markdown-twin';

/** One page of the site as Markdown: where its HTML lives, and its twin. */
export interface MarkdownPage {
  path: string;
  title: string;
  summary: string;
  markdown: string;
}

/** What the export writes for tools, by file name inside the export folder. */
export interface ToolFiles {
  /** Every twin, in sidebar order (home first, each section's landing page before its entries, checklists last). */
  pages: MarkdownPage[];
  llmsTxt: string;
  llmsFullTxt: string;
  entriesJson: string;
}

/** Kinds listed under llms.txt's "Optional": a reader can skip them and still know the atlas. */
const OPTIONAL_KINDS: readonly Kind[] = ['trend', 'reference'];

/**
 * The Markdown twins of every page that has content of its own (entries, section landing pages, each system's
 * review checklist), llms.txt (llmstxt.org), llms-full.txt and entries.json. No file system: `sourceOf` gives an
 * entry's MDX source.
 */
export function toolFiles(entries: readonly Entry[], sourceOf: (entry: Entry) => string, siteContext: TwinContext & { date: string }): ToolFiles {
  const context = { ...siteContext, reviewItems: siteContext.reviewItems ?? entries.flatMap((e) => e.reviewItems) };
  const ordered = readingOrder(entries);
  const twin = (entry: Entry): MarkdownPage => ({
    path: entry.path,
    title: entry.title,
    summary: entry.summary,
    markdown: entryMarkdown(entry, sourceOf(entry), relatedLinks(entry, entries), context, entry.path === '/' ? [browse(ordered, context)] : []),
  });
  const home = entries.filter((e) => e.path === '/').map(twin);
  const landings = kindLandings([...entries]);
  const sections = SECTIONS.flatMap((section, index) => {
    const members = ordered.filter((e) => sectionOf(e.kind).index === index);
    const landing = landings.find((l) => l.title === section.title);
    const landingPage: MarkdownPage[] = landing
      ? [{ ...landing, markdown: document({ title: landing.title, summary: landing.summary, kind: 'section', url: context.absoluteUrl(landing.path) }, `# ${escapeMarkup(landing.title)}\n\n${escapeMarkup(landing.summary)}\n\n${entryLinks(members.map((entry) => ({ entry })), context)}`) }]
      : [];
    return [...landingPage, ...members.map(twin)];
  });
  const checklists = reviewChecklists(entries, ordered, context);
  const tools = [assessmentTwin(ordered, context), ...(context.symptoms ? [symptomsTwin(context.symptoms, ordered, context)] : [])];
  const pages = [...home, ...sections, ...checklists, ...tools];
  return {
    pages,
    llmsTxt: llmsTxt(home[0], ordered, [...checklists, ...tools], landings.map((l) => pages.find((p) => p.path === l.path)!), context),
    llmsFullTxt: pages.map((p) => p.markdown).join('\n'),
    entriesJson: `${JSON.stringify(catalogue([...entries.filter((e) => e.path === '/'), ...ordered], context), null, 1)}\n`,
  };
}

/** The home page's "Browse the atlas": every sidebar section with its entries. */
function browse(ordered: readonly Entry[], context: TwinContext): string {
  const sections = SECTIONS.map((section, index) => {
    const members = ordered.filter((e) => sectionOf(e.kind).index === index);
    return `### ${section.title}\n\n${entryLinks(members.map((entry) => ({ entry })), context)}`;
  });
  return ['## Browse the atlas {#browse}', ...sections].join('\n\n');
}

/** `/review/<system>/`: the system's whole checklist, as the page lists it (lib/review/markdown.ts). */
function reviewChecklists(entries: readonly Entry[], ordered: readonly Entry[], context: TwinContext & { date: string }): MarkdownPage[] {
  const items = [...entries.filter((e) => e.path === '/'), ...ordered].flatMap((e) => e.reviewItems);
  const systems = ordered.filter((e) => e.kind === 'system' && e.system);
  const systemTitles = new Map(systems.map((s) => [s.id, s.title]));
  return systems.map((system) => {
    const path = `/review/${system.id}/`;
    const { title, summary } = systemReviewPage(system);
    const body = checklistMarkdown(systemChecklist(items, system.id), { system: system.id, when: [] }, new Set(), {
      absoluteUrl: context.absoluteUrl,
      builderPath: `/review/?system=${system.id}`,
      date: context.date,
      systemTitles,
      anchors: true,
    });
    // The page's own title as the h1, like every twin.
    return { path, title, summary, markdown: document({ title, summary, kind: 'review-checklist', url: context.absoluteUrl(path) }, body.replace(/^# .*/, `# ${title}`)) };
  });
}

/** `/assessment/` as a questionnaire: every capability under its level, with the rule that scores it. */
function assessmentTwin(ordered: readonly Entry[], context: TwinContext): MarkdownPage {
  const { path, title, summary } = ASSESSMENT_PAGE;
  const capabilities = ordered.flatMap((e) => e.capabilities);
  const levels = CAPABILITY_LEVELS.map((level) => {
    const lines = capabilities
      .filter((c) => c.level === level)
      .map((c) => `- [ ] ${escapeMarkdown(c.question)} Yes / Partly / No. To get there: ${escapeMarkdown(c.step)} [#${c.id}](${context.absoluteUrl(`${c.page.path}#${c.id}`)})`);
    return `## ${MATURITY_LABEL[level]} {#level-${level}}\n\n${lines.join('\n')}`;
  });
  const rule =
    'Your level is the highest level whose questions, and those of every level below it, are all answered "Yes"; "Partly" counts as not yet. Level 0 is where every team starts.';
  const compared = [
    '## How these levels compare with other maturity models {#other-models}',
    'A rough correspondence, not an equivalence: each model draws the line between levels in its own place.',
    [
      `| This atlas | ${GOOGLE.name} | ${MICROSOFT.name} | Where they differ |`,
      '|---|---|---|---|',
      ...CORRESPONDENCE.map((row) => `| ${MATURITY_LABEL[row.level]} | ${row.google} | ${row.microsoft} | ${row.note ?? '—'} |`),
    ].join('\n'),
    `Sources: [${GOOGLE.source.title}](${GOOGLE.source.url}); [${MICROSOFT.source.title}](${MICROSOFT.source.url}).`,
  ];
  return {
    path,
    title,
    summary,
    markdown: document({ title, summary, kind: 'self-assessment', url: context.absoluteUrl(path) }, [`# ${title}`, summary, rule, ...levels, ...compared].join('\n\n')),
  };
}

/** `/symptoms/`: each symptom with its candidate pitfalls, how it shows with each, and the check that tells them apart. */
function symptomsTwin(terms: readonly SymptomTerm[], ordered: readonly Entry[], context: TwinContext): MarkdownPage {
  const { path, title, summary } = SYMPTOMS_PAGE;
  const symptoms = navigatorSymptoms([...terms], ordered.filter((e) => e.symptoms.length > 0));
  const sections = symptoms.map((symptom) => {
    const causes = symptom.causes.map(
      (cause) =>
        `- **[${escapeMarkdown(cause.page.title)}](${context.absoluteUrl(cause.page.path)})**: ${escapeMarkdown(cause.text)} Check: ${escapeMarkdown(cause.check)} ([${escapeMarkdown(cause.section.title)}](${context.absoluteUrl(`${cause.page.path}#${cause.section.id}`)}))`,
    );
    return `## ${escapeMarkdown(symptom.phrase)} {#${symptom.id}}\n\n${causes.join('\n')}`;
  });
  return { path, title, summary, markdown: document({ title, summary, kind: 'symptom-navigator', url: context.absoluteUrl(path) }, [`# ${title}`, summary, ...sections].join('\n\n')) };
}

const line = (page: Pick<MarkdownPage, 'path' | 'title' | 'summary'> & { provenance?: Entry['provenance'] }, context: TwinContext) =>
  `- [${escapeMarkdown(page.title)}](${context.absoluteUrl(markdownPathOf(page.path))}): ${escapeMarkup(page.summary)}${page.provenance === 'atlas' ? ' (written for the atlas)' : ''}`;

/** llms.txt by https://llmstxt.org: H1, blockquote, notes, then an H2 per kind of page listing each twin. */
function llmsTxt(home: MarkdownPage | undefined, ordered: readonly Entry[], checklists: readonly MarkdownPage[], landings: readonly MarkdownPage[], context: TwinContext): string {
  const kinds = KINDS.filter((kind) => !OPTIONAL_KINDS.includes(kind));
  const blocks = [
    `# ${SITE_NAME}`,
    `> ${SITE_DESCRIPTION}`,
    [
      'The atlas is organised by kind of page: systems (the categories of production ML systems), architecture patterns, design decisions, pitfalls, design templates, guides and practices, each page with design review questions where they belong. Pages marked "(written for the atlas)" are the atlas\'s own guides, not the source document\'s text; on the other pages, a section that opens with "Written for the atlas" is likewise the atlas\'s.',
      'Every link below is the Markdown twin of a page; the page itself is the same URL with a trailing slash instead of `.md`. A twin starts with YAML frontmatter (title, summary, kind, url, reviewed, and its provenance: `source` with the source document\'s sections it presents, or `atlas` with those it builds on), keeps each section\'s permanent anchor as `{#id}` after its heading, shows diagrams as Mermaid source and review questions as a task list.',
      `All pages in one file: [llms-full.txt](${context.absoluteUrl('/llms-full.txt')}). A catalogue of every page with its sections and related pages: [entries.json](${context.absoluteUrl('/entries.json')}); every design review item: [review-items.json](${context.absoluteUrl('/review-items.json')}); every section's version for citations: [citations.json](${context.absoluteUrl('/citations.json')}). What changed and when: [changelog.md](${context.absoluteUrl('/changelog.md')}) (not in llms-full.txt), also as an Atom feed: [changelog.xml](${context.absoluteUrl('/changelog.xml')}).`,
    ].join('\n\n'),
    ...(home ? [`## Start here\n\n${line(home, context)}`] : []),
    ...kinds.flatMap((kind) => {
      const members = ordered.filter((e) => e.kind === kind);
      return members.length ? [`## ${KIND_LABEL_PLURAL(kind)}\n\n${members.map((e) => line(e, context)).join('\n')}`] : [];
    }),
    ...(checklists.length ? [`## Design review tools\n\n${checklists.map((c) => line(c, context)).join('\n')}`] : []),
    `## Optional\n\n${[...ordered.filter((e) => OPTIONAL_KINDS.includes(e.kind)), ...landings].map((p) => line(p, context)).join('\n')}`,
  ];
  return `${blocks.join('\n\n')}\n`;
}

const KIND_LABEL_PLURAL = (kind: Kind) => `${kind[0].toUpperCase()}${kind.slice(1)}s`;

/** Bumped when a field of entries.json changes meaning or goes away; new fields leave it as it is. */
export const CATALOGUE_VERSION = 2;

/**
 * /entries.json: every entry with what a script needs to link to it and its sections without scraping; the systems
 * with what the review builder filters on; every review item with where it applies; every symptom with its causes.
 * Paths are site paths ("/pitfalls/label-leakage/"), URLs absolute: a tool can rebuild the builder's checklist
 * (lib/review) from `systems` and `reviewItems` alone, as the MCP server does.
 */
function catalogue(entries: readonly Entry[], context: TwinContext & { date: string }) {
  const ordered = entries.filter((e) => e.path !== '/');
  const sectionUrl = (path: string, id: string) => context.absoluteUrl(`${path}#${id}`);
  return {
    name: SITE_NAME,
    url: context.absoluteUrl('/'),
    version: CATALOGUE_VERSION,
    built: context.date,
    entries: entries.map((e) => ({
      id: e.id,
      title: e.title,
      kind: e.kind,
      summary: e.summary,
      url: context.absoluteUrl(e.path),
      markdownUrl: context.absoluteUrl(markdownPathOf(e.path)),
      tags: e.tags,
      related: e.related.map((r) => r.id),
      reviewed: e.reviewed,
      // Whose text it is: "source" pages present the named sections of the source document; "atlas" pages build on them.
      provenance: e.provenance,
      ...(e.provenance === 'atlas' ? { buildsOn: e.buildsOn.map(normalizeReference) } : { source: e.seed.map(normalizeReference) }),
      sections: e.headings.map((h) => ({ id: h.id, title: h.text, level: h.depth, ...(e.atlasSections.includes(h.id) ? { provenance: 'atlas' } : {}) })),
    })),
    systems: entries
      .filter((e) => e.kind === 'system' && e.system)
      .map((e) => ({ id: e.id, title: e.title, url: context.absoluteUrl(e.path), serving: e.system!.serving, traits: e.system!.traits, checklistUrl: context.absoluteUrl(systemReviewPage(e).path) })),
    reviewItems: entries.flatMap((e) =>
      e.reviewItems.map(({ line: _line, ...item }) => ({ ...item, url: sectionUrl(item.page.path, item.id), sectionUrl: sectionUrl(item.page.path, item.section.id) })),
    ),
    symptoms: context.symptoms
      ? navigatorSymptoms([...context.symptoms], ordered.filter((e) => e.symptoms.length > 0)).map((s) => ({
          id: s.id,
          phrase: s.phrase,
          synonyms: s.synonyms,
          url: sectionUrl(SYMPTOMS_PAGE.path, s.id),
          causes: s.causes.map((c) => ({ page: c.page, text: c.text, check: c.check, url: context.absoluteUrl(c.page.path), section: c.section, sectionUrl: sectionUrl(c.page.path, c.section.id) })),
        }))
      : [],
  };
}
