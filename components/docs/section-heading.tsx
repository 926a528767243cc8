import type { ReactNode } from 'react';
import type { Entry } from '@/lib/content/types';
import { HeadingActions } from './heading-actions';

/**
 * An h2/h3 of an entry: the heading (its text links to itself), its copy controls, and empty targets for
 * anchors that moved here (`aliases: [{ from: '#old', to: '#new' }]`), so old links still land on it.
 */
export function SectionHeading({ level, id, entry, children }: { level: 2 | 3; id?: string; entry: Entry; children: ReactNode }) {
  const Tag = level === 2 ? 'h2' : 'h3';
  if (!id) return <Tag>{children}</Tag>;
  const text = entry.headings.find((h) => h.id === id)?.text ?? id;
  const moved = entry.anchorAliases.filter((alias) => alias.to === `#${id}`);
  return (
    <div className="section-heading">
      {moved.map((alias) => (
        <span key={alias.from} id={alias.from.slice(1)} className="anchor-alias" aria-hidden="true" />
      ))}
      <Tag id={id}>{children}</Tag>
      <HeadingActions id={id} pageTitle={entry.title} heading={text} version={entry.versions?.[id]} />
    </div>
  );
}
