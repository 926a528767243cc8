import { formatDate } from '@/lib/content/dates';
import type { Provenance } from '@/lib/content/schema';
import { SEED_TITLE } from '@/lib/content/seed-headings';

/** The page's provenance as the reader needs it: whose text this is, and which sections of the source document it rests on. */
export interface EntryProvenance {
  provenance: Provenance;
  seed: string[];
  buildsOn: string[];
}

/** "Common Pitfalls & Solutions > 5. Label Leakage" → ["Common Pitfalls & Solutions", "5. Label Leakage"], without the document's title. */
function sectionParts(references: string[]): string[][] {
  return references.map((s) => s.split(' > ').filter((part, i) => i > 0 || part !== SEED_TITLE)).filter((parts) => parts.length > 0);
}

function SectionList({ references }: { references: string[] }) {
  return (
    <>
      <cite>{SEED_TITLE}</cite>
      {sectionParts(references).map((parts, i) => (
        <span key={parts.join('>')}>
          {i === 0 ? ', ' : '; '}
          {parts.join(' › ')}
        </span>
      ))}
    </>
  );
}

/**
 * Whose text the page is, when it was last reviewed, its tags and, when the build knows the repository, a link to edit
 * it. A page written for the atlas names the document's sections as what it builds on, never as its source, so a
 * reader does not credit the atlas's advice to the document (content/README.md#provenance).
 */
export function EntrySource({ source, tags, reviewed, editUrl }: { source: EntryProvenance; tags: string[]; reviewed: string; editUrl?: string }) {
  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-600 dark:text-slate-400" data-provenance={source.provenance}>
      {source.provenance === 'atlas' ? (
        <>
          <p>
            <span className="font-medium">Written for the atlas</span>, not taken from the source document.{' '}
            Reviewed <time dateTime={reviewed}>{formatDate(reviewed)}</time>
          </p>
          <p>
            <span className="font-medium">Builds on: </span>
            <SectionList references={source.buildsOn} />
          </p>
        </>
      ) : (
        <>
          <p>
            <span className="font-medium">Source: </span>
            <SectionList references={source.seed} />
            <span>. Its headings, terms and figures are the document’s; the explanations are the atlas’s.</span>
          </p>
          <p>
            Reviewed <time dateTime={reviewed}>{formatDate(reviewed)}</time>
          </p>
        </>
      )}
      {editUrl && (
        <p className="no-print">
          <a href={editUrl} className="underline underline-offset-2 hover:text-accent-700 dark:hover:text-accent-300">
            Edit this page
          </a>
        </p>
      )}
      {tags.length > 0 && (
        <ul className="flex flex-wrap gap-1.5" aria-label="Tags">
          {tags.map((tag) => (
            <li key={tag} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
              {tag}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
