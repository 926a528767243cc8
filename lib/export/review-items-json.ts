import { readingOrder } from '../content/reading-order';
import type { Entry } from '../content/types';
import { itemAliases } from '../review/aliases';
import { catalogueVersion, itemVersion } from '../review/item-version';
import type { RecordItem } from '../review/record';
import { SITE_NAME } from '../site-config';

/**
 * /review-items.json: every review item with what a script needs to open an issue per item or check a review
 * against the atlas: its wording, bar (pass, evidence), phase, severity, scope, links, version and retired ids.
 * Optional fields the content does not set yet are null, so a script sees the field exists.
 */
export function reviewItemsJson(entries: readonly Entry[], absoluteUrl: (sitePath: string) => string): string {
  const items = [...entries.filter((e) => e.path === '/'), ...readingOrder(entries)].flatMap((e) => e.reviewItems as RecordItem[]);
  const aliases = itemAliases(items, entries.flatMap((e) => e.anchorAliases));
  const retiredOf = new Map<string, string[]>();
  for (const [from, to] of aliases) retiredOf.set(to, [...(retiredOf.get(to) ?? []), from]);
  return `${JSON.stringify(
    {
      name: `${SITE_NAME}: review items`,
      url: absoluteUrl('/review/'),
      schema: 1,
      /** Changes whenever an item is added, retired or reworded; exported reviews carry the version they were made on. */
      atlasVersion: catalogueVersion(items),
      items: items.map((item) => ({
        id: item.id,
        text: item.text,
        why: item.why,
        pass: item.pass ?? null,
        evidence: item.evidence ?? null,
        phase: item.phase,
        severity: item.severity,
        scope: { systems: item.systems, serving: item.serving, maturity: item.maturity, when: item.when },
        core: item.core ?? null,
        capability: item.capability ?? null,
        version: itemVersion(item),
        url: absoluteUrl(`${item.page.path}#${item.id}`),
        page: { id: item.page.id, title: item.page.title, url: absoluteUrl(item.page.path) },
        section: { id: item.section.id, title: item.section.title, url: absoluteUrl(`${item.page.path}#${item.section.id}`) },
        aliases: (retiredOf.get(item.id) ?? []).sort(),
      })),
    },
    null,
    1,
  )}\n`;
}
