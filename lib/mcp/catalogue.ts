import { z } from 'zod';
import { KINDS } from '../content/kinds';
import { CONDITIONS, MATURITY_LEVELS, PHASES, SERVING_MODES, SEVERITIES } from '../review/model';

const PageRef = z.object({ id: z.string(), path: z.string(), title: z.string() });
const SectionRef = z.object({ id: z.string(), title: z.string() });

/**
 * What the MCP server reads of /entries.json (lib/export/site-markdown.ts writes it). Checked on load, so an atlas
 * built before the catalogue carried review items fails with one clear message instead of empty answers.
 */
export const Catalogue = z.object({
  name: z.string(),
  /** The site's root URL, base path included: every URL the server gives is under it. */
  url: z.string().url(),
  version: z.number().int().min(2),
  entries: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      kind: z.enum(KINDS),
      summary: z.string(),
      url: z.string(),
      markdownUrl: z.string(),
      sections: z.array(z.object({ id: z.string(), title: z.string(), level: z.number() })),
    }),
  ),
  systems: z.array(z.object({ id: z.string(), title: z.string(), url: z.string(), serving: z.array(z.enum(SERVING_MODES)), traits: z.array(z.enum(CONDITIONS)), checklistUrl: z.string() })),
  reviewItems: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      why: z.string(),
      phase: z.enum(PHASES),
      severity: z.enum(SEVERITIES),
      systems: z.array(z.string()),
      serving: z.array(z.enum(SERVING_MODES)),
      maturity: z.union(MATURITY_LEVELS.map((level) => z.literal(level)) as unknown as [z.ZodLiteral<0>, z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>]),
      when: z.array(z.enum(CONDITIONS)),
      page: PageRef,
      section: SectionRef,
      /** In the curated first pass (the builder's core list). */
      core: z.boolean().default(false),
      pass: z.string().optional(),
      evidence: z.string().optional(),
      capability: z.string().optional(),
      /** Retired ids that now resolve to this item. */
      aliases: z.array(z.string()).default([]),
    }),
  ),
  symptoms: z.array(z.object({ id: z.string(), phrase: z.string(), url: z.string() })),
});
export type Catalogue = z.infer<typeof Catalogue>;
