// The pages that are not entries, with the title and one-sentence summary their metadata and link-preview
// cards share: one definition, read by the routes (app/) and by the build steps that describe every page.

import { NAVIGATOR_SUMMARY, NAVIGATOR_TITLE, SYMPTOMS_PATH } from '../symptoms/model';

export interface PageFacts {
  /** "/review/". */
  path: string;
  title: string;
  /** One sentence: meta description and link-preview text. */
  summary: string;
  /** What the link-preview card calls the page. */
  kind: string;
}

export const REVIEW_PAGE: PageFacts = {
  path: '/review/',
  title: 'Design review checklist',
  summary: 'A design review checklist for your ML system, serving mode and MLOps maturity level: tick it off, copy it as Markdown, print it.',
  kind: 'Checklist',
};

export const SEARCH_PAGE: PageFacts = {
  path: '/search/',
  title: 'Search',
  summary: 'Search every system, pattern, decision, pitfall and practice of the atlas, down to the section.',
  kind: 'Search',
};

export const CHANGELOG_PAGE: PageFacts = {
  path: '/changelog/',
  title: 'Changelog',
  summary: 'What changed in the atlas and when: corrections, new pages and review questions, by date, with links to the pages.',
  kind: 'Changelog',
};

export const ASSESSMENT_PAGE: PageFacts = {
  path: '/assessment/',
  title: 'MLOps maturity self-assessment',
  summary: 'Answer yes, partly or no for each MLOps maturity capability: get your level, the gaps below the next one and the steps to close them.',
  kind: 'Self-assessment',
};

export const SYMPTOMS_PAGE: PageFacts = {
  path: SYMPTOMS_PATH,
  title: NAVIGATOR_TITLE,
  summary: NAVIGATOR_SUMMARY,
  kind: 'Navigator',
};

/** A system's whole checklist (/review/<system>/). */
export function systemReviewPage(system: { id: string; title: string }): PageFacts {
  return {
    path: `/review/${system.id}/`,
    title: `${system.title} design review checklist`,
    summary: `Every design review item that applies to ${system.title}, by phase, for every serving mode and maturity level.`,
    kind: 'Checklist',
  };
}

/** What a section's landing page (/systems/ …) is called on its card. */
export const LANDING_KIND = 'Section';
/** What the home page is called on its card. */
export const HOME_KIND = 'Overview';
