import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, type BuiltPage } from './built-site';

/**
 * Every internal link, anchor and asset reference of an export must resolve: a page file for the path,
 * an element with the id for the #anchor. Returns the problems, each naming the page it is on.
 */
export function brokenReferences(pages: BuiltPage[], dir: string, basePath = ''): string[] {
  const byPath = new Map(pages.map((p) => [p.urlPath, p]));
  const idsOf = new Map<string, Set<string>>();
  const ids = (page: BuiltPage) => {
    let set = idsOf.get(page.urlPath);
    if (!set) idsOf.set(page.urlPath, (set = new Set(page.doc.querySelectorAll('[id]').map((e) => e.id))));
    return set;
  };
  const problems: string[] = [];
  for (const page of pages) {
    const refs = [
      ...page.doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
      ...page.doc.querySelectorAll('link[href]').map((l) => l.getAttribute('href')!),
      ...page.doc.querySelectorAll('script[src], img[src]').map((s) => s.getAttribute('src')!),
    ];
    for (const ref of refs) {
      if (/^(https?:|mailto:|data:|\/\/)/.test(ref)) continue;
      const [rawPath, anchor] = ref.split('#', 2) as [string, string | undefined];
      const refPath = rawPath.split('?')[0];
      let target: BuiltPage | undefined = page;
      if (refPath !== '') {
        if (!refPath.startsWith('/')) {
          problems.push(`${page.urlPath}: relative link "${ref}" (use a root-relative one)`);
          continue;
        }
        if (basePath && !refPath.startsWith(`${basePath}/`)) {
          problems.push(`${page.urlPath}: "${ref}" is missing the base path ${basePath}`);
          continue;
        }
        const sitePath = refPath.slice(basePath.length);
        target = byPath.get(sitePath);
        if (!target && !existsSync(path.join(ROOT, dir, decodeURIComponent(sitePath)))) {
          problems.push(`${page.urlPath}: "${ref}" points to nothing in ${dir}/`);
          continue;
        }
      }
      if (anchor && target && !ids(target).has(decodeURIComponent(anchor))) {
        problems.push(`${page.urlPath}: "${ref}" — no element with id "${anchor}" on ${target.urlPath}`);
      }
    }
  }
  return [...new Set(problems)];
}
