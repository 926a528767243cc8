import { ATLAS_NOTE_TEXT } from '@/lib/mdx/collect-atlas-notes';

/**
 * The mark under a heading whose section is written for the atlas on a page that presents the source document
 * (`<AtlasNote />`, lib/mdx/collect-atlas-notes.ts). The wording is fixed so the mark reads the same on every page.
 */
export function AtlasNote() {
  const [lead, rest] = ATLAS_NOTE_TEXT.split(/:(.*)/s);
  return (
    <p className="atlas-note">
      <span className="font-medium">{lead}:</span>
      {rest}
    </p>
  );
}
