'use client';

import { useEffect, useRef, useState, type MouseEvent, type RefObject } from 'react';
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
  const actions = useRef<HTMLSpanElement>(null);
  const scroll = useFrameScroll(actions);

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
    <span ref={actions} className="diagram-actions no-print">
      {/* A diagram wider than its frame (phones) scrolls; say so, and fade the edge it continues past (CSS). */}
      {scroll && (
        <span className="diagram-scroll-hint" data-scroll={scroll}>
          Scroll sideways to see all of it, or
        </span>
      )}
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

type FrameScroll = 'start' | 'middle' | 'end' | undefined;

/** Whether the figure's frame scrolls sideways, and where it is scrolled to; undefined when it fits. */
function useFrameScroll(inside: RefObject<HTMLElement | null>): FrameScroll {
  const [state, setState] = useState<FrameScroll>();
  useEffect(() => {
    const frame = inside.current?.closest('figure')?.querySelector<HTMLElement>('.diagram-frame');
    if (!frame) return;
    const update = () => {
      const room = frame.scrollWidth - frame.clientWidth;
      setState(room <= 1 ? undefined : frame.scrollLeft <= 1 ? 'start' : frame.scrollLeft >= room - 1 ? 'end' : 'middle');
    };
    const observer = new ResizeObserver(update);
    observer.observe(frame);
    frame.addEventListener('scroll', update, { passive: true });
    // The image's size is reserved (width/height attributes), so the frame's size is right before it loads.
    update();
    return () => {
      observer.disconnect();
      frame.removeEventListener('scroll', update);
    };
  }, [inside]);
  return state;
}
