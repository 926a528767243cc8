import { useMemo, useState } from 'react';
import { writeClipboardRich } from '@/lib/clipboard';
import type { ItemAliases } from '@/lib/review/aliases';
import type { SystemProfile } from '@/lib/review/applicability';
import type { RecordItem, ReviewRecord } from '@/lib/review/record';
import { recordDocument } from '@/lib/review/record-document';
import { recordHtml } from '@/lib/review/record-html';
import { recordJson } from '@/lib/review/record-json';
import { recordMarkdown } from '@/lib/review/record-markdown';
import { EXPORT_LIMIT, GITHUB_BODY_LIMIT } from '@/lib/review/record-size';
import type { ListGroup } from '@/lib/review/review-list';
import { absoluteUrl } from '@/lib/site-config';
import { ImportDialog } from './import-dialog';

const BUTTON =
  'inline-flex h-9 items-center rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800';

interface Props {
  review: ReviewRecord;
  groups: ListGroup[];
  items: RecordItem[];
  systems: SystemProfile[];
  aliases: ItemAliases;
  atlas: string;
  fullCount: number;
  systemTitles: ReadonlyMap<string, string>;
}

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'review';

/** Copy as Markdown (with rich text), Download .md and .json, Print, Import review. */
export function RecordActions({ review, groups, items, systems, aliases, atlas, fullCount, systemTitles }: Props) {
  const [status, setStatus] = useState('');
  const doc = useMemo(
    () => recordDocument(review, groups, { absoluteUrl, date: new Date().toISOString().slice(0, 10), systemTitles, atlas, fullCount }),
    [review, groups, systemTitles, atlas, fullCount],
  );
  const markdown = useMemo(() => recordMarkdown(doc), [doc]);
  const limit = EXPORT_LIMIT[review.list];
  const say = (message: string) => {
    setStatus(message);
    window.setTimeout(() => setStatus(''), 4000);
  };
  const download = (text: string, type: string, extension: string) => {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `design-review-${slug(review.name)}.${extension}`;
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    say('Downloaded');
  };
  return (
    <div className="no-print flex max-w-xl flex-col items-end gap-1">
      <div className="flex flex-wrap items-center justify-end gap-2">
        <button type="button" className={BUTTON} onClick={() => writeClipboardRich(markdown, recordHtml(doc)).then(() => say('Review copied as Markdown (and rich text)'))}>
          Copy as Markdown
        </button>
        <button type="button" className={BUTTON} onClick={() => download(markdown, 'text/markdown', 'md')}>
          Download .md
        </button>
        <button type="button" className={BUTTON} onClick={() => download(recordJson(doc, new Date().toISOString()), 'application/json', 'json')}>
          Download .json
        </button>
        <button type="button" className={BUTTON} onClick={() => window.print()}>
          Print
        </button>
        <ImportDialog items={items} systems={systems} aliases={aliases} atlas={atlas} buttonClass={BUTTON} />
      </div>
      <p className="text-right text-xs text-slate-600 dark:text-slate-400" data-export-chars={markdown.length}>
        Markdown: {markdown.length.toLocaleString('en')} characters
        {markdown.length > limit && (
          <span className="block font-medium text-rose-800 dark:text-rose-200" role="note">
            Longer than {limit.toLocaleString('en')} characters
            {markdown.length > GITHUB_BODY_LIMIT ? `, and more than a GitHub issue holds (${GITHUB_BODY_LIMIT.toLocaleString('en')})` : ''}: download the file and attach it
            {review.list === 'full' ? ', or show the core list only' : ''}.
          </span>
        )}
      </p>
      <p role="status" className="text-sm text-accent-700 dark:text-accent-300">
        {status}
      </p>
    </div>
  );
}
