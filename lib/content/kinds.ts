import { SYMPTOMS_PATH } from '../symptoms/model';

/** The kinds of entry, in sidebar order, with the labels and groups the site shows for them. */
export const KINDS = [
  'system',
  'pattern',
  'decision',
  'pitfall',
  'template',
  'guide',
  'practice',
  'trend',
  'reference',
] as const;

export type Kind = (typeof KINDS)[number];

/**
 * Sidebar sections. Small kinds share the "Guides" section so the sidebar stays short. `summary` leads the
 * section's landing page (/systems/ …) where it has one (lib/content/landings.ts).
 */
export const SECTIONS: readonly { title: string; kinds: readonly Kind[]; summary: string; tool?: SectionTool }[] = [
  { title: 'Systems', kinds: ['system'], summary: 'The categories of production ML systems: for each, its key challenge, common architecture, scale pattern and critical metrics.' },
  { title: 'Patterns', kinds: ['pattern'], summary: 'Architecture patterns that recur across production ML systems: what each is, when to use it, and its parts.' },
  { title: 'Decisions', kinds: ['decision'], summary: 'The design decisions every ML system faces: the options, how they compare, and how to choose.' },
  {
    title: 'Pitfalls',
    kinds: ['pitfall'],
    summary: 'The common ways production ML systems fail: the problem, the solution, and how to detect and prevent it.',
    tool: { path: SYMPTOMS_PATH, label: 'Symptom navigator', text: 'leads from what you observe to the pitfalls that can cause it and the check that tells them apart.' },
  },
  { title: 'Templates', kinds: ['template'], summary: 'Design templates: a worked starting architecture for a kind of system.' },
  { title: 'Guides', kinds: ['guide', 'practice', 'trend', 'reference'], summary: 'Topic guides written for the atlas, and monitoring, MLOps maturity, best practices, trends and the quick reference card.' },
];

/** A page of the site that works on a section's entries (the symptom navigator for pitfalls); its landing page links it. */
export interface SectionTool {
  path: string;
  label: string;
  /** What it does, read after its label: "Symptom navigator leads from …". */
  text: string;
}

/** Singular label of a kind, as shown on badges and in search filters. */
export const KIND_LABEL: Record<Kind, string> = {
  system: 'System',
  pattern: 'Pattern',
  decision: 'Decision',
  pitfall: 'Pitfall',
  template: 'Template',
  guide: 'Guide',
  practice: 'Practice',
  trend: 'Trend',
  reference: 'Reference',
};

export function sectionOf(kind: Kind): { title: string; index: number } {
  const index = SECTIONS.findIndex((s) => s.kinds.includes(kind));
  return { title: SECTIONS[index].title, index };
}
