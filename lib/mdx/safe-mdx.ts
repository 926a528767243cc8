import type { Nodes, Parent, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import { GENERATED_COMPONENTS, REGISTERED_COMPONENTS } from './registered-components';

/** Something in a page that content may not do, with the line and what to write instead. */
export interface ContentProblem {
  line?: number;
  problem: string;
}

/** MDX's ESM and `{expression}` nodes (declared here rather than through three more type packages). */
interface MdxCode {
  type: 'mdxjsEsm' | 'mdxFlowExpression' | 'mdxTextExpression';
  value: string;
  position?: Root['position'];
}

/** An internal link or an element id found in raw HTML, for the site-wide link and anchor checks. */
export interface LocatedValue {
  value: string;
  line?: number;
}

/** An image the page shows, so the build can check the file exists in public/. */
export interface ImageFact {
  src: string;
  line?: number;
}

/**
 * The raw HTML elements content may use, with the attributes each takes besides the global ones. Formatting and
 * structure only: nothing that loads, embeds or runs anything (scripts, frames, objects, forms, styles, SVG).
 */
const INTRINSIC: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  abbr: [],
  b: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  dd: [],
  del: [],
  details: ['open'],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height'],
  ins: [],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed'],
  p: [],
  pre: [],
  q: ['cite'],
  s: [],
  samp: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colSpan', 'rowSpan'],
  tfoot: [],
  th: ['colSpan', 'rowSpan', 'scope'],
  thead: [],
  time: ['dateTime'],
  tr: [],
  u: [],
  ul: [],
  var: [],
  wbr: [],
};
// No className: the site's CSS ships layout utilities ("fixed inset-0 z-50" covered the whole page with author
// text), and content needs none of them; Markdown and the elements above carry all the formatting a page has.
const GLOBAL_ATTRIBUTES = new Set(['id', 'title', 'lang', 'dir']);
const ARIA_ATTRIBUTE = /^aria-[a-z]+$/;

/** Elements that load or run something, with what to do instead. */
const FORBIDDEN_ELEMENTS: Readonly<Record<string, string>> = {
  script: 'content cannot run scripts. Describe the behaviour in words, or ask for a site component',
  iframe: 'content cannot embed other sites. Link to the page instead: [title](https://…)',
  object: 'content cannot embed plugins or documents. Link to the file instead',
  embed: 'content cannot embed plugins or documents. Link to the file instead',
  style: 'content cannot carry styles. Styles live in app/globals.css',
};

const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);
const SCHEME = /^([a-z][a-z0-9+.-]*):/;
const ALLOWED_LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * Comments are the one expression that runs nothing: `{/* note to editors *\/}`. A scan, not a regex: the regex
 * this replaced backtracked exponentially (32 comments in one expression stalled the build), and its lazy match
 * also read `/* a *\/ code /* b *\/` as one comment. Linear: each character is looked at a bounded number of times.
 */
export function isCommentOnly(value: string): boolean {
  let i = 0;
  for (;;) {
    while (i < value.length && /\s/.test(value[i])) i++;
    if (i === value.length) return true;
    if (!value.startsWith('/*', i)) return false;
    const end = value.indexOf('*/', i + 2);
    if (end === -1) return false;
    i = end + 2;
  }
}

/**
 * Remark plugin, first in line: content is data, not code. Rejects ESM import/export, `{expressions}`, raw HTML
 * outside a small formatting allowlist, event handlers, dangerouslySetInnerHTML, inline styles, script-like
 * URLs, relative links and non-local images, and JSX components that are not registered (or take anything but
 * string-literal attributes). Each problem names its line and the fix; the offending node is removed, so a
 * rejected page never compiles into code that could run at build time.
 */
export function remarkSafeMdx(problems: ContentProblem[], images: ImageFact[], found: { links: LocatedValue[]; ids: LocatedValue[] } = { links: [], ids: [] }) {
  return () => (tree: Root) => {
    visit(tree, (anyNode, index, parent: Parent | undefined) => {
      const node = anyNode as Nodes | MdxCode;
      const line = node.position?.start.line;
      const report = (problem: string) => problems.push({ line, problem });
      const remove = () => {
        parent!.children.splice(index!, 1);
        return [SKIP, index!] as [typeof SKIP, number];
      };
      switch (node.type) {
        case 'mdxjsEsm':
          report(`"${firstLine(node.value)}": content cannot import or export code. Write Markdown; link to other pages with [text](/kind/id/).`);
          return remove();
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (isCommentOnly(node.value)) return remove();
          report(`"{${shorten(node.value)}}" is a JavaScript expression, and content cannot run code. For literal braces write "\\{" and "\\}".`);
          return remove();
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const problem = checkElement(node, images, found);
          if (!problem) return undefined;
          report(problem);
          return remove();
        }
        case 'link':
        case 'definition': {
          const problem = checkLinkUrl(node.url, `link "${node.url}"`);
          if (problem) report(problem);
          return undefined;
        }
        case 'image': {
          const problem = checkImageUrl(node.url);
          if (problem) report(problem);
          else images.push({ src: node.url, line });
          return undefined;
        }
        default:
          return undefined;
      }
    });
  };
}

function checkElement(node: MdxJsxFlowElement | MdxJsxTextElement, images: ImageFact[], found: { links: LocatedValue[]; ids: LocatedValue[] }): string | undefined {
  const name = node.name;
  if (name === null) return 'a JSX fragment "<>…</>" is not content. Remove the "<>" and "</>".';
  const element = `<${name}>`;
  const forbidden = own(FORBIDDEN_ELEMENTS, name.toLowerCase());
  if (forbidden) return `${element}: ${forbidden}.`;
  const registered = REGISTERED_COMPONENTS.includes(name);
  const allowed = own(INTRINSIC, name);
  if (!registered && !allowed) {
    if (own(GENERATED_COMPONENTS, name)) return `${element} is made by the build, not written by hand: ${GENERATED_COMPONENTS[name]}.`;
    const known = REGISTERED_COMPONENTS.length ? ` The site's components are: ${REGISTERED_COMPONENTS.map((c) => `<${c}>`).join(', ')}.` : '';
    return /^[a-z]/.test(name)
      ? `${element} is not an HTML element content may use. Write Markdown, or one of: ${Object.keys(INTRINSIC).join(', ')}.`
      : `${element} is not one of the site's components, and content cannot define its own.${known} A new component is registered in lib/mdx/registered-components.ts.`;
  }
  for (const attribute of node.attributes) {
    const problem = checkAttribute(attribute, registered ? undefined : allowed);
    if (problem) return `${element}: ${problem}`;
  }
  if (!registered) {
    const value = (attr: string) => node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === attr)?.value;
    const line = node.position?.start.line;
    const id = value('id');
    // Raw elements' ids join the page's anchors: duplicates and ids the layout uses are checked with the headings'.
    if (typeof id === 'string') found.ids.push({ value: id, line });
    const href = value('href');
    if (name === 'a' && typeof href === 'string') {
      const problem = checkLinkUrl(href, `href "${href}"`);
      if (problem) return problem;
      // Held to the same dead-link and anchor checks as a Markdown link (lib/content/validate-site.ts).
      if (href.startsWith('/') || href.startsWith('#')) found.links.push({ value: href, line });
    }
    const src = value('src');
    if (name === 'img') {
      if (typeof src !== 'string') return `<img> needs a src="/…" of a file in public/.`;
      const problem = checkImageUrl(src);
      if (problem) return problem;
      images.push({ src, line: node.position?.start.line });
    }
  }
  return undefined;
}

/** `allowed` is the element's own attribute list for raw HTML; undefined for a registered component (any name). */
function checkAttribute(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute, allowed: readonly string[] | undefined): string | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return `"{${shorten(attribute.value)}}" spreads JavaScript into the element. Write each attribute as name="text".`;
  }
  const { name, value } = attribute;
  if (/^on/i.test(name)) return `event handler "${name}" runs code, which content cannot do. Remove it.`;
  if (name === 'dangerouslySetInnerHTML') return 'dangerouslySetInnerHTML injects raw HTML, which content cannot do. Write the content as Markdown.';
  if (name === 'style') return 'inline styles are blocked by the site\'s Content-Security-Policy. Remove the style attribute.';
  if (name === 'className' || name === 'class') return `"${name}" is not allowed: content carries no classes (the site styles Markdown itself). Use Markdown emphasis, a heading, or one of the allowed elements.`;
  if (value !== null && typeof value === 'object') {
    return `${name}={${shorten(value.value)}} is a JavaScript expression, and content cannot run code. Write ${name}="text" with a literal string.`;
  }
  if (allowed && !allowed.includes(name) && !GLOBAL_ATTRIBUTES.has(name) && !ARIA_ATTRIBUTE.test(name)) {
    const choices = [...allowed, ...GLOBAL_ATTRIBUTES, 'aria-*'];
    return `attribute "${name}" is not allowed here. Use only: ${choices.join(', ')}.`;
  }
  if (URL_ATTRIBUTES.has(name) && typeof value === 'string') {
    const scheme = schemeOf(value);
    if (scheme && !ALLOWED_LINK_SCHEMES.has(scheme)) return `${name}="${value}": "${scheme}:" URLs are not allowed. Use https:, mailto: or a root-relative path.`;
  }
  return undefined;
}

/**
 * Characters a browser drops from a URL (tab, newline) or reads as "/" (a backslash): "/\evil.example/" and
 * "/<tab>/evil.example/" look like local paths but open another site. Content never needs them in a URL.
 */
const DISGUISING = /[\u0000-\u001f\u007f\\]/;

function disguised(url: string, what: string): string | undefined {
  if (!DISGUISING.test(url.trim())) return undefined;
  return `${what} holds a backslash or a control character (tab, newline …), which browsers drop or read as "/": a path like "/\\host/" opens another site. Write the URL plainly.`;
}

function checkLinkUrl(url: string, what: string): string | undefined {
  const hidden = disguised(url, what);
  if (hidden) return hidden;
  const scheme = schemeOf(url);
  if (scheme) return ALLOWED_LINK_SCHEMES.has(scheme) ? undefined : `${what}: "${scheme}:" URLs are not allowed in content. Use https:, mailto: or a root-relative path.`;
  if (url.startsWith('//')) return `${what}: write the scheme, "https:${url}".`;
  if (url === '' || url.startsWith('/') || url.startsWith('#')) return undefined;
  return `${what} is relative, and would resolve differently on every page. Write it root-relative with a trailing slash, e.g. "/pitfalls/cold-start/".`;
}

function checkImageUrl(src: string): string | undefined {
  const hidden = disguised(src, `image "${src}"`);
  if (hidden) return hidden;
  if (src.startsWith('/') && !src.startsWith('//')) {
    // public/ is the root: "/../package.json" would name a file outside what the site serves.
    if (src.split(/[?#]/)[0].split('/').some((segment) => segment === '..' || segment === '.' || /^%2e/i.test(segment))) {
      return `image "${src}": write the path from public/ without "." or ".." segments, e.g. "/images/name.png".`;
    }
    return undefined;
  }
  return `image "${src}": images must be files of this site (the Content-Security-Policy allows no others). Put the file in public/ and write its root-relative path, e.g. "/images/name.png".`;
}

/** A table lookup that cannot hit Object.prototype (`<constructor>` is not an allowed element). */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The URL scheme as a browser reads it: case, whitespace and control characters ignored. */
function schemeOf(url: string): string | undefined {
  return SCHEME.exec(url.replace(/[\u0000-\u0020]/g, '').toLowerCase())?.[1];
}

function firstLine(text: string): string {
  return shorten(text.split('\n')[0]);
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
