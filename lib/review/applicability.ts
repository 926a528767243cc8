import { withinSeverity, type ReviewChoice } from './choice';
import type { ReviewItem, ServingMode } from './model';

/** What the filter needs to know about a system: the serving modes it usually uses. */
export interface SystemProfile {
  id: string;
  serving: ServingMode[];
}

/**
 * Whether an item belongs on the checklist for a choice:
 * - system: the item names the system, or names none (it applies to every system). With "any" system, only the
 *   items that apply to every system: a system-specific item says nothing about an unnamed system.
 * - serving: the item names the mode, or none. With "any" mode and a system chosen, the item's modes must meet
 *   the system's usual modes.
 * - maturity: the item is expected at the team's level or below. "Any" level keeps every item.
 * - conditions: an item with `when` needs one of its conditions chosen.
 * - severity: the item is at least as binding as the lowest severity chosen ("must only" for a short first pass).
 */
export function applies(item: ReviewItem, choice: ReviewChoice, system?: SystemProfile): boolean {
  if (choice.system ? item.systems.length > 0 && !item.systems.includes(choice.system) : item.systems.length > 0) return false;
  if (item.serving.length > 0) {
    if (choice.serving && !item.serving.includes(choice.serving)) return false;
    if (!choice.serving && system && !item.serving.some((mode) => system.serving.includes(mode))) return false;
  }
  if (choice.maturity !== undefined && item.maturity > choice.maturity) return false;
  if (item.when.length > 0 && !item.when.some((c) => choice.when.includes(c))) return false;
  return withinSeverity(item.severity, choice.severity);
}
