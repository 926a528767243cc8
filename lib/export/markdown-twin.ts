import type { Heading, List, ListItem, Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { stringify as yaml } from 'yaml';
import { KIND_LABEL } from '../content/kinds';
import type { RelatedLink } from '../content/related';
import type { Entry } from '../content/types';
import { emptyFacts } from '../mdx/collect-page-facts';
import { escapeHeadingIds } from '../mdx/explicit-heading-ids';
import { remarkContentPlugins } from '../mdx/remark-content';
import { remarkSafeMdx } from '../mdx/safe-mdx';
import { escapeMarkdown, escapeMarkup } from '../markdown-escape';
import { WORKSHEETS } from '../decisions/worksheets';
import { PHASE_LABEL, type ReviewItem } from '../review/model';
import { normalizeReference, SEED_TITLE } from '../content/seed-headings';
import { ATLAS_NOTE_TEXT } from '../mdx/collect-atlas-notes';
import type { SymptomTerm } from '../symptoms/model';

export interface TwinContext {
  /** Absolute URL of a site path, base path included ("/pitfalls/" → "https://host/atlas/pitfalls/"). */
  absoluteUrl: (sitePath: string) => string;
  /** The symptom vocabulary (content/symptoms.yaml): its phrases name the <Symptom> lines of pitfall pages. */
  symptoms?: readonly SymptomTerm[];
  /** Every review item on the site: a `<ReviewRef>` shows an item written on another page. */
  reviewItems?: readonly ReviewItem[];
}

/**
 * An entry's Markdown twin: frontmatter, its title, summary and body as the page shows them. The body is read by
 * the same remark plugins the page is compiled with (lib/mdx/remark-content.ts), then the site's own nodes become
 * plain Markdown: headings keep their ids as `{#id}` (the page's own ids), diagrams become a titled ```mermaid
 * fence, review questions a task list, and every link is absolute.
 */
export function entryMarkdown(
  entry: Entry,
  source: string,
  links: { related: RelatedLink[]; backlinks: RelatedLink[] },
  context: TwinContext,
  /** Sections the page shows after its body (the home page's "Browse the atlas"), as Markdown. */
  after: readonly string[] = [],
): string {
  const facts = emptyFacts();
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkFrontmatter)
    .use(remarkSafeMdx(facts.problems, facts.images))
    .use(remarkContentPlugins(facts));
  const tree = processor.runSync(processor.parse(escapeHeadingIds(source))) as Root;
  tree.children = tree.children.filter((node) => node.type !== 'yaml');
  headingIds(tree, entry);
  siteNodes(tree, entry, facts.diagrams, context);
  absoluteLinks(tree, entry.path, context);
  const sections = [
    linkSection('Related', 'related', links.related, context),
    linkSection('Referenced by', 'referenced-by', links.backlinks, context),
    ...after,
  ].filter(Boolean);
  return document(
    { title: entry.title, summary: entry.summary, kind: entry.kind, url: context.absoluteUrl(entry.path), reviewed: entry.reviewed, ...provenanceFields(entry) },
    [`# ${escapeMarkup(entry.title)}`, escapeMarkup(entry.summary), provenanceLine(entry), toMarkdown(tree, FORMAT).trim(), ...sections].join('\n\n'),
  );
}

/**
 * The twin's frontmatter says whose text it is, as the page does: `provenance`, and `source` or `builds_on`, each a
 * heading path of the source document written as the page writes it ("Part › Section": a ">" would make the value
 * markup-escaped JSON instead of a plain YAML list).
 */
export function provenanceFields(entry: Pick<Entry, 'provenance' | 'seed' | 'buildsOn'>): Record<string, string | string[]> {
  const paths = (refs: string[]) => refs.map((r) => normalizeReference(r).replace(/ > /g, ' › '));
  return entry.provenance === 'atlas' ? { provenance: 'atlas', builds_on: paths(entry.buildsOn) } : { provenance: 'source', source: paths(entry.seed) };
}

/** The page's provenance line, in words, under the summary (components/docs/entry-source.tsx says the same). */
export function provenanceLine(entry: Pick<Entry, 'provenance' | 'seed' | 'buildsOn' | 'reviewed'>): string {
  const sections = (refs: string[]) => `*${SEED_TITLE}*, ${refs.map((r) => normalizeReference(r).replace(/ > /g, ' › ')).join('; ')}`;
  return entry.provenance === 'atlas'
    ? `**Written for the atlas**, not taken from the source document. Reviewed ${entry.reviewed}. **Builds on:** ${sections(entry.buildsOn)}.`
    : `**Source:** ${sections(entry.seed)}. Its headings, terms and figures are the document's; the explanations are the atlas's. Reviewed ${entry.reviewed}.`;
}

/** Frontmatter, then the body: every twin starts the same way. */
export function document(frontmatter: Record<string, string | string[]>, body: string): string {
  const fields = Object.entries(frontmatter).map(([key, value]) => {
    // A value holding "<" or ">" is written as JSON (a string or a list, which YAML reads) with them as \u escapes:
    // YAML reads back the exact text, and a Markdown renderer that does not know frontmatter finds no tag to build.
    const json = JSON.stringify(value);
    return /[<>]/.test(json) ? `${key}: ${json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e')}` : yaml({ [key]: value }, { lineWidth: 0 }).trim();
  });
  return `---\n${fields.join('\n')}\n---\n\n${body.trim()}\n`;
}

/** A list of pages as Markdown links, each with what it is and its summary: "Related", a landing page. */
export function entryLinks(links: readonly RelatedLink[], context: TwinContext): string {
  return links
    .map(({ entry, label }) => `- [${escapeMarkdown(entry.title)}](${context.absoluteUrl(entry.path)}) (${label ? `${label} · ` : ''}${KIND_LABEL[entry.kind]}): ${escapeMarkup(entry.summary)}`)
    .join('\n');
}

function linkSection(title: string, id: string, links: readonly RelatedLink[], context: TwinContext): string {
  return links.length === 0 ? '' : `## ${title} {#${id}}\n\n${entryLinks(links, context)}`;
}

const FORMAT: ToMarkdownOptions = { extensions: [gfmToMarkdown()], bullet: '-', listItemIndent: 'one', rule: '-', fences: true, emphasis: '*' };

/**
 * `{#id}` after every heading, with the id the HTML page has: h2/h3 take the compiled page's (rehype-slug's
 * where the author wrote none); deeper headings the same rule rehype-slug follows.
 */
function headingIds(tree: Root, entry: Entry): void {
  const slugger = new GithubSlugger();
  const sectionIds = entry.headings.map((h) => h.id);
  let section = 0;
  visit(tree, 'heading', (node: Heading) => {
    const explicit = (node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id;
    const id = node.depth === 2 || node.depth === 3 ? sectionIds[section++] : (explicit ?? slugger.slug(toString(node)));
    if (node.depth > 3 && explicit) return void node.children.push({ type: 'text', value: ` {#${explicit}}` });
    if (id === undefined) throw new Error(`${entry.file}: the Markdown twin has more h2/h3 headings than the compiled page; run npm run content.`);
    node.children.push({ type: 'text', value: ` {#${id}}` });
  });
  if (section !== sectionIds.length) throw new Error(`${entry.file}: the Markdown twin has ${section} h2/h3 headings, the compiled page ${sectionIds.length}; run npm run content.`);
}

type Mdx = MdxJsxFlowElement & { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' };

const attribute = (node: Mdx, name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value as string | undefined;

/** The site's components that stand in runs; the page shows each run as one list, so does the twin. */
const LISTED = new Set(['ReviewQuestion', 'ReviewRef', 'Capability', 'Symptom']);
/** Components that share one list with others: a reference to a review item stands among review questions. */
const LIST_MATES: Record<string, readonly string[]> = { ReviewQuestion: ['ReviewQuestion', 'ReviewRef'], ReviewRef: ['ReviewQuestion', 'ReviewRef'] };

/** Diagrams, review questions, capabilities, symptoms, worksheets and raw HTML become plain Markdown; MDX comments go. */
function siteNodes(tree: Root, entry: Entry, diagrams: ReturnType<typeof emptyFacts>['diagrams'], context: TwinContext): void {
  visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
    if (!parent || index === undefined) return;
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as Mdx;
    let replacement: RootContent[];
    if (element.name === 'Diagram') {
      const diagram = diagrams[Number(attribute(element, 'index'))];
      replacement = [
        { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: `Diagram: ${diagram.title}` }] }] },
        { type: 'code', lang: 'mermaid', value: diagram.source },
      ];
    } else if (LISTED.has(element.name ?? '')) {
      replacement = [componentList(parent, index, entry, element.name!, context)];
    } else if (element.name === 'AtlasNote') {
      replacement = [{ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: ATLAS_NOTE_TEXT }] }] }];
    } else if (element.name === 'DecisionWorksheet') {
      replacement = worksheetMarkdown(entry, attribute(element, 'id') ?? '');
    } else {
      // Raw HTML content may use (<abbr>, <kbd>, <details>…): its text stays, its tags go.
      replacement = element.children as RootContent[];
    }
    parent.children.splice(index, LISTED.has(element.name ?? '') ? run(parent, index, element.name!) : 1, ...(replacement as Parent['children']));
    // Past what the site wrote; into what replaced raw HTML, so raw HTML inside it is unwrapped too.
    return [SKIP, element.name === 'Diagram' || element.name === 'DecisionWorksheet' || element.name === 'AtlasNote' ? index + replacement.length : index];
  });
}

const isNamed = (node: RootContent | undefined, names: readonly string[]) => node?.type === 'mdxJsxFlowElement' && names.includes((node as MdxJsxFlowElement).name ?? '');

/** How many `name` components (or their list mates) stand side by side from `index`. */
function run(parent: Parent, index: number, name: string): number {
  let end = index;
  while (isNamed(parent.children[end] as RootContent, LIST_MATES[name] ?? [name])) end++;
  return end - index;
}

/**
 * One list per run of components, one line per component, however the source wrapped it:
 * - review question: `- [ ] Question (must · serving) — why [#id](https://…/page/#id)`;
 * - capability: `- Question (Level 1) To get there: step [#id](…)`;
 * - symptom: `- **[Phrase](…/symptoms/#id)**: how it shows here. Check: the check. ([Section](…))`.
 */
function componentList(parent: Parent, index: number, entry: Entry, name: string, context: TwinContext): List {
  const elements = parent.children.slice(index, index + run(parent, index, name)) as MdxJsxFlowElement[];
  const line = (element: MdxJsxFlowElement): { checked: boolean | null; children: PhrasingContent[] } => {
    const id = attribute(element as Mdx, 'id') ?? '';
    const text = element.children.flatMap((child) => (child.type === 'paragraph' ? (child as Paragraph).children : [child as PhrasingContent]));
    for (const node of text) visit(node, 'text', (t: Text) => void (t.value = t.value.replace(/\s*\n\s*/g, ' ')));
    const anchor: PhrasingContent = { type: 'link', url: `#${id}`, children: [{ type: 'text', value: `#${id}` }] };
    const missing = () => new Error(`${entry.file}: ${element.name} "${id}" was not compiled; run npm run content.`);
    if (element.name === 'ReviewRef') {
      // The item as written on its own page, linked there: the reference restates nothing of its own.
      const item = context.reviewItems?.find((i) => i.id === id);
      if (!item) throw missing();
      return {
        checked: false,
        children: [
          { type: 'text', value: `${item.text} (${item.severity} · ${PHASE_LABEL[item.phase].toLowerCase()}) — ${item.why} ` },
          { type: 'link', url: `${item.page.path}#${id}`, children: [{ type: 'text', value: `#${id}` }] },
        ],
      };
    }
    if (element.name === 'ReviewQuestion') {
      const item = entry.reviewItems.find((i) => i.id === id);
      if (!item) throw missing();
      return { checked: false, children: [...text, { type: 'text', value: ` (${item.severity} · ${PHASE_LABEL[item.phase].toLowerCase()}) — ${item.why} ` }, anchor] };
    }
    if (element.name === 'Capability') {
      const capability = entry.capabilities.find((c) => c.id === id);
      if (!capability) throw missing();
      return { checked: null, children: [...text, { type: 'text', value: ` (Level ${capability.level}) To get there: ${capability.step} ` }, anchor] };
    }
    const symptom = entry.symptoms.find((s) => s.id === id);
    if (!symptom) throw missing();
    const phrase = context.symptoms?.find((t) => t.id === id)?.phrase ?? id;
    return {
      checked: null,
      children: [
        { type: 'strong', children: [{ type: 'link', url: `/symptoms/#${id}`, children: [{ type: 'text', value: phrase }] }] },
        { type: 'text', value: ': ' },
        ...text,
        { type: 'text', value: ` Check: ${symptom.check} (` },
        { type: 'link', url: `#${symptom.section.id}`, children: [{ type: 'text', value: symptom.section.title }] },
        { type: 'text', value: ')' },
      ],
    };
  };
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: elements.map((element): ListItem => {
      const { checked, children } = line(element);
      return { type: 'listItem', checked, spread: false, children: [{ type: 'paragraph', children }] };
    }),
  };
}

/** A decision worksheet as the page shows it without JavaScript: its questions (or fields) and its rules in words. */
function worksheetMarkdown(entry: Entry, id: string): RootContent[] {
  const worksheet = WORKSHEETS[id];
  const placed = entry.worksheets.find((w) => w.id === id);
  if (!worksheet || !placed) throw new Error(`${entry.file}: worksheet "${id}" was not compiled; run npm run content.`);
  const linked = (text: string, target: string): PhrasingContent[] => [
    { type: 'text', value: `${text} (` },
    { type: 'link', url: target, children: [{ type: 'text', value: placed.linkTitles[target] ?? target }] },
    { type: 'text', value: ')' },
  ];
  const list = (ordered: boolean, lines: PhrasingContent[][]): List => ({
    type: 'list',
    ordered,
    spread: false,
    children: lines.map((children): ListItem => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] })),
  });
  const questions =
    worksheet.kind === 'choice'
      ? worksheet.questions.map((q) => linked(`${q.legend} ${q.options.map((o) => o.label).join(' / ')}`, q.target))
      : worksheet.inputs.map((input): PhrasingContent[] => [{ type: 'text', value: input.label }]);
  return [
    { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: worksheet.kind === 'choice' ? 'Worksheet questions' : 'Calculator fields' }] }] },
    list(false, questions),
    { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'How the worksheet decides' }] }] },
    list(true, worksheet.rules.map((rule) => linked(rule.text, rule.target))),
  ];
}

/** Root-relative and same-page links become absolute, so the twin works wherever it is pasted. */
function absoluteLinks(tree: Root, pagePath: string, context: TwinContext): void {
  visit(tree, (node: Nodes) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    if (node.url.startsWith('/')) node.url = context.absoluteUrl(node.url);
    else if (node.url.startsWith('#')) node.url = context.absoluteUrl(`${pagePath}${node.url}`);
  });
}
