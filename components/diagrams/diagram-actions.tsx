'use client';

import { useState, type MouseEvent } from 'react';
import { writeClipboard } from '@/lib/clipboard';
import { useHydrated } from '@/components/shared/use-hydrated';

interface Props {
  light: string;
  dark: string;
  title: string;
  width: number;
  height: number;
}

/**
 * A diagram's controls. "Open larger" is a link to the SVG file, so it works without JavaScript; with it, the
 * link opens a full-screen view with zoom, loaded on first use (Esc closes it, focus returns to the link).
 * "Copy source" reads the source from the figure's <pre>, so the page data does not carry it twice.
 */
export function DiagramActions({ light, dark, title, width, height }: Props) {
  const mounted = useHydrated();
  const [copied, setCopied] = useState(false);

  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const opener = event.currentTarget;
    const src = document.documentElement.classList.contains('dark') ? dark : light;
    void import('./diagram-dialog').then(({ openDiagram }) => openDiagram({ src, title, width, height, opener }));
  };
  const copy = async (event: MouseEvent<HTMLButtonElement>) => {
    await writeClipboard(event.currentTarget.closest('figure')?.querySelector('pre')?.textContent ?? '');
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };

  return (
    <span className="diagram-actions no-print">
      <a href={light} onClick={open} className="diagram-button" aria-label={`Open larger: ${title}`} data-diagram-open="">
        Open larger
      </a>
      {/* Copying needs JavaScript: without it the source is still there to select, under "Mermaid source". */}
      {mounted && (
        <button type="button" onClick={copy} className="diagram-button" data-diagram-copy="">
          {copied ? 'Copied' : 'Copy source'}
        </button>
      )}
    </span>
  );
}
