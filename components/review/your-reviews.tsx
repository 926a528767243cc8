import { useState } from 'react';
import { newReview, newReviewId, type ReviewRecord } from '@/lib/review/record';
import { readShelf, writeShelf, type ReviewShelf } from '@/lib/review/record-store';
import { deleteReview, duplicateReview, openReview, putReview, restoreReview } from '@/lib/review/review-shelf';

const SMALL = 'rounded border border-slate-300 px-2 py-0.5 text-xs font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800';
const now = () => new Date().toISOString();


type Undo = ReturnType<typeof deleteReview>['undo'];

/** "Your reviews": every review kept in this browser; open, duplicate, delete (with undo) or start a new one. Rename is the name field. */
export function YourReviews({ shelf, openId, atlas }: { shelf: ReviewShelf; openId: string; atlas: string }) {
  const [undo, setUndo] = useState<Undo>();
  const open = shelf.reviews.find((r) => r.id === openId);
  return (
    <details className="no-print relative">
      <summary className="inline-flex h-10 cursor-pointer items-center rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
        Your reviews ({shelf.reviews.length})
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-[min(36rem,90vw)] rounded-md border border-slate-300 bg-white p-3 shadow-lg dark:border-slate-700 dark:bg-slate-950">
        <ul aria-label="Your reviews" className="space-y-2">
          {shelf.reviews.map((review) => (
            <ReviewRow
              key={review.id}
              review={review}
              isOpen={review.id === openId}
              onOpen={() => writeShelf(openReview(readShelf(), review.id))}
              onDuplicate={() => writeShelf(duplicateReview(readShelf(), review.id, newReviewId(), now()))}
              onDelete={() => {
                const result = deleteReview(readShelf(), review.id);
                // Never leave the builder without a review: a fresh one replaces the last.
                const shelfAfter = result.shelf.reviews.length
                  ? result.shelf
                  : putReview(result.shelf, newReview({ id: newReviewId(), name: 'New review', choice: review.choice, atlas, now: now() }), true);
                writeShelf(shelfAfter);
                setUndo(result.undo);
              }}
            />
          ))}
        </ul>
        <button
          type="button"
          className={`${SMALL} mt-3`}
          onClick={() => writeShelf(putReview(readShelf(), newReview({ id: newReviewId(), name: 'New review', choice: open?.choice ?? { when: [] }, atlas, now: now() }), true))}
        >
          New review
        </button>
        <p role="status" className="mt-2 text-sm">
          {undo && (
            <>
              Deleted &ldquo;{undo.review.name}&rdquo;.{' '}
              <button
                type="button"
                className="font-medium text-accent-700 underline dark:text-accent-300"
                onClick={() => {
                  writeShelf(restoreReview(readShelf(), undo));
                  setUndo(undefined);
                }}
              >
                Undo
              </button>
            </>
          )}
        </p>
      </div>
    </details>
  );
}

function ReviewRow({ review, isOpen, onOpen, onDuplicate, onDelete }: { review: ReviewRecord; isOpen: boolean; onOpen: () => void; onDuplicate: () => void; onDelete: () => void }) {
  const recorded = Object.values(review.records).filter((r) => r.status).length;
  return (
    <li className="flex flex-wrap items-center gap-2 text-sm" data-review-id={review.id}>
      <span className="min-w-0 flex-1 truncate font-medium" aria-current={isOpen ? 'true' : undefined}>
        {review.name || 'Untitled review'}
        <span className="font-normal text-slate-600 dark:text-slate-400">
          {' '}
          · {recorded} recorded · {review.updated.slice(0, 10)}
          {isOpen && ' · open'}
        </span>
      </span>
      {!isOpen && (
        <button type="button" className={SMALL} onClick={onOpen} aria-label={`Open ${review.name}`}>
          Open
        </button>
      )}
      <button type="button" className={SMALL} onClick={onDuplicate} aria-label={`Duplicate ${review.name}`}>
        Duplicate
      </button>
      <button type="button" className={SMALL} onClick={onDelete} aria-label={`Delete ${review.name}`}>
        Delete
      </button>
    </li>
  );
}
