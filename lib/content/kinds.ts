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

/** Sidebar sections. Small kinds share the "Guides" section so the sidebar stays short. */
export const SECTIONS: readonly { title: string; kinds: readonly Kind[] }[] = [
  { title: 'Systems', kinds: ['system'] },
  { title: 'Patterns', kinds: ['pattern'] },
  { title: 'Decisions', kinds: ['decision'] },
  { title: 'Pitfalls', kinds: ['pitfall'] },
  { title: 'Templates', kinds: ['template'] },
  { title: 'Guides', kinds: ['guide', 'practice', 'trend', 'reference'] },
];

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
