import { z } from 'zod';
import { KINDS } from './kinds';

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
    /** Lowercase kebab-case topics, used by search and shown on the page. Default: none. */
    tags: z.array(id).max(8).default([]),
    /** Position within its kind in the sidebar and in previous/next. Lower comes first. */
    order: z.number().int().min(0),
    /** Other entries this one relates to; each id must exist, and the reverse link appears on the other page. Default: none. */
    related: z.array(relatedItem).default([]),
    /**
     * Names this page used to answer to, which must keep working: an earlier id of this page ("old-id"),
     * or an anchor that moved ({ from: "#old", to: "#new" }). Default: none.
     */
    aliases: z.array(z.union([id, anchorAlias])).default([]),
    /** The heading path(s) in the seed document this entry derives from, e.g. "Common Pitfalls & Solutions > 5. Label Leakage". */
    seed: z.array(z.string().min(3)).min(1),
  })
  .strict();

export type Frontmatter = z.output<typeof frontmatterSchema>;
