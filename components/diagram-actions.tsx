'use client';

import { useRef, useState, useSyncExternalStore, type MouseEvent } from 'react';
import { writeClipboard } from '@/lib/clipboard';

const subscribe = () => () => {};
const STEP = 1.25;

interface Props {
  light: string;
  dark: string;
  title: string;
  width: number;
  height: number;
}

/**
 * A diagram's controls. "Open larger" is a link to the SVG file, so it works without JavaScript; with it, a
 * modal <dialog> shows the diagram full-screen with zoom (Esc closes it and focus returns to the link).
 * "Copy source" reads the source from the figure's <pre>, so the page data does not carry it twice.
 */
export function DiagramActions({ light, dark, title, width, height }: Props) {
  const mounted = useSyncExternalStore(subscribe, () => true, () => false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLAnchorElement>(null);
  const [view, setView] = useState<{ src: string; fit: number; zoom: number }>();
  const [copied, setCopied] = useState(false);

  const open = (event: MouseEvent) => {
    event.preventDefault();
    const fit = Math.min((innerWidth - 48) / width, (innerHeight - 120) / height, 2);
    setView({ src: document.documentElement.classList.contains('dark') ? dark : light, fit, zoom: fit });
    dialog.current?.showModal();
  };
  const zoom = (factor: number) => setView((v) => v && { ...v, zoom: factor ? v.zoom * factor : v.fit });
  const copy = async () => {
    await writeClipboard(opener.current?.closest('figure')?.querySelector('pre')?.textContent ?? '');
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };

  return (
    <span className="diagram-actions no-print">
      <a ref={opener} href={light} onClick={open} className="diagram-button" aria-label={`Open larger: ${title}`} data-diagram-open="">
        Open larger
      </a>
      {mounted && (
        <button type="button" onClick={copy} className="diagram-button" data-diagram-copy="">
          {copied ? 'Copied' : 'Copy source'}
        </button>
      )}
      <dialog
        ref={dialog}
        className="diagram-dialog"
        aria-label={title}
        onClose={() => {
          setView(undefined);
          opener.current?.focus();
        }}
      >
        <div className="diagram-dialog-bar">
          <span className="diagram-title">{title}</span>
          <button type="button" className="diagram-button" onClick={() => zoom(1 / STEP)} aria-label="Zoom out">
            −
          </button>
          <span className="diagram-zoom" aria-live="polite">{view ? Math.round(view.zoom * 100) : 100}%</span>
          <button type="button" className="diagram-button" onClick={() => zoom(STEP)} aria-label="Zoom in">
            +
          </button>
          <button type="button" className="diagram-button" onClick={() => zoom(0)}>
            Fit
          </button>
          <button type="button" className="diagram-button" onClick={() => dialog.current?.close()} autoFocus>
            Close
          </button>
        </div>
        <div className="diagram-dialog-view" tabIndex={0} role="region" aria-label={`${title}, enlarged`}>
          {/* eslint-disable-next-line @next/next/no-img-element */}
          {view && <img src={view.src} alt={title} width={width * view.zoom} height={height * view.zoom} />}
        </div>
      </dialog>
    </span>
  );
}
