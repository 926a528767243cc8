import { SiteLink } from '@/components/shared/site-link';
import type { Linked, Target } from '@/lib/decisions/model';

/** A link to the section behind a question, reason or rule, named by that section's title (resolved at build). */
export function TargetLink({ target, titles }: { target: Target; titles: Readonly<Record<string, string>> }) {
  const title = titles[target] ?? target;
  return target.startsWith('#') ? (
    <a href={target} className="worksheet-link">
      {title}
    </a>
  ) : (
    <SiteLink href={target} className="worksheet-link">
      {title}
    </SiteLink>
  );
}

/** Text followed by the link to the section that explains it. */
export function LinkedText({ item, titles }: { item: Linked; titles: Readonly<Record<string, string>> }) {
  return (
    <>
      {item.text} <span className="worksheet-see">(<TargetLink target={item.target} titles={titles} />)</span>
    </>
  );
}
