import type { NavSection } from '@/lib/content/site';
import type { Entry } from '@/lib/content/types';
import { EntryList } from './entry-list';

/** Every entry with its summary, grouped like the sidebar: the search page without JavaScript, and the 404. */
export function EntryIndex({ sections, summaries, headingLevel = 2 }: { sections: NavSection[]; summaries: Map<string, Entry>; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="space-y-8">
      {sections.map((section) => (
        <section key={section.title} aria-label={section.title}>
          <Heading className="mb-3 text-lg font-semibold">{section.title}</Heading>
          <EntryList entries={section.entries.map((e) => ({ ...e, summary: summaries.get(e.id)?.summary }))} />
        </section>
      ))}
    </div>
  );
}
