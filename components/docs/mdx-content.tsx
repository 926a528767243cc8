import { mdxComponent } from '@/lib/mdx/mdx-component';
import { SiteLink as Link } from '@/components/shared/site-link';
import type { ComponentProps, ReactNode } from 'react';
import type { Entry } from '@/lib/content/types';
import { DiagramFigure } from '@/components/diagrams/diagram-figure';
import { reviewItems, siteData, systemTitles } from '@/lib/content/site';
import { CapabilityItem } from '../assessment/capability-item';
import { PitfallSymptomItem, SymptomList } from '../symptoms/pitfall-symptom';
import { ReviewItemView } from '../review/review-item';
import { AtlasNote } from './atlas-note';
import { SectionHeading } from './section-heading';

/** MDX components a route adds for its pages (the decision pages' worksheets), by the name content uses. */
export type ExtraComponents = Record<string, (props: { id: string }) => ReactNode>;

/** Renders an entry's compiled MDX on the server; only the copy controls hydrate. */
export function MdxContent({ entry, extra }: { entry: Entry; extra?: ExtraComponents }) {
  const Content = mdxComponent(entry.code);
  return (
    // A server component, and mdxComponent caches by code, so the component's identity is stable.
    // eslint-disable-next-line react-hooks/static-components
    <Content
      components={{
        h2: ({ id, children }: ComponentProps<'h2'>) => (
          <SectionHeading level={2} id={id} entry={entry}>
            {children}
          </SectionHeading>
        ),
        h3: ({ id, children }: ComponentProps<'h3'>) => (
          <SectionHeading level={3} id={id} entry={entry}>
            {children}
          </SectionHeading>
        ),
        a: MdxLink,
        // ```mermaid fences become <Diagram index="…" /> at compile time (lib/mdx/mermaid-figures.ts).
        Diagram: ({ index }: { index: string }) => <DiagramFigure diagram={entry.diagrams[Number(index)]} />,
        // <ReviewQuestion id> keeps only its id after compiling; the validated item carries the rest (lib/mdx/collect-review-items.ts).
        ReviewList: ({ children }: { children: ReactNode }) => <ul className="review-list">{children}</ul>,
        ReviewQuestion: ({ id, children }: { id: string; children: ReactNode }) => {
          const item = entry.reviewItems.find((i) => i.id === id);
          if (!item) throw new Error(`${entry.file}: review item "${id}" was not compiled; run npm run content.`);
          return (
            <ReviewItemView item={item} systemTitles={systemTitles()} variant="page" movedHere={movedTo(entry, id)} version={entry.versions?.[id]}>
              {children}
            </ReviewItemView>
          );
        },
        // <ReviewRef id> shows an item written on another page, as that page shows it (same markup), in place.
        ReviewRef: ({ id }: { id: string }) => {
          const item = reviewItems().find((i) => i.id === id);
          if (!item || !entry.reviewRefs.includes(id)) throw new Error(`${entry.file}: review reference "${id}" was not resolved; run npm run content.`);
          return (
            <ReviewItemView item={item} systemTitles={systemTitles()} variant="page" compact={false} movedHere={movedTo(entry, id)}>
              {item.text}
            </ReviewItemView>
          );
        },
        // <Capability id> likewise (lib/mdx/collect-capabilities.ts): a self-assessment question on /maturity/.
        CapabilityList: ({ children }: { children: ReactNode }) => <ul className="capability-list">{children}</ul>,
        Capability: ({ id, children }: { id: string; children: ReactNode }) => {
          const capability = entry.capabilities.find((c) => c.id === id);
          if (!capability) throw new Error(`${entry.file}: capability "${id}" was not compiled; run npm run content.`);
          return <CapabilityItem capability={capability}>{children}</CapabilityItem>;
        },
        // <Symptom id> likewise keeps only its id; the phrase comes from content/symptoms.yaml (lib/mdx/collect-symptoms.ts).
        SymptomList: ({ children }: { children: ReactNode }) => <SymptomList>{children}</SymptomList>,
        Symptom: ({ id, children }: { id: string; children: ReactNode }) => {
          const symptom = entry.symptoms.find((s) => s.id === id);
          const term = siteData().symptoms.find((t) => t.id === id);
          if (!symptom || !term) throw new Error(`${entry.file}: symptom "${id}" was not compiled; run npm run content.`);
          return (
            <PitfallSymptomItem symptom={symptom} phrase={term.phrase}>
              {children}
            </PitfallSymptomItem>
          );
        },
        // A section written for the atlas on a page that presents the source document (content/README.md#provenance).
        AtlasNote,
        // Wide tables scroll inside a focusable, labelled region on phones instead of widening the page.
        table: ({ 'data-label': label, ...props }: ComponentProps<'table'> & { 'data-label'?: string }) => (
          // The hint shows only while the table is wider than the screen (CSS scroll timeline, as for diagrams).
          <div className="table-wrap">
            <div className="table-scroll" role="region" aria-label={label ?? 'Table'} tabIndex={0}>
              <table {...props} />
            </div>
            <p className="table-scroll-hint no-print">Scroll the table sideways to see its other columns.</p>
          </div>
        ),
        // Scrollable code must be focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
        pre: (props: ComponentProps<'pre'>) => <pre tabIndex={0} {...props} />,
        // GFM task lists are checklists to read, not forms: a drawn box instead of an unlabelled disabled input.
        input: ({ type, checked, ...rest }: ComponentProps<'input'>) =>
          type === 'checkbox' ? <span className={`task-box${checked ? ' task-box-checked' : ''}`} aria-hidden="true" /> : <input type={type} checked={checked} {...rest} />,
        ...extra,
      }}
    />
  );
}

/** The old anchors that now land on `id` (frontmatter `aliases: [{ from: '#old', to: '#id' }]`). */
function movedTo(entry: Entry, id: string): string[] {
  return entry.anchorAliases.filter((alias) => alias.to === `#${id}`).map((alias) => alias.from.slice(1));
}

/** Internal links go through next/link, which adds the base path and prefetches; the rest open as usual. */
function MdxLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
  if (href.startsWith('/')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  const external = /^https?:/.test(href);
  return (
    <a href={href} {...rest} {...(external ? { rel: 'noopener noreferrer' } : {})}>
      {children}
    </a>
  );
}
