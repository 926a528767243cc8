import { useRef, useState } from 'react';
import type { ItemAliases } from '@/lib/review/aliases';
import type { SystemProfile } from '@/lib/review/applicability';
import { newReviewId, type RecordItem } from '@/lib/review/record';
import { ImportError, restoreRecord, type ImportReport } from '@/lib/review/record-import';
import { parseRecord } from '@/lib/review/record-parse';
import { readShelf, writeShelf } from '@/lib/review/record-store';
import { putReview } from '@/lib/review/review-shelf';

interface Props {
  items: RecordItem[];
  systems: SystemProfile[];
  aliases: ItemAliases;
  atlas: string;
  buttonClass: string;
}

/**
 * "Import review": a pasted, chosen or dropped export (.md or .json) becomes a review in this browser, opened, with
 * its name, choice, statuses, notes and own items as exported. A record from an older atlas says what changed since.
 */
export function ImportDialog({ items, systems, aliases, atlas, buttonClass }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState<{ name: string; recorded: number; own: number; report: ImportReport }>();
  const readFile = (file: File | undefined) => {
    if (!file) return;
    file.text().then(setText, () => setError(`Could not read ${file.name}.`));
  };
  const run = () => {
    setError('');
    try {
      const imported = parseRecord(text);
      const { review, report } = restoreRecord(imported, { id: newReviewId(), items, aliases, systems, atlas });
      writeShelf(putReview(readShelf(), review, true));
      setDone({ name: review.name, recorded: Object.keys(review.records).length, own: review.own.length, report });
      setText('');
    } catch (caught) {
      if (!(caught instanceof ImportError)) throw caught;
      setError(caught.message);
    }
  };
  return (
    <>
      <button
        type="button"
        className={buttonClass}
        onClick={() => {
          setDone(undefined);
          setError('');
          dialog.current?.showModal();
        }}
      >
        Import review
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="import-title"
        className="m-auto w-[min(44rem,95vw)] rounded-lg border border-slate-300 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-black/40 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault();
          readFile(event.dataTransfer.files[0]);
        }}
      >
        <h2 id="import-title" className="text-xl font-semibold">
          Import review
        </h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          A review exported from this atlas (Markdown or JSON), as downloaded or as pasted into an issue. It opens as a new review in this browser.
        </p>
        <label htmlFor="import-text" className="mt-4 mb-1 block text-sm font-medium">
          Paste a review (Markdown or JSON), or drop its file here
        </label>
        <textarea id="import-text" className="h-40 w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-700 dark:bg-slate-900" value={text} onChange={(e) => setText(e.target.value)} />
        <label htmlFor="import-file" className="mt-2 block text-sm font-medium">
          Or choose a file
        </label>
        <input id="import-file" type="file" accept=".md,.markdown,.json,.txt,text/markdown,application/json,text/plain" className="mt-1 text-sm" onChange={(e) => readFile(e.target.files?.[0])} />
        {error && (
          <p role="alert" className="mt-3 rounded-md border border-rose-300 bg-rose-50 p-2 text-sm text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100">
            {error}
          </p>
        )}
        {done && <ImportResult {...done} />}
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" className={buttonClass} disabled={!text.trim()} onClick={run}>
            Import
          </button>
          <button type="button" className={buttonClass} onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}

function ImportResult({ name, recorded, own, report }: { name: string; recorded: number; own: number; report: ImportReport }) {
  const { added, changed, retired } = report;
  return (
    <div role="status" className="mt-3 rounded-md border border-slate-300 p-2 text-sm dark:border-slate-700">
      <p>
        Imported &ldquo;{name}&rdquo;: {recorded} {recorded === 1 ? 'item' : 'items'} with a status or note, {own} own {own === 1 ? 'item' : 'items'}.
        {added.length + changed.length + retired.length === 0 && ' The atlas has not changed these items since it was exported.'}
      </p>
      {added.length + changed.length + retired.length > 0 && <p className="mt-1 font-medium">Since this record was exported, the atlas has:</p>}
      <ImportList title={`added ${added.length} ${added.length === 1 ? 'item' : 'items'} to this list`} lines={added.map((i) => i.text)} />
      <ImportList title={`changed the wording of ${changed.length}`} lines={changed.map((i) => i.text)} />
      <ImportList
        title={`retired ${retired.length} ${retired.length === 1 ? 'id' : 'ids'}`}
        lines={retired.map((r) => (r.to ? `${r.from} → now “${r.to.text}”` : `${r.from}: removed${r.dropped ? ' (its status and note were not imported)' : ''}`))}
      />
    </div>
  );
}

function ImportList({ title, lines }: { title: string; lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <details className="mt-1">
      <summary className="cursor-pointer">{title}</summary>
      <ul className="ml-5 list-disc">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}
