import { SiteLink as Link } from '@/components/shared/site-link';
import type { ReactNode } from 'react';
import { PHASE_LABEL, type ReviewItem } from '@/lib/review/model';
import { describeScope } from '@/lib/review/scope';
import { HeadingActions } from '../docs/heading-actions';
import { SeverityBadge } from './severity-badge';

interface Props {
  item: ReviewItem;
  /** A checklist's own checkbox (one that keeps its tick, id `check-<item id>`); a plain one by default. */
  checkbox?: ReactNode;
  systemTitles: ReadonlyMap<string, string>;
  /** The question as the page renders it (its Markdown); plain text when absent. */
  children?: ReactNode;
  /** On a checklist page: link to the section that explains the item. On the page it is written on: copy controls. */
  variant: 'page' | 'checklist';
  /** Leave out what applies everywhere (any serving mode, Level 0); default: on the page the item is written on. */
  compact?: boolean;
  /** Earlier anchors of items merged into this one (`aliases: [{ from: '#old', to: '#item-id' }]`), so old links land here. */
  movedHere?: string[];
  /** The version of the item's text on its page (Entry.versions): the copied links cite it. */
  version?: string;
}

/** One review item as a list entry: checkbox, question, why, severity, phase, scope, and a link or copy controls. */
export function ReviewItemView({ item, checkbox, systemTitles, children, variant, compact = variant === 'page', movedHere = [], version }: Props) {
  return (
    <li id={variant === 'page' ? item.id : undefined} className="review-item" data-review-item={item.id}>
      {movedHere.map((from) => (
        <span key={from} id={from} className="anchor-alias" aria-hidden="true" />
      ))}
      {/* On a content page a plain native checkbox, so no JavaScript joins the page's budget; checklists keep ticks. */}
      {checkbox ?? <input type="checkbox" id={`check-${item.id}`} className="review-check" />}
      <div className="min-w-0 flex-1">
        <label htmlFor={`check-${item.id}`} className="review-text">
          {children ?? item.text}
        </label>
        <p className="review-why">{item.why}</p>
        <p className="review-meta">
          <SeverityBadge severity={item.severity} />
          {/* A checklist groups by phase already. */}
          {variant === 'page' && <span>{PHASE_LABEL[item.phase]}</span>}
          {describeScope(item, systemTitles, compact).map((part) => (
            <span key={part}>{part}</span>
          ))}
          {variant === 'checklist' ? (
            <Link href={`${item.page.path}#${item.section.id}`} className="review-source">
              {item.page.title} › {item.section.title}
            </Link>
          ) : (
            <HeadingActions id={item.id} pageTitle={item.page.title} heading={item.text} what="item" version={version} />
          )}
        </p>
      </div>
    </li>
  );
}
