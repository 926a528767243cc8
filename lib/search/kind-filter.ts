import { KIND_LABEL, KINDS, type Kind } from '../content/kinds';

/** The kinds a search can be narrowed to, with plural labels ("Pitfalls"). */
export const KIND_FILTERS: { value: Kind; label: string }[] = KINDS.map((kind) => ({ value: kind, label: `${KIND_LABEL[kind]}s` }));

export function parseKind(value: string | null | undefined): Kind | undefined {
  return KINDS.find((k) => k === value);
}
