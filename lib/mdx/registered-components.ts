/**
 * The site's own components that authors may write in MDX, by name. Every other capitalized JSX element is a
 * content error (lib/mdx/safe-mdx.ts), and these take string-literal attributes only, so content never runs code.
 * Each name here needs a renderer in components/docs/mdx-content.tsx.
 */
/**
 * `ReviewQuestion`: a design-review item (lib/mdx/collect-review-items.ts, content/README.md#review-questions).
 * `ReviewRef`: a review item written on another page, shown here in place instead of restated.
 * `Capability`: a maturity self-assessment question (lib/mdx/collect-capabilities.ts, content/README.md#capabilities).
 * `DecisionWorksheet`: a decision page's worksheet, defined in lib/decisions/ (lib/mdx/collect-worksheets.ts).
 * `Symptom`: what a team observes, as this pitfall shows it (lib/mdx/collect-symptoms.ts, content/README.md#symptoms).
 * `AtlasNote`: marks a section of a source page as written for the atlas (lib/mdx/collect-atlas-notes.ts, content/README.md#provenance).
 */
export const REGISTERED_COMPONENTS: readonly string[] = ['ReviewQuestion', 'ReviewRef', 'Capability', 'DecisionWorksheet', 'Symptom', 'AtlasNote'];

/**
 * Components that only the compiler writes, from Markdown it recognizes: an author who writes one by hand is
 * told what to write instead. `Diagram` comes from ```mermaid fences (lib/mdx/mermaid-figures.ts).
 */
export const GENERATED_COMPONENTS: Readonly<Record<string, string>> = {
  Diagram: 'write a ```mermaid fence with accTitle: and accDescr: lines; the build turns it into a diagram figure',
  ReviewList: 'write <ReviewQuestion> (or <ReviewRef>) items one after another; the build groups adjacent items into a list',
  CapabilityList: 'write <Capability> items one after another; the build groups adjacent items into a list',
  SymptomList: 'write <Symptom> elements one after another; the build groups adjacent ones into a list',
};
