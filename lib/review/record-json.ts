import { PHASES, SEVERITIES, type Phase, type Severity } from './model';
import { STATUSES, type ItemRecord, type Status } from './record';
import type { RecordDocument } from './record-document';
import { ImportError, parseHeader, type ImportedRecord } from './record-import';

export const JSON_FORMAT = 'atlas-review';

/** The review record as JSON: the same header as the Markdown, then every listed item with its record. */
export function recordJson(doc: RecordDocument, exported: string): string {
  const items = doc.groups.flatMap((g) => g.items);
  return `${JSON.stringify(
    {
      format: JSON_FORMAT,
      ...doc.header,
      exported,
      items: items.filter((i) => !i.own).map((i) => ({ id: i.id, v: i.version, text: i.text, url: i.url, status: i.status, note: i.note, outside: i.outside })),
      own: items.filter((i) => i.own).map((i) => ({ id: i.id, text: i.text, phase: i.phase, severity: i.severity, status: i.status, note: i.note })),
    },
    null,
    2,
  )}\n`;
}

export function parseRecordJson(text: string): ImportedRecord {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new ImportError(`Not valid JSON (${(error as Error).message}).`);
  }
  if (!data || typeof data !== 'object' || data.format !== JSON_FORMAT) throw new ImportError(`Not a review exported by the atlas: "format" must be "${JSON_FORMAT}".`);
  const imported = parseHeader(JSON.stringify(data));
  const list = (key: string) => {
    const value = data[key] ?? [];
    if (!Array.isArray(value)) throw new ImportError(`"${key}" must be a list.`);
    return value as Record<string, unknown>[];
  };
  list('items').forEach((item, index) => {
    if (typeof item.id !== 'string') throw new ImportError(`items[${index}] has no "id".`);
    if (typeof item.v === 'string') imported.seen[item.id] = item.v;
    const record = itemRecord(item, `items[${index}]`);
    if (record) imported.records[item.id] = record;
  });
  list('own').forEach((item, index) => {
    const where = `own[${index}]`;
    if (typeof item.id !== 'string' || !/^own-\d+$/.test(item.id)) throw new ImportError(`${where}: "id" must read "own-<number>".`);
    if (typeof item.text !== 'string' || !item.text.trim()) throw new ImportError(`${where}: "text" is missing.`);
    if (!(PHASES as readonly unknown[]).includes(item.phase)) throw new ImportError(`${where}: "phase" must be one of ${PHASES.join(', ')}.`);
    if (!(SEVERITIES as readonly unknown[]).includes(item.severity)) throw new ImportError(`${where}: "severity" must be one of ${SEVERITIES.join(', ')}.`);
    imported.own.push({ id: item.id, text: item.text, phase: item.phase as Phase, severity: item.severity as Severity });
    const record = itemRecord(item, where);
    if (record) imported.records[item.id] = record;
  });
  return imported;
}

function itemRecord(item: Record<string, unknown>, where: string): ItemRecord | undefined {
  const record: ItemRecord = {};
  if (item.status !== undefined) {
    if (!(STATUSES as readonly unknown[]).includes(item.status)) throw new ImportError(`${where}: "status" must be one of ${STATUSES.join(', ')}.`);
    record.status = item.status as Status;
  }
  if (item.note !== undefined) {
    if (typeof item.note !== 'string') throw new ImportError(`${where}: "note" must be text.`);
    if (item.note) record.note = item.note;
  }
  return record.status || record.note ? record : undefined;
}
