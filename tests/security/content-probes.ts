import { symlinkSync } from 'node:fs';
import path from 'node:path';
import type { ProbeTree } from './probe-tree';

/**
 * The adversarial probes of the content step (reviews/security-probe.md: table 1 and the list of reproductions), as data:
 * what a contributor writes, and what the content step must answer. `reject`: it stops with an error matching the
 * pattern, on `line` of `file` (the probe page and BODY_LINE by default). `accept`: it builds. A crash (any other
 * exception) fails whichever probe causes it. Ids are the review's where it had one.
 */
export interface ContentProbe extends ProbeTree {
  id: string;
  expect: { reject: RegExp; line?: number | null; file?: string } | 'accept';
}

const mermaid = (...lines: string[]) => ['```mermaid', 'flowchart LR', '  accTitle: Probe diagram', '  accDescr: A probe diagram', ...lines, '```'].join('\n');
const bomb = (indent = '') =>
  [`${indent}a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]`, ...Array.from({ length: 9 }, (_, i) => `${indent}a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(',')}]`)].join('\n');

const pattern = (title: string) => `---\ntitle: ${title}\nsummary: Another probe entry, so that the patterns section has a landing page.\nkind: pattern\norder: 2\nseed: ["Fixture"]\nreviewed: 2026-11-26\n---\nText.\n`;

const decision = (worksheet: string) => `---\ntitle: Probe decision\nsummary: A probe decision page that places a worksheet by id.\nkind: decision\norder: 1\nseed: ["Fixture"]\nreviewed: 2026-11-26\n---\n\n<DecisionWorksheet id="${worksheet}" />\n`;

export const CONTENT_PROBES: readonly ContentProbe[] = [
  // Links: schemes, and the forms a browser reads differently from how they look.
  { id: 'L01_js', body: '[x](javascript:alert(1))', expect: { reject: /"javascript:" URLs are not allowed/ } },
  { id: 'L02_mixedcase', body: '[x](JaVaScRiPt:alert(1))', expect: { reject: /"javascript:" URLs are not allowed/ } },
  { id: 'L03_hexentity', body: '[x](jav&#x61;script:alert(1))', expect: { reject: /"javascript:" URLs are not allowed/ } },
  { id: 'L07_entity_tab_inside', body: '[x](java&#x09;script:alert(1))', expect: { reject: /backslash or a control character/ } },
  { id: 'L_data', body: '[x](data:text/html,<b>x</b>)', expect: { reject: /"data:" URLs are not allowed|MDX syntax error/ } },
  { id: 'L_protocol_relative', body: '[x](//evil.example/)', expect: { reject: /write the scheme, "https:\/\/\/evil\.example\/"|write the scheme/ } },
  { id: 'L_md_backslash', body: '[x](/\\evil.example/)', expect: { reject: /backslash or a control character/ } },
  { id: 'L26_tab_slash_a', body: '<a href="/\t/evil.example/">x</a>', expect: { reject: /backslash or a control character/ } },
  { id: 'L27_slash_bs_a', body: '<a href="/\\evil.example/">x</a>', expect: { reject: /backslash or a control character/ } },
  { id: 'H63_a_bs_encoded_tab', body: '<a href="/&#x09;/evil.example/">x</a>', expect: { reject: /backslash or a control character/ } },
  { id: 'H_a_encoded_newline', body: '<a href="/&#10;/evil.example/">x</a>', expect: { reject: /backslash or a control character/ } },
  { id: 'H_a_protocol_relative', body: '<a href="//evil.example/">x</a>', expect: { reject: /write the scheme/ } },
  { id: 'H_a_js', body: '<a href="  JavaScript:alert(1)">x</a>', expect: { reject: /"javascript:" URLs are not allowed/ } },
  { id: 'H61_a_dead_internal', body: '<a href="/no-such-page/">x</a>', expect: { reject: /dead internal link "\/no-such-page\/"/ } },
  { id: 'H_a_dead_anchor', body: '<a href="#nowhere">x</a>', expect: { reject: /dead anchor "#nowhere"/ } },
  { id: 'H_a_live_anchor_ok', body: '<a href="#intro">x</a>', expect: 'accept' },
  { id: 'H53_a_mailto_ok', body: '<a href="mailto:a@example.com">x</a>', expect: 'accept' },
  { id: 'L22_https_ok', body: '[x](https://example.com/) and <a href="https://example.com/">y</a>', expect: 'accept' },

  // Raw HTML: code, styling and ids.
  { id: 'H_script', body: '<script>alert(1)</script>', expect: { reject: /^<script>: content cannot run scripts/ } },
  { id: 'H_onclick', body: '<span onClick="alert(1)">x</span>', expect: { reject: /event handler "onClick"/ } },
  { id: 'H_dangerous', body: '<div dangerouslySetInnerHTML="x" />', expect: { reject: /dangerouslySetInnerHTML/ } },
  { id: 'H_style', body: '<p style="position:fixed">x</p>', expect: { reject: /inline styles are blocked/ } },
  { id: 'H29_classname_overlay', body: '<div className="fixed inset-0 z-50 bg-white text-4xl">Session expired: sign in at evil.example</div>', expect: { reject: /"className" is not allowed: content carries no classes/ } },
  { id: 'H_class_attr', body: '<span class="fixed">x</span>', expect: { reject: /"class" is not allowed/ } },
  { id: 'H_classname_on_component', body: '<ReviewQuestion id="probe-q" className="fixed inset-0" phase="monitoring" severity="must" why="Because.">Q?</ReviewQuestion>', expect: { reject: /"className" is not allowed/ } },
  { id: 'H30_id_clobber', body: '<span id="main">x</span>', expect: { reject: /id "main" is taken by the page layout/ } },
  { id: 'H_heading_slug_main', body: '## Main', expect: { reject: /id "main" is taken by the page layout/ } },
  { id: 'H_explicit_related', body: '## Links {#related}', expect: { reject: /id "related" is taken by the page layout/ } },
  { id: 'H_diagram_id', body: '<span id="diagram-0-title">x</span>', expect: { reject: /id "diagram-0-title" is taken/ } },
  { id: 'H_raw_id_duplicate', body: '<span id="intro">x</span>', expect: { reject: /duplicate anchor "#intro"/ } },
  { id: 'H_constructor_element', body: '<constructor>x</constructor>', expect: { reject: /<constructor> is not an HTML element/ } },
  { id: 'H_spread', body: '<span {...props}>x</span>', expect: { reject: /spreads JavaScript/ } },

  // Expressions and ESM.
  { id: 'H_env', body: 'Home: {process.env.HOME}', expect: { reject: /is a JavaScript expression/ } },
  { id: 'H_import', body: 'import fs from "node:fs"', expect: { reject: /content cannot import or export code/ } },
  { id: 'H38_expr_comment_ok', body: 'Text {/* note */} here', expect: 'accept' },
  { id: 'H38b_two_comments_ok', body: 'Text {/* a */ /* b */} here', expect: 'accept' },
  { id: 'H39_expr_comment_wrapped', body: 'Text {/* a */ process.exit(1) /* b */} here', expect: { reject: /is a JavaScript expression/ } },
  { id: 'H40b_redos_32', body: `Text {${'/**/ '.repeat(32)}x} here`, expect: { reject: /is a JavaScript expression/ } },
  { id: 'H40c_redos_2000', body: `Text {${'/**/ '.repeat(2000)}x} here`, expect: { reject: /is a JavaScript expression/ } },

  // Images: only files inside public/.
  { id: 'D12_md_image_outside_public', body: '![x](/../package.json)', files: { '../package.json': '{}' }, expect: { reject: /without "\." or "\.\." segments/ } },
  { id: 'D11_image_traversal2', body: '<img src="/../package.json" alt="x"/>', files: { '../package.json': '{}' }, expect: { reject: /without "\." or "\.\." segments/ } },
  { id: 'D_image_encoded_dots', body: '![x](/%2e%2e/package.json)', files: { '../package.json': '{}' }, expect: { reject: /without "\." or "\.\." segments/ } },
  { id: 'D_image_remote', body: '![x](https://example.com/x.png)', expect: { reject: /images must be files of this site/ } },
  { id: 'D_image_missing', body: '![x](/images/none.png)', expect: { reject: /does not exist: there is no file public\/images\/none\.png/ } },

  // Mermaid: only flowcharts of bounded size, no configuration, no links.
  { id: 'M03_init_loose_html', body: mermaid('%%{init: {"securityLevel":"loose","htmlLabels":true}}%%', '  A --> B'), expect: { reject: /Mermaid directive/ } },
  { id: 'M03b_init_first_line', body: '```mermaid\n%%{init: {"flowchart":{"htmlLabels":true}}}%%\nflowchart LR\n  accTitle: T\n  accDescr: D\n  A --> B\n```', expect: { reject: /Mermaid directive/ } },
  { id: 'M05_themecss', body: mermaid('  A --> B', '  %% themeCSS: rect{fill:red}'), expect: { reject: /renderer settings/ } },
  { id: 'M_config_block', body: '```mermaid\n---\nconfig:\n  securityLevel: loose\n---\nflowchart LR\n  accTitle: T\n  accDescr: D\n  A --> B\n```', expect: { reject: /"---" config block/ } },
  { id: 'M01_click_js', body: mermaid('  A --> B', '  click A "javascript:alert(1)" "tip"'), expect: { reject: /"click" line/ } },
  { id: 'M02_click_callback', body: mermaid('  A --> B', '  click A call alert(1)'), expect: { reject: /"click" line/ } },
  { id: 'M_classdef_url', body: mermaid('  A --> B', '  classDef evil fill:url(https://evil.example/t.png)'), expect: { reject: /CSS "url\(…\)"/ } },
  { id: 'M16_plain_sequence', body: '```mermaid\nsequenceDiagram\n  accTitle: Probe diagram\n  accDescr: A probe diagram\n  participant A\n  A->>A: hi\n```', expect: { reject: /kind "sequenceDiagram" is not supported/ } },
  { id: 'M10_large', body: mermaid(Array.from({ length: 1500 }, (_, i) => `  N${i}[Node number ${i}] --> N${i + 1}`).join('\n')), expect: { reject: /characters, over the limit of 10,000/ } },
  { id: 'M_no_title', body: '```mermaid\nflowchart LR\n  A --> B\n```', expect: { reject: /has no accTitle and no accDescr/ } },

  // Frontmatter: YAML that expands, and text shown outside the page body.
  { id: 'F01_billion_laughs', frontmatter: { bomb: bomb() }, expect: { reject: /YAML aliases .* are not allowed/, line: 9 } },
  { id: 'F_merge_alias', frontmatter: { seed: 'seed: &s ["Fixture"]\nextra: *s' }, expect: { reject: /YAML aliases/, line: 7 } },
  { id: 'F03_title_script', frontmatter: { title: "title: '</script><script>alert(1)</script>'" }, expect: { reject: /field "title": must be plain text, not HTML/, line: 2 } },
  { id: 'F09_summary_html', frontmatter: { summary: 'summary: "A summary with <img src=x onerror=alert(1)> in it."' }, expect: { reject: /field "summary": must be plain text/, line: 3 } },
  { id: 'F06_title_rtl', frontmatter: { title: 'title: "Probe \u202Eexe.gpj\u202C ok"' }, expect: { reject: /field "title": must not contain the invisible direction control U\+202E/, line: 2 } },
  { id: 'F06b_title_isolate', frontmatter: { title: 'title: "Probe \u2066x\u2069"' }, expect: { reject: /direction control U\+2066/, line: 2 } },
  { id: 'F06c_summary_rlm', frontmatter: { summary: 'summary: "A probe summary that hides \u200F a mark."' }, expect: { reject: /direction control U\+200F/, line: 3 } },
  { id: 'F_title_less_than_ok', frontmatter: { summary: 'summary: "Serving under <100ms is a budget, not markup."' }, expect: 'accept' },
  { id: 'F04_title_template', frontmatter: { title: "title: \"{{constructor.constructor('alert(1)')()}}\"" }, expect: 'accept' },
  { id: 'F13g_alias_diagrams', frontmatter: { aliases: 'aliases: [diagrams]' }, expect: { reject: /alias "diagrams" would answer at \/diagrams\/, which the site itself uses/, line: 8 } },
  { id: 'F13g_alias_og', frontmatter: { aliases: 'aliases: [og]' }, expect: { reject: /alias "og" would answer at \/og\//, line: 8 } },
  { id: 'F13i_alias_changelog', frontmatter: { aliases: 'aliases: [changelog]' }, expect: { reject: /alias "changelog" would answer at \/changelog\//, line: 8 } },
  { id: 'F13j_alias_symptoms', frontmatter: { aliases: 'aliases: [symptoms]' }, expect: { reject: /alias "symptoms"/, line: 8 } },
  { id: 'F13f_alias_review', frontmatter: { aliases: 'aliases: [review]' }, expect: { reject: /alias "review" would answer at \/review\//, line: 8 } },
  { id: 'F13f_alias_search', frontmatter: { aliases: 'aliases: [search]' }, expect: { reject: /alias "search"/, line: 8 } },
  { id: 'F13h_alias_constructor_ok', frontmatter: { aliases: 'aliases: [constructor, tostring, hasownproperty]' }, expect: 'accept' },
  { id: 'F_alias_landing', files: { 'patterns/one.mdx': pattern('One'), 'patterns/two.mdx': pattern('Two') }, frontmatter: { kind: 'kind: guide', aliases: 'aliases: [patterns]' }, expect: { reject: /alias "patterns" would answer at \/patterns\/, the landing page of a section/, line: 8 } },

  // Worksheets and other components keyed by id: prototype names are ids like any other.
  // On a decision page, where worksheets may stand (elsewhere the placement rule answers first).
  { id: 'H52b_worksheet_constructor', files: { 'decisions/probe-decision.mdx': decision('constructor') }, expect: { reject: /id="constructor" is not a worksheet/, file: 'content/decisions/probe-decision.mdx', line: 10 } },
  { id: 'H52_worksheet_proto', files: { 'decisions/probe-decision.mdx': decision('__proto__') }, expect: { reject: /id="__proto__" is not a worksheet/, file: 'content/decisions/probe-decision.mdx', line: 10 } },
  { id: 'H_review_proto_scope', body: '<ReviewQuestion id="probe-q" phase="monitoring" severity="must" why="Because it matters." systems="constructor" serving="__proto__" when="hasOwnProperty" maturity="1" section="constructor">Q?</ReviewQuestion>', expect: { reject: /serving mode "__proto__" is unknown/ } },
  { id: 'H_review_proto_phase', body: '<ReviewQuestion id="probe-q" phase="constructor" severity="__proto__" why="Because it matters.">Q?</ReviewQuestion>', expect: { reject: /phase="constructor" must be one of/ } },
  { id: 'H_symptom_constructor', body: '<Symptom id="constructor" check="Look at the metric that tells this apart from drift.">y</Symptom>', expect: { reject: /<Symptom> "constructor"/ } },
  { id: 'H_capability_proto_level', body: '<Capability id="probe-c" level="constructor" step="Do the step that gets there.">Q?</Capability>', expect: { reject: /level="constructor" must be 1, 2 or 3/ } },
  { id: 'H_review_proto_values', body: '<ReviewQuestion id="constructor" phase="__proto__" severity="toString" why="Because.">Q?</ReviewQuestion>', expect: { reject: /ReviewQuestion/ } },

  // Files the loader must refuse, with the reason.
  { id: 'D08_symlink_out', setup: (dir) => symlinkSync('/etc/passwd', path.join(dir, 'passwd.mdx')), expect: { reject: /is a symbolic link/, file: 'content/passwd.mdx', line: null } },
  { id: 'D09_symlink_mdx', setup: (dir) => symlinkSync(path.join(dir, 'probe.mdx'), path.join(dir, 'evil-link.mdx')), expect: { reject: /is a symbolic link/, file: 'content/evil-link.mdx', line: null } },
  { id: 'S05_sym_billion', files: { 'symptoms.yaml': `- id: lol-0\n  phrase: x\n${bomb('  ')}\n` }, expect: { reject: /YAML aliases/, file: 'content/symptoms.yaml', line: 4 } },
  { id: 'C07_cl_billion', files: { 'changelog.yaml': `- date: 2026-11-20\n  summary: "The first change."\n  entries: [probe]\n${bomb('  ')}\n` }, expect: { reject: /YAML aliases/, file: 'content/changelog.yaml', line: 5 } },
  { id: 'C05_cl_html_summary', files: { 'changelog.yaml': '- date: 2026-11-20\n  summary: "<img src=x onerror=alert(1)> changed."\n  entries: [probe]\n' }, expect: { reject: /field "summary": must be plain text/, file: 'content/changelog.yaml', line: 2 } },

  // Depth: a line number instead of a stack overflow.
  { id: 'P04_blockquote_5000', body: `${'> '.repeat(5000)}deep`, expect: { reject: /blockquotes and lists nest more than 32 levels/ } },
  { id: 'P04b_blockquote_30_ok', body: `${'> '.repeat(30)}deep`, expect: 'accept' },
  { id: 'P05_list_5000', body: `${'- '.repeat(5000)}deep`, expect: { reject: /blockquotes and lists nest more than 32 levels/ } },
  { id: 'P06_span_5000', body: `${'<span>'.repeat(5000)}deep${'</span>'.repeat(5000)}`, expect: { reject: /elements nest more than 32 levels/ } },
  { id: 'P_expression_parens', body: `{${'('.repeat(5000)}1${')'.repeat(5000)}}`, expect: { reject: /braces and brackets of an expression nest more than 32 levels/ } },
  { id: 'P07_unclosed_details', body: '<details>\n<summary>x</summary>\n\nText\n\nmore', expect: { reject: /Expected a closing tag for `<details>`/ } },
  { id: 'P11_brackets_100k_ok', body: '\\['.repeat(20000), expect: 'accept' },
  { id: 'P20_bidi_in_body_ok', body: 'file name: \u202Egpj.exe is free text.', expect: 'accept' },
];
