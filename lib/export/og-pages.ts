// Every page of the site that gets a link-preview image, with what its card shows, and where the image is served.
// Free of the renderer, so page metadata (lib/entry-metadata.ts) can import it.
import { KIND_LABEL } from '../content/kinds';
import { kindLandings } from '../content/landings';
import { ASSESSMENT_PAGE, CHANGELOG_PAGE, HOME_KIND, LANDING_KIND, REVIEW_PAGE, SEARCH_PAGE, SYMPTOMS_PAGE, systemReviewPage } from '../content/tool-pages';
import type { Entry, SiteData } from '../content/types';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** What a card shows. */
export interface OgCard {
  /** The page's title, without the site's name. */
  title: string;
  /** What kind of page: "Pitfall", "Section", "Checklist" … */
  kind: string;
  /** One sentence: the page's meta description. */
  summary: string;
}
/** Where the images are served: /og/<page path>.png, the home page's as /og/index.png. */
export const OG_DIR = 'og';

export interface OgPage extends OgCard {
  /** The page's site path ("/pitfalls/label-leakage/"). */
  path: string;
  /** Where its title and summary are written (an entry's MDX file), for errors about them. */
  file: string;
}

/** "/pitfalls/label-leakage/" → "/og/pitfalls/label-leakage.png"; "/" → "/og/index.png". Stable: previews cache by URL. */
export function ogImagePath(sitePath: string): string {
  const trimmed = sitePath.replace(/^\/|\/$/g, '');
  return `/${OG_DIR}/${trimmed || 'index'}.png`;
}

/** What an entry's card calls it: its kind ("Pitfall"); the home page is the overview. */
export function entryCardKind(entry: Pick<Entry, 'path' | 'kind'>): string {
  return entry.path === '/' ? HOME_KIND : KIND_LABEL[entry.kind];
}

/** Every page with a card: entries (home included), section landings, the review pages, the self-assessment, the symptom navigator, search and the changelog. */
export function ogPages(data: SiteData): OgPage[] {
  const entries = data.entries.map((e) => ({ path: e.path, title: e.title, kind: entryCardKind(e), summary: e.summary, file: e.file }));
  const landings = kindLandings(data.entries).map((l) => ({ path: l.path, title: l.title, kind: LANDING_KIND, summary: l.summary, file: 'lib/content/kinds.ts' }));
  const tools = [REVIEW_PAGE, ...data.entries.filter((e) => e.kind === 'system' && e.system).map(systemReviewPage), ASSESSMENT_PAGE, SYMPTOMS_PAGE, SEARCH_PAGE, CHANGELOG_PAGE];
  return [...entries, ...landings, ...tools.map((page) => ({ ...page, file: 'lib/content/tool-pages.ts' }))];
}
