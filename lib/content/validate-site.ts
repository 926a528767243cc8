import { ContentError } from './errors';
import { suggest } from './suggest';
import type { CompiledEntry } from './types';
import { aliasPathOf } from './urls';
import { lineOf } from './source-lines';
import { checkRelatedLinks } from './validate-related';
import { resolveCapabilities } from './validate-capabilities';
import { resolveReviewItems } from './validate-review';
import { resolveWorksheets } from './validate-worksheets';
import { SYMPTOMS_PATH } from '../symptoms/model';

/**
 * Cross-page checks that need every entry compiled: unique ids, duplicate anchors, `related` ids,
 * alias targets, and internal links with their #anchors. Returns every problem, not just the first.
 */
export function validateSite(entries: CompiledEntry[]): ContentError[] {
  const errors: ContentError[] = [];
  const byId = new Map<string, CompiledEntry>();
  const byPath = new Map<string, CompiledEntry>();
  for (const entry of entries) {
    const clash = byId.get(entry.id);
    if (clash) errors.push(new ContentError(entry.file, `id "${entry.id}" is also used by ${clash.file}: ids must be unique across content/. Rename one file.`));
    byId.set(entry.id, entry);
    byPath.set(entry.path, entry);
  }
  for (const entry of entries) {
    for (const alias of entry.pageAliases) {
      const aliasPath = aliasPathOf(entry, alias);
      const owner = byPath.get(aliasPath);
      if (owner) errors.push(new ContentError(entry.file, `alias "${alias}" would hide the page ${owner.file} at ${aliasPath}. Remove the alias.`, lineOf(entry.source, alias)));
      byPath.set(aliasPath, entry);
    }
  }

  const routes = appPages(entries);
  for (const entry of entries) {
    const seen = new Map<string, number | undefined>();
    for (const { id, line } of entry.ids) {
      if (seen.has(id)) {
        const first = seen.get(id);
        errors.push(new ContentError(entry.file, `duplicate anchor "#${id}" (first at line ${first ?? '?'}): give one of the headings another explicit id, e.g. "## Heading {#other-id}".`, line));
      }
      seen.set(id, line);
    }
    // An old anchor may land on a heading, a review item (written or shown by <ReviewRef>) or a capability: each renders the alias's target.
    const anchors = new Set([...entry.headings.map((h) => h.id), ...entry.reviewFacts.map((i) => i.id), ...entry.reviewRefFacts.map((r) => r.id), ...entry.capabilityFacts.map((c) => c.id)]);
    for (const { from, to } of entry.anchorAliases) {
      if (!anchors.has(to.slice(1))) errors.push(new ContentError(entry.file, `anchor alias ${from} points to ${to}, which is not a heading, review item or capability id on this page.`, lineOf(entry.source, from)));
      if (seen.has(from.slice(1))) errors.push(new ContentError(entry.file, `anchor alias ${from} is still an id on this page: remove the alias or rename the heading.`, lineOf(entry.source, from)));
    }
    for (const { id } of entry.related) {
      if (id === entry.id) errors.push(new ContentError(entry.file, `related lists the entry itself ("${id}"). Remove it.`, lineOf(entry.source, id)));
      else if (!byId.has(id)) errors.push(new ContentError(entry.file, `related id "${id}" does not exist. ${suggest(id, [...byId.keys()])}`, lineOf(entry.source, id)));
    }
    for (const { href, line } of entry.links) {
      const problem = checkLink(href, entry, byPath, routes);
      if (problem) errors.push(new ContentError(entry.file, problem, line));
    }
  }
  errors.push(
    ...resolveReviewItems(entries),
    ...resolveCapabilities(entries),
    ...resolveWorksheets(entries, byPath, (href, entry) => checkLink(href, entry, byPath, routes)),
    ...checkRelatedLinks(entries, byPath),
  );
  return errors;
}

/** Pages that are routes of the app, not entries: content may link them (anchors there are not checked). */
function appPages(entries: CompiledEntry[]): Set<string> {
  const systems = entries.filter((e) => e.kind === 'system').map((e) => `/review/${e.id}/`);
  return new Set(['/search/', '/review/', '/assessment/', '/changelog/', SYMPTOMS_PATH, ...systems]);
}

function checkLink(href: string, entry: CompiledEntry, byPath: Map<string, CompiledEntry>, routes: Set<string>): string | undefined {
  const [pathPart, anchor] = href.split('#', 2) as [string, string | undefined];
  if (routes.has(pathPart)) return undefined;
  const target = pathPart === '' ? entry : byPath.get(pathPart);
  if (!target) {
    const hint = byPath.has(`${pathPart}/`) ? ` Add the trailing slash: "${pathPart}/".` : ` ${suggest(pathPart, [...byPath.keys(), ...routes])}`;
    return `dead internal link "${href}": no page at ${pathPart}.${hint}`;
  }
  if (pathPart !== '' && pathPart !== target.path) {
    return `link "${href}" uses the old alias ${pathPart}; link to ${target.path} instead.`;
  }
  if (anchor !== undefined) {
    const ids = new Set([...target.ids.map((i) => i.id), ...target.anchorAliases.map((a) => a.from.slice(1))]);
    if (!ids.has(anchor)) {
      return `dead anchor "${href}": ${target.file} has no heading with id "${anchor}". ${suggest(anchor, [...ids])}`;
    }
  }
  return undefined;
}
