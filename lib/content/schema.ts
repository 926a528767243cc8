import { z } from 'zod';
import { CONDITIONS, SERVING_MODES } from '../review/model';
import { pastDate } from './dates';
import { KINDS } from './kinds';
import { suggest } from './suggest';
import { isTag, MERGED_TAGS, TAGS } from './tags';

/** Ids and anchors: lowercase words joined by single hyphens. They are permanent once published. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** How this entry relates to another, read as "this entry <relation> that entry". */
export const RELATIONS = ['mitigates', 'causes', 'uses', 'alternative-to', 'applies-to'] as const;
export type Relation = (typeof RELATIONS)[number];

const id = z.string().regex(ID_PATTERN, 'must be kebab-case: lowercase letters, digits and single hyphens');

const relatedItem = z.union([
  /** A bare id: related, with no particular relation. */
  id.transform((value) => ({ id: value, relation: undefined as Relation | undefined })),
  z
    .object({
      /** The id (file name) of the other entry. It must exist. */
      id,
      /** Optional: how this entry relates to it. */
      relation: z.enum(RELATIONS).optional(),
    })
    .strict(),
]);

const anchorAlias = z
  .object({
    /** The anchor that used to exist on this page, with its leading '#'. */
    from: z.string().regex(/^#[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be "#old-anchor"'),
    /** The heading it now lands on, with its leading '#'. */
    to: z.string().regex(/^#[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be "#current-anchor"'),
  })
  .strict();

/** Whose text a page is: the source document's (explained by the atlas), or written for the atlas. */
export const PROVENANCES = ['source', 'atlas'] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** How fast a system must answer, as a class the review builder and the quick reference share. */
export const LATENCY_CLASSES = ['real-time', 'interactive', 'batch'] as const;

/** Facts about a system category that tools read (the review builder, the quick reference); required on kind: system only. */
const systemFacts = z
  .object({
    /** The latency budget as the source document's quick reference states it, e.g. "<100ms" or "Minutes-Hours". */
    latency: z.string().trim().min(2),
    /** real-time: a budget of about 100 ms or less in the request path; interactive: under a second, a person waiting; batch: minutes to hours. */
    latencyClass: z.enum(LATENCY_CLASSES),
    /** The load the serving path absorbs, as the quick reference states it, e.g. "Millions QPS". */
    scale: z.string().trim().min(2),
    /** How its predictions are usually served; the review builder offers these modes first. At least one. */
    serving: z.array(z.enum(SERVING_MODES)).min(1),
    /** Its critical metrics, as the source document names them. At least one. */
    metrics: z.array(z.string().trim().min(2)).min(1),
    /** Conditions the system has by nature (labels-late, adversarial, regulated): the review builder turns them on when the system is chosen. Default: none. */
    traits: z.array(z.enum(CONDITIONS)).default([]),
  })
  .strict();

/**
 * The frontmatter of every entry in content/. This schema is the only place a field is defined.
 * Unknown fields are errors, so a typo in a field name cannot pass silently.
 */
export const frontmatterSchema = z
  .object({
    /** Page title: the h1, the browser tab, link previews and search results. */
    title: z.string().trim().min(2).max(80),
    /** One sentence (at most 160 characters): cards, search results, meta description and link previews. */
    summary: z
      .string()
      .trim()
      .min(20)
      .max(160)
      .refine((s) => /[.!?]$/.test(s), 'must be one sentence ending in . ! or ?'),
    /** What sort of entry this is; decides its sidebar section, badge and body conventions. */
    kind: z.enum(KINDS),
    /** Topics from the one vocabulary in lib/content/tags.ts (add a tag there, with its meaning, before using it); used by search and shown on the page. Default: none. */
    tags: z.array(id.refine(isTag, { error: (issue) => unknownTag(String(issue.input)) })).max(8).default([]),
    /** Position within its kind in the sidebar and in previous/next. Lower comes first. */
    order: z.number().int().min(0),
    /** Other entries this one relates to; each id must exist, and the reverse link appears on the other page. Default: none. */
    related: z.array(relatedItem).default([]),
    /**
     * Names this page used to answer to, which must keep working: an earlier id of this page ("old-id"),
     * or an anchor that moved ({ from: "#old", to: "#new" }). Default: none.
     */
    aliases: z.array(z.union([id, anchorAlias])).default([]),
    /**
     * Whose text this is. `source` (the default): the page presents sections of the source document, named in `seed`;
     * its headings, terms and figures are the document's and the explanation around them is the atlas's, and a section
     * whose subject the document does not cover carries `<AtlasNote />`. `atlas`: the page is written for the atlas
     * (a topic guide); it names the document's sections it builds on in `buildsOn`, shown as "Builds on", never as its source.
     */
    provenance: z.enum(PROVENANCES).default('source'),
    /** provenance source only: the heading path(s) of the source document this entry presents, e.g. "Common Pitfalls & Solutions > 5. Label Leakage". Each must be a heading of content/seed/ml-system-design-insights.md. */
    seed: z.array(z.string().min(3)).min(1).optional(),
    /** provenance atlas only: the heading path(s) of the source document the page builds on (shown as "Builds on"). Each must be a heading of content/seed/ml-system-design-insights.md. */
    buildsOn: z.array(z.string().min(3)).min(1).optional(),
    /** The date (YYYY-MM-DD) someone last checked this page against the source document and current practice; not in the future. Shown on the page and in the sitemap. */
    reviewed: pastDate('the date someone last checked this page'),
    /** System facts (latency, scale, serving modes, critical metrics, traits): required when kind is "system", not allowed otherwise. */
    system: systemFacts.optional(),
  })
  .strict()
  .superRefine((fm, ctx) => {
    if (fm.kind === 'system' && !fm.system) ctx.addIssue({ code: 'custom', path: ['system'], message: 'is required on a system entry (latency, latencyClass, scale, serving, metrics)' });
    if (fm.kind !== 'system' && fm.system) ctx.addIssue({ code: 'custom', path: ['system'], message: 'is only allowed on entries of kind "system"' });
    if (fm.provenance === 'source' && fm.buildsOn) ctx.addIssue({ code: 'custom', path: ['buildsOn'], message: 'is for pages written for the atlas: add "provenance: atlas" (and drop seed), or name the sections this page presents in seed' });
    if (fm.provenance === 'source' && !fm.seed) ctx.addIssue({ code: 'custom', path: ['seed'], message: 'is required: the source document heading(s) this page presents. A page written for the atlas says "provenance: atlas" and lists what it builds on in buildsOn' });
    if (fm.provenance === 'atlas' && fm.seed) ctx.addIssue({ code: 'custom', path: ['seed'], message: 'is for pages that present the source document: on a page written for the atlas, list the sections it builds on in buildsOn instead' });
    if (fm.provenance === 'atlas' && !fm.buildsOn) ctx.addIssue({ code: 'custom', path: ['buildsOn'], message: 'is required on a page written for the atlas: the source document heading(s) it builds on' });
  });

export type Frontmatter = z.output<typeof frontmatterSchema>;

function unknownTag(tag: string): string {
  const merged = MERGED_TAGS[tag];
  if (merged) return `tag "${tag}" was merged into "${merged}": write "${merged}"`;
  return `unknown tag "${tag}". ${suggest(tag, Object.keys(TAGS))} Tags come from lib/content/tags.ts; add a new one there with its meaning`;
}
