import type { ReviewItem } from '../review/model';
import { ContentError } from './errors';
import type { CompiledEntry } from './types';

/**
 * Resolves every page's review items against the whole site and fills `entry.reviewItems` and `entry.reviewRefs`:
 * ids unique across the site, every system id an entry of kind "system", every explicit section an anchor on the
 * page, every capability a `<Capability>` of the same level, every `<ReviewRef>` a canonical item written on another
 * page, and every anchor alias that lands on an item recorded as that item's retired id (`item.aliases`), so the
 * builder and imports resolve old ids too.
 */
export function resolveReviewItems(entries: CompiledEntry[]): ContentError[] {
  const errors: ContentError[] = [];
  const systems = new Set(entries.filter((e) => e.kind === 'system').map((e) => e.id));
  const capabilities = new Map(entries.flatMap((e) => e.capabilityFacts.map((c) => [c.id, { level: c.level, file: e.file, line: c.line }] as const)));
  const seen = new Map<string, { file: string; line?: number }>();
  const items = new Map<string, { item: ReviewItem; entry: CompiledEntry }>();
  for (const entry of entries) {
    entry.reviewItems = [];
    for (const fact of entry.reviewFacts) {
      const fail = (problem: string) => errors.push(new ContentError(entry.file, `<ReviewQuestion id="${fact.id}"> ${problem}`, fact.line));
      const first = seen.get(fact.id);
      if (first) fail(`uses an id already taken at ${first.file}:${first.line ?? '?'}: review item ids are unique across the site. Choose another.`);
      seen.set(fact.id, { file: entry.file, line: fact.line });
      const unknown = fact.systems.filter((s) => !systems.has(s));
      if (unknown.length) fail(`names "${unknown[0]}" in systems="…", which is not a system. Systems: ${[...systems].sort().join(', ')}.`);
      if (fact.capability !== undefined) {
        const capability = capabilities.get(fact.capability);
        if (!capability) fail(`names capability="${fact.capability}", which is not a <Capability> id. Capabilities: ${[...capabilities.keys()].sort().join(', ')}.`);
        else if (capability.level !== fact.maturity) {
          fail(
            `has maturity="${fact.maturity}" but its capability "${fact.capability}" is Level ${capability.level} (${capability.file}:${capability.line ?? '?'}): an item that asks about a capability is expected from that capability's level. Set maturity="${capability.level}" or name another capability.`,
          );
        }
      }
      const heading = entry.headings.find((h) => h.id === fact.sectionId);
      if (!heading) {
        fail(`section="${fact.sectionId}" is not an h2/h3 id on this page. Headings: ${entry.headings.map((h) => h.id).join(', ')}.`);
        continue;
      }
      const { sectionId, sectionExplicit: _explicit, ...rest } = fact;
      const item: ReviewItem = { ...rest, aliases: [], page: { id: entry.id, path: entry.path, title: entry.title }, section: { id: sectionId, title: heading.text } };
      entry.reviewItems.push(item);
      items.set(item.id, { item, entry });
    }
  }

  // Retired ids: an anchor alias on any page whose target is an item (written there or shown there by <ReviewRef>).
  const retired = new Map<string, { to: string; file: string }>();
  for (const entry of entries) {
    for (const { from, to } of entry.anchorAliases) {
      const target = items.get(to.slice(1));
      const old = from.slice(1);
      if (!target) continue;
      const line = lineOf(entry.source, from);
      const other = retired.get(old);
      if (other && other.to !== target.item.id) {
        errors.push(new ContentError(entry.file, `anchor alias ${from} retires a review item id that ${other.file} already retires into "${other.to}": a retired id resolves to one item. Point both at the same item.`, line));
        continue;
      }
      if (items.has(old)) {
        errors.push(new ContentError(entry.file, `anchor alias ${from} retires "${old}", which is still a review item at ${items.get(old)?.entry.file}: remove the alias or the item.`, line));
        continue;
      }
      if (!other) target.item.aliases.push(old);
      retired.set(old, { to: target.item.id, file: entry.file });
    }
  }

  for (const entry of entries) {
    entry.reviewRefs = [];
    for (const ref of entry.reviewRefFacts) {
      const fail = (problem: string) => errors.push(new ContentError(entry.file, `<ReviewRef id="${ref.id}"> ${problem}`, ref.line));
      const target = items.get(ref.id);
      const moved = retired.get(ref.id);
      if (!target) {
        fail(moved ? `names a retired id: use the item it now resolves to, id="${moved.to}".` : `names no <ReviewQuestion>: give the id of an item written on another page.`);
        continue;
      }
      if (target.entry === entry) {
        fail(`shows an item written on this same page (line ${target.item.line ?? '?'}): an item appears once per page. Remove the reference.`);
        continue;
      }
      entry.reviewRefs.push(ref.id);
    }
  }
  return errors;
}

function lineOf(source: string, text: string): number | undefined {
  const index = source.indexOf(text);
  return index < 0 ? undefined : source.slice(0, index).split('\n').length;
}
