import type { PageDiagram } from '@/lib/content/types';
import { renderingUrl } from '@/lib/diagrams/urls';
import { withBasePath } from '@/lib/site-config';
import { DiagramActions } from './diagram-actions';

/** 36rem at the default 16px: a diagram at least this wide keeps 36rem on narrow screens. */
const WIDE_PX = 576;

/**
 * Run by the parser right after a page's first diagram: the rendering of the theme in use (the theme script has set the
 * class by then) loads at once and at high priority instead of lazily. Lazy, it was requested only after the first
 * layout, a round trip after the text painted, and it is often the page's largest paint (the home page's). Only
 * that one file: the other theme's rendering stays lazy, so it is never fetched. Without JavaScript both stay lazy.
 */
const LOAD_FIRST_DIAGRAM = `(function(f){var i=f.querySelector(document.documentElement.classList.contains('dark')?'.diagram-dark':'.diagram-light');if(i){i.fetchPriority='high';i.loading='eager'}})(document.currentScript.parentNode)`;

/**
 * A diagram as a figure: both renderings as external SVG files (never inline, so they are not repeated in the
 * page's RSC payload), CSS showing the one that matches the theme class the theme script sets before first paint,
 * its caption, its description for assistive technology, and its Mermaid source. Readable without JavaScript.
 */
export function DiagramFigure({ diagram }: { diagram: PageDiagram }) {
  const { index, hash, title, description, source, width, height } = diagram;
  const id = `diagram-${index}`;
  const light = withBasePath(renderingUrl(hash, 'light'));
  const dark = withBasePath(renderingUrl(hash, 'dark'));
  // Lazy: the hidden theme's file is never fetched (display:none never enters the viewport). Width and height
  // reserve the space before the file arrives.
  const image = { width, height, loading: 'lazy', decoding: 'async', 'aria-describedby': `${id}-desc` } as const;
  // On a narrow screen a diagram keeps min(its width, 36rem) and scrolls in its frame rather than shrinking to
  // unreadable text. A class, not a style attribute: the Content-Security-Policy allows no inline styles.
  const size = width >= WIDE_PX ? 'diagram-img-wide' : 'diagram-img-natural';
  return (
    <figure className="diagram not-prose" aria-labelledby={`${id}-title`} data-diagram={hash}>
      {/* Wide diagrams scroll inside the frame on a phone; scrollable regions must be focusable and named. */}
      <div className="diagram-frame" role="region" aria-label={`Diagram: ${title}`} tabIndex={0}>
        {/* eslint-disable-next-line @next/next/no-img-element -- static SVG files, nothing for next/image to optimize */}
        <img {...image} alt={title} src={light} className={`diagram-img diagram-light ${size}`} />
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img {...image} alt={title} src={dark} className={`diagram-img diagram-dark ${size}`} />
        {index === 0 && <script dangerouslySetInnerHTML={{ __html: LOAD_FIRST_DIAGRAM }} />}
      </div>
      {/* Shown by CSS only while the frame scrolls sideways (a diagram wider than the phone). */}
      <p className="diagram-scroll-hint no-print">Scroll sideways to see all of it, or open it larger.</p>
      <figcaption className="diagram-caption">
        <div className="diagram-caption-row">
          <span id={`${id}-title`} className="diagram-title">
            {title}
          </span>
          <DiagramActions light={light} dark={dark} title={title} width={width} height={height} />
        </div>
        <p id={`${id}-desc`} className="sr-only">
          {description}
        </p>
        <details className="diagram-source">
          <summary>Mermaid source</summary>
          <pre tabIndex={0}>
            <code>{source}</code>
          </pre>
        </details>
      </figcaption>
    </figure>
  );
}
