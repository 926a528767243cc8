import { memo, useState } from 'react';
import { SiteLink as Link } from '@/components/shared/site-link';
import { SEVERITY_LABEL, type ReviewItem } from '@/lib/review/model';
import { STATUS_LABEL, STATUSES, type OwnItem, type RecordItem, type Status } from '@/lib/review/record';
import { statusWord } from '@/lib/review/record-document';
import { SeverityBadge } from './severity-badge';

interface Props {
  /** An atlas item (with its page and section) or one of the team's own. */
  item: RecordItem | OwnItem;
  own: boolean;
  /** Recorded, but outside the current filter: listed so nothing recorded disappears. */
  outside?: boolean;
  status?: Status;
  note?: string;
  /** The section's absolute URL, printed after the item. */
  sectionUrl?: string;
  onStatus: (id: string, status: Status | undefined) => void;
  onNote: (id: string, note: string) => void;
  onRemove?: (id: string) => void;
}

/**
 * One item of a review: its question, what a good answer states and what to bring, four status radios and a note.
 * Memoised on plain values, so typing a note re-renders that item only.
 */
export const RecordItemView = memo(function RecordItemView({ item, own, outside, status, note = '', sectionUrl, onStatus, onNote, onRemove }: Props) {
  // The note is typed here and saved on every change; the store's copy comes back the same.
  const [draft, setDraft] = useState(note);
  const atlas = own ? undefined : (item as RecordItem);
  const name = `status-${item.id}`;
  return (
    <li className="review-item record-item" data-item-id={item.id} data-status={status ?? ''} data-outside={outside ? '' : undefined}>
      <div className="min-w-0 flex-1">
        <p className="review-text" id={`text-${item.id}`}>
          {/* On paper the status and severity lead the question, where the eye scans; on screen the radios and badge say them. */}
          <span className="record-print-status print-only">{statusWord(status)}</span>
          <span className="record-print-severity print-only">{SEVERITY_LABEL[item.severity]}</span>
          {atlas ? (
            <Link href={`${atlas.page.path}#${atlas.id}`} className="hover:underline">
              {atlas.text}
            </Link>
          ) : (
            <>
              <span className="record-own">Own item:</span> {item.text}
            </>
          )}
        </p>
        {atlas?.pass && (
          <p className="record-pass">
            <span className="font-semibold">Pass:</span> {atlas.pass}
          </p>
        )}
        {atlas?.evidence && (
          <p className="record-evidence">
            <span className="font-semibold">Evidence:</span> {atlas.evidence}
          </p>
        )}
        {atlas && !atlas.pass && <p className="review-why">{atlas.why}</p>}
        <p className="review-meta">
          <SeverityBadge severity={item.severity} />
          {outside && <span className="record-outside">Outside the current list: kept because it has a status or note</span>}
          {atlas && <SectionLink item={atlas} url={sectionUrl} />}
          {own && onRemove && (
            <button type="button" className="record-link-button no-print" onClick={() => onRemove(item.id)}>
              Remove own item
            </button>
          )}
        </p>
        <fieldset className="record-status no-print">
          <legend className="sr-only">Status of: {item.text}</legend>
          {STATUSES.map((value) => (
            <label key={value} className="record-radio">
              <input type="radio" name={name} value={value} checked={status === value} onChange={() => onStatus(item.id, value)} />
              {STATUS_LABEL[value]}
            </label>
          ))}
          {status && (
            <button type="button" className="record-link-button" onClick={() => onStatus(item.id, undefined)} aria-label={`Clear status of: ${item.text}`}>
              Clear
            </button>
          )}
        </fieldset>
        <textarea
          className={`record-note ${draft ? '' : 'no-print'}`}
          aria-label={`Note on: ${item.text}`}
          placeholder="Note: the team's answer, decision or follow-up"
          rows={draft.includes('\n') ? 3 : 1}
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            onNote(item.id, event.target.value);
          }}
        />
      </div>
    </li>
  );
});

function SectionLink({ item, url }: { item: ReviewItem; url?: string }) {
  return (
    <>
      <Link href={`${item.page.path}#${item.section.id}`} className="review-source">
        {item.page.title} › {item.section.title}
      </Link>
      {url && <span className="record-url print-only">{url}</span>}
    </>
  );
}
