import { choiceQuery, choiceTitle, SEVERITY_SCOPE } from './choice';
import { itemVersion } from './item-version';
import { CONDITION_LABEL, PHASE_LABEL, SEVERITY_LABEL, type Phase, type Severity } from './model';
import { NO_STATUS_LABEL, STATUS_LABEL, statusCounts, type ListScope, type ReviewRecord, type Status } from './record';
import { listedIds, type ListGroup } from './review-list';

/** What an export needs besides the review and its list: where links point and what the atlas calls things. */
export interface RecordExportContext {
  /** Absolute URL of a site path, base path included (lib/site-config.ts absoluteUrl). */
  absoluteUrl: (sitePath: string) => string;
  /** ISO date (YYYY-MM-DD) of the export. */
  date: string;
  systemTitles: ReadonlyMap<string, string>;
  /** The atlas's catalogue version now (item-version.ts catalogueVersion). */
  atlas: string;
  /** How many items the full list of this choice has, to say what the core list leaves out. */
  fullCount: number;
}

/** One item line of an export, whatever the format. */
export interface DocumentItem {
  id: string;
  own: boolean;
  text: string;
  severity: Severity;
  phase: Phase;
  status?: Status;
  note?: string;
  /** Atlas items: the permanent link to the item, and its version. */
  url?: string;
  version?: string;
  /** The pass criterion, where the export carries it (exportsPass). */
  pass?: string;
  outside?: boolean;
}

/** The export's content, formatted by record-markdown.ts, record-html.ts and record-json.ts alike. */
export interface RecordDocument {
  title: string;
  name: string;
  header: { version: 1; name: string; choice: string; list: ListScope; created: string; updated: string; atlas: string };
  /** "Fraud Detection, real-time, Level 1 (core list: 28 of 161 items)". */
  checklist: string;
  builderUrl: string;
  conditions: string;
  exported: string;
  counts: string;
  blocking: DocumentItem[];
  groups: { phase: Phase; label: string; items: DocumentItem[] }[];
}

/**
 * Whether an export writes an item's pass criterion: always on the core list; on the full list for must items and
 * for items the team recorded, the criteria it judged or still has to. A should or consider item nobody has looked
 * at is one line (its link leads to the criterion), so the full list's export fits a GitHub issue (record-size.ts).
 */
export function exportsPass(list: ListScope, severity: Severity, record: { status?: Status; note?: string }): boolean {
  return list === 'core' || severity === 'must' || Boolean(record.status || record.note);
}

export function statusWord(status: Status | undefined): string {
  return status ? STATUS_LABEL[status] : NO_STATUS_LABEL;
}

export function recordDocument(review: ReviewRecord, groups: readonly ListGroup[], context: RecordExportContext): RecordDocument {
  const query = choiceQuery(review.choice);
  const ids = listedIds(groups);
  const counts = statusCounts(review, ids);
  const items = groups.map((group) => ({
    phase: group.phase,
    label: PHASE_LABEL[group.phase],
    items: group.entries.map((entry): DocumentItem => {
      const record = review.records[entry.item.id] ?? {};
      if (entry.kind === 'own') return { id: entry.item.id, own: true, text: entry.item.text, severity: entry.item.severity, phase: entry.item.phase, ...record };
      const item = entry.item;
      const version = itemVersion(item);
      return {
        id: item.id,
        own: false,
        text: item.text,
        severity: item.severity,
        phase: item.phase,
        // A citation link (README "Citations"): opened after the item's text changed, the page says so and shows how.
        url: context.absoluteUrl(`${item.page.path}?v=${version}#${item.id}`),
        version,
        pass: exportsPass(review.list, item.severity, record) ? item.pass : undefined,
        outside: entry.outside || undefined,
        ...record,
      };
    }),
  }));
  const listed = items.flatMap((g) => g.items).filter((i) => !i.outside && !i.own);
  const scope = review.list === 'core' ? `core list: ${listed.length} of ${context.fullCount} items` : `full list: ${listed.length} items`;
  const severity = review.choice.severity ? `, ${SEVERITY_SCOPE[review.choice.severity]}` : '';
  return {
    title: `Design review: ${review.name}`,
    name: review.name,
    header: { version: 1, name: review.name, choice: query, list: review.list, created: review.created, updated: review.updated, atlas: context.atlas },
    checklist: `${choiceTitle({ ...review.choice, severity: undefined }, context.systemTitles)}${severity} (${scope})`,
    builderUrl: context.absoluteUrl(`/review/${query}`),
    conditions: review.choice.when.length ? review.choice.when.map((c) => CONDITION_LABEL[c]).join(', ') : 'none',
    exported: `${context.date}, atlas version ${context.atlas}`,
    counts: `${ids.length} items: ${counts.met} met, ${counts.partly} partly, ${counts['not-met']} not met, ${counts.na} N/A, ${counts.open} not reviewed`,
    blocking: items.flatMap((g) => g.items).filter((i) => i.severity === 'must' && i.status === 'not-met'),
    groups: items,
  };
}

export function severityWord(severity: Severity): string {
  return SEVERITY_LABEL[severity];
}
