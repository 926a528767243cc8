import Link from 'next/link';
import type { NavSection } from '@/lib/content/site';
import type { Entry } from '@/lib/content/types';

/** Every entry with its summary, grouped like the sidebar: the search page without JavaScript, and the 404. */
export function EntryIndex({ sections, summaries, headingLevel = 2 }: { sections: NavSection[]; summaries: Map<string, Entry>; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="space-y-8">
      {sections.map((section) => (
        <section key={section.title} aria-label={section.title}>
          <Heading className="mb-3 text-lg font-semibold">{section.title}</Heading>
          <ul className="space-y-3">
            {section.entries.map((entry) => (
              <li key={entry.id}>
                <Link href={entry.path} className="font-medium text-accent-700 hover:underline dark:text-accent-300">
                  {entry.title}
                </Link>
                <p className="text-sm text-slate-600 dark:text-slate-400">{summaries.get(entry.id)?.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
