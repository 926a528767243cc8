import { applies, type SystemProfile } from './applicability';
import type { ReviewChoice } from './choice';
import { PHASES, SEVERITIES, type Phase, type ReviewItem } from './model';

export interface ChecklistGroup {
  phase: Phase;
  items: ReviewItem[];
}

/** Items grouped by phase in life-cycle order; within a phase must before should before consider, then site order. */
export function groupByPhase(items: readonly ReviewItem[]): ChecklistGroup[] {
  return PHASES.map((phase) => ({
    phase,
    items: items
      .map((item, order) => ({ item, order }))
      .filter(({ item }) => item.phase === phase)
      .sort((a, b) => SEVERITIES.indexOf(a.item.severity) - SEVERITIES.indexOf(b.item.severity) || a.order - b.order)
      .map(({ item }) => item),
  })).filter((group) => group.items.length > 0);
}

/** The checklist for a choice: every applicable item, grouped by phase. */
export function buildChecklist(items: readonly ReviewItem[], choice: ReviewChoice, systems: readonly SystemProfile[]): ChecklistGroup[] {
  const system = systems.find((s) => s.id === choice.system);
  return groupByPhase(items.filter((item) => applies(item, choice, system)));
}

/** Every item that can apply to a system under some choice: its static checklist page. */
export function systemChecklist(items: readonly ReviewItem[], systemId: string): ChecklistGroup[] {
  return groupByPhase(items.filter((item) => item.systems.length === 0 || item.systems.includes(systemId)));
}

/** The title and description of a system's checklist page (/review/<system>/), and of its Markdown twin. */
export function systemChecklistPage(systemTitle: string): { title: string; summary: string } {
  return {
    title: `${systemTitle} design review checklist`,
    summary: `Every design review item that applies to ${systemTitle}, by phase, for every serving mode and maturity level.`,
  };
}
