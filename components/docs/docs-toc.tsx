'use client';

import { useEffect, useState } from 'react';

interface TocHeading {
  id: string;
  text: string;
  depth: number;
}

/** "On this page": links to the page's sections, marking the one being read (scroll-spy). */
export function DocsToc({ headings }: { headings: TocHeading[] }) {
  const [active, setActive] = useState<string | undefined>();
  useEffect(() => {
    const elements = headings.map((h) => document.getElementById(h.id)).filter((e): e is HTMLElement => e !== null);
    const update = () => {
      // The active section is the last heading above the upper fifth of the viewport.
      const line = window.innerHeight * 0.2;
      let current = elements[0]?.id;
      for (const element of elements) {
        if (element.getBoundingClientRect().top <= line) current = element.id;
        else break;
      }
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) current = elements.at(-1)?.id ?? current;
      setActive(current);
    };
    // Scroll and resize cover every way a heading crosses the line; no observer needed.
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update, { passive: true });
    update();
    return () => {
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [headings]);
  if (headings.length === 0) return null;
  return (
    <nav aria-labelledby="toc-title" className="text-sm">
      <h2 id="toc-title" className="mb-3 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        On this page
      </h2>
      <ul className="space-y-1 border-l border-slate-200 dark:border-slate-800">
        {headings.map((h) => (
          <li key={h.id}>
            <a
              href={`#${h.id}`}
              aria-current={active === h.id ? 'location' : undefined}
              className={`-ml-px block border-l py-1 ${h.depth === 3 ? 'pl-6' : 'pl-3'} ${
                active === h.id
                  ? 'border-accent-600 font-medium text-accent-700 dark:border-accent-300 dark:text-accent-300'
                  : 'border-transparent text-slate-600 hover:border-slate-400 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white'
              }`}
            >
              {h.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
