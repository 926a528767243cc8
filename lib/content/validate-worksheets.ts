import { worksheetTargets } from '../decisions/model';
import { isWorksheetPage, WORKSHEETS, worksheetFile } from '../decisions/worksheets';
import { WORKSHEET_COMPONENT } from '../mdx/collect-worksheets';
import { ContentError } from './errors';
import type { CompiledEntry } from './types';

/**
 * Checks every link of every worksheet placed on a page, as review items' `section` is checked: a `#section` must
 * be an h2/h3 of that page, another page's link must resolve. Fills `entry.worksheets` with each link's title.
 */
export function resolveWorksheets(
  entries: CompiledEntry[],
  byPath: Map<string, CompiledEntry>,
  /** The site's link check (validate-site.ts): a problem, or undefined when the link resolves. */
  checkLink: (href: string, entry: CompiledEntry) => string | undefined,
): ContentError[] {
  const errors: ContentError[] = [];
  for (const entry of entries) {
    entry.worksheets = [];
    for (const fact of entry.worksheetFacts) {
      if (!isWorksheetPage(entry.path)) {
        const problem = `can only be placed on a decision page (content/decisions/<id>.mdx): only that route loads the worksheets' code. Move it, or link to the decision page's worksheet.`;
        errors.push(new ContentError(entry.file, `<${WORKSHEET_COMPONENT} id="${fact.id}"> ${problem}`, fact.line));
        continue;
      }
      const worksheet = WORKSHEETS[fact.id];
      const file = worksheetFile(fact.id);
      const linkTitles: Record<string, string> = {};
      for (const { target, from } of worksheetTargets(worksheet)) {
        const fail = (problem: string) => errors.push(new ContentError(entry.file, `<${WORKSHEET_COMPONENT} id="${fact.id}">: ${from} in ${file} ${problem}`, fact.line));
        if (target.startsWith('#')) {
          const heading = entry.headings.find((h) => h.id === target.slice(1));
          if (heading) linkTitles[target] = heading.text;
          else fail(`links to section "${target.slice(1)}", which is not an h2/h3 id on this page. Headings: ${entry.headings.map((h) => h.id).join(', ')}. Add the heading here or change the section in ${file}.`);
          continue;
        }
        const problem = checkLink(target, entry);
        if (problem) {
          fail(`has a ${problem} Fix the link in ${file}.`);
          continue;
        }
        const [pagePath, anchor] = target.split('#');
        const page = byPath.get(pagePath);
        const heading = page?.headings.find((h) => h.id === anchor);
        linkTitles[target] = heading ? `${page!.title} › ${heading.text}` : (page?.title ?? target);
      }
      entry.worksheets.push({ id: fact.id, linkTitles });
    }
  }
  return errors;
}
