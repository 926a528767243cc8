import type { Relation } from './schema';
import type { Entry } from './types';

/** How a relation reads from the other side: if A mitigates B, B is "mitigated by" A. */
const INVERSE: Record<Relation, string> = {
  mitigates: 'Mitigated by',
  causes: 'Caused by',
  uses: 'Used by',
  'alternative-to': 'Alternative to',
  'applies-to': 'Applies here',
};
const FORWARD: Record<Relation, string> = {
  mitigates: 'Mitigates',
  causes: 'Causes',
  uses: 'Uses',
  'alternative-to': 'Alternative to',
  'applies-to': 'Applies to',
};

export interface RelatedLink {
  entry: Entry;
  /** "Mitigates", "Used by", …; undefined for a plain relation. */
  label?: string;
}

/** An entry's own `related` entries, and the pages whose `related` names it ("Referenced by"). No file system. */
export function relatedLinks(entry: Entry, entries: readonly Entry[]): { related: RelatedLink[]; backlinks: RelatedLink[] } {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const related = entry.related.flatMap(({ id, relation }) => {
    const target = byId.get(id);
    return target ? [{ entry: target, label: relation && FORWARD[relation] }] : [];
  });
  const linked = new Set(entry.related.map((r) => r.id));
  const backlinks = entries
    .filter((other) => other.id !== entry.id && !linked.has(other.id))
    .flatMap((other) => {
      const link = other.related.find((r) => r.id === entry.id);
      return link ? [{ entry: other, label: link.relation && INVERSE[link.relation] }] : [];
    });
  return { related, backlinks };
}
