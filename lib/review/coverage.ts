import { applies, type SystemProfile } from './applicability';
import { MATURITY_LEVELS, type MaturityLevel, type ReviewItem, type Condition, type ServingMode } from './model';

/** A system as the builder opens it: its usual serving modes and the conditions it has by nature (traits). */
export interface SystemChoiceProfile extends SystemProfile {
  traits: Condition[];
}

export interface ListSize {
  system: string;
  /** undefined: "any" mode, the builder's default. */
  serving?: ServingMode;
  level: MaturityLevel;
  full: number;
  fullMust: number;
  core: number;
  coreMust: number;
}

/**
 * How long the builder's lists are for every system × serving mode (any, and each the system uses) × level, with
 * the system's traits on as the builder sets them, through the builder's own filter (`applies`): the full list and
 * the core list (its `core` items), each with its must count.
 */
export function listSizes(items: readonly ReviewItem[], systems: readonly SystemChoiceProfile[]): ListSize[] {
  const rows: ListSize[] = [];
  for (const system of systems) {
    for (const serving of [undefined, ...system.serving]) {
      for (const level of MATURITY_LEVELS) {
        const list = items.filter((item) => applies(item, { system: system.id, serving, maturity: level, when: system.traits }, system));
        const core = list.filter((item) => item.core);
        const must = (l: ReviewItem[]) => l.filter((item) => item.severity === 'must').length;
        rows.push({ system: system.id, serving, level, full: list.length, fullMust: must(list), core: core.length, coreMust: must(core) });
      }
    }
  }
  return rows;
}
