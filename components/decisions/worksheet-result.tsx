import { escapeHtml } from '@/lib/decisions/html';

/**
 * A worksheet's live result region and its Clear button, hidden until there is something to clear. The region's
 * content is set as HTML so that React does not own it: worksheet-live.ts replaces it after hydration.
 */
export function WorksheetResult({ waiting, clear }: { waiting: string; clear: string }) {
  return (
    <>
      <div role="status" aria-live="polite" aria-label="Worksheet result" className="worksheet-result" data-worksheet-result dangerouslySetInnerHTML={{ __html: `<p>${escapeHtml(waiting)}</p>` }} />
      <button type="button" className="worksheet-button no-print" data-worksheet-clear hidden>
        {clear}
      </button>
    </>
  );
}
