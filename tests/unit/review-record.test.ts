import { describe, expect, it } from 'vitest';
import { itemAliases, resolveItemId } from '@/lib/review/aliases';
import { catalogueVersion, itemVersion } from '@/lib/review/item-version';
import { newReview, withNote, withOwnItem, withStatus, type RecordItem, type ReviewRecord } from '@/lib/review/record';
import { recordDocument, type RecordExportContext } from '@/lib/review/record-document';
import { recordHtml } from '@/lib/review/record-html';
import { ImportError, restoreRecord } from '@/lib/review/record-import';
import { recordJson } from '@/lib/review/record-json';
import { recordMarkdown } from '@/lib/review/record-markdown';
import { parseRecord } from '@/lib/review/record-parse';
import { migrateOldTicks } from '@/lib/review/record-store';
import { applicableItems, filteredItems, reviewList } from '@/lib/review/review-list';
import { deleteReview, duplicateReview, putReview, renameReview, restoreReview } from '@/lib/review/review-shelf';

const page = { id: 'data-drift', path: '/pitfalls/data-drift/', title: 'Data Drift' };
const section = { id: 'detection', title: 'Detection' };
const base = { systems: [], serving: [], maturity: 0 as const, when: [], aliases: [], page, section, why: 'Because.' };
const ITEMS: RecordItem[] = [
  { ...base, id: 'drift-reference', text: 'What is the reference distribution, and when is it refreshed?', phase: 'monitoring', severity: 'must', core: true, pass: 'Names the window and the refresh rule.', evidence: 'The monitor config.' },
  { ...base, id: 'leakage-split', text: 'Is the split by time, with [brackets] and *stars*?', phase: 'data', severity: 'must', core: true, systems: ['fraud-detection'] },
  { ...base, id: 'feature-owner', text: 'Who owns each feature?', phase: 'ownership', severity: 'should', core: false },
  { ...base, id: 'shadow-first', text: 'Does a new model run in shadow first?', phase: 'rollout', severity: 'consider', core: false, maturity: 2 },
];
const SYSTEMS = [{ id: 'fraud-detection', serving: ['real-time' as const] }];
const NOW = '2026-12-05T10:00:00.000Z';
const context: RecordExportContext = {
  absoluteUrl: (p) => `https://atlas.example.com${p}`,
  date: '2026-12-05',
  systemTitles: new Map([['fraud-detection', 'Fraud Detection']]),
  atlas: catalogueVersion(ITEMS),
  fullCount: 3,
};

function sampleReview(): ReviewRecord {
  let review = newReview({ id: 'r1', name: 'Fraud "v2" review', choice: { system: 'fraud-detection', maturity: 1, when: ['adversarial'] }, atlas: context.atlas, now: NOW });
  review = withStatus(review, 'drift-reference', 'not-met', NOW);
  review = withNote(review, 'drift-reference', 'No refresh rule yet.\n\n> quoted "owner" said: use `30d`\n- **bold** [link](https://x.example)\n', NOW);
  review = withStatus(review, 'leakage-split', 'met', NOW);
  // Outside the core list: recorded, so it stays listed.
  review = withStatus(review, 'feature-owner', 'partly', NOW);
  review = withOwnItem(review, { text: 'Is the *vendor* SLA <written> [down]?', phase: 'serving', severity: 'must' }, NOW);
  review = withStatus(review, 'own-1', 'na', NOW);
  review = withNote(review, 'own-1', 'Not applicable: "no vendor".', NOW);
  return review;
}

const exportsOf = (review: ReviewRecord) => recordDocument(review, reviewList(ITEMS, review, SYSTEMS), context);
const restore = (text: string, items = ITEMS, aliases = itemAliases(items)) =>
  restoreRecord(parseRecord(text), { id: 'imported', items, aliases, systems: SYSTEMS, atlas: catalogueVersion(items) });

describe('the review list', () => {
  it('opens on the core list and keeps recorded items outside the filter, marked so', () => {
    const review = sampleReview();
    expect(filteredItems(ITEMS, review, SYSTEMS).map((i) => i.id)).toEqual(['drift-reference', 'leakage-split']);
    const entries = reviewList(ITEMS, review, SYSTEMS).flatMap((g) => g.entries.map((e) => [e.item.id, e.kind === 'atlas' && e.outside]));
    expect(entries).toEqual([
      ['leakage-split', false],
      ['own-1', false],
      ['drift-reference', false],
      ['feature-owner', true],
    ]);
  });

  it('lists the must items as the short list while no item is marked `core`', () => {
    const unflagged = ITEMS.map((item) => ({ ...item, core: false }));
    const review = { ...sampleReview(), choice: { maturity: 3 as const, when: [] } };
    expect(filteredItems(unflagged, review, SYSTEMS).map((i) => i.id)).toEqual(['drift-reference']);
    expect(applicableItems(unflagged, review.choice, SYSTEMS)).toHaveLength(3);
  });

  it('keeps statuses and notes when the choice changes: they belong to the review, not the filter', () => {
    const review = { ...sampleReview(), choice: { system: 'fraud-detection', severity: 'must' as const, when: [] } };
    const ids = reviewList(ITEMS, review, SYSTEMS).flatMap((g) => g.entries.map((e) => e.item.id));
    expect(ids).toContain('feature-owner');
    expect(review.records['drift-reference'].note).toContain('No refresh rule');
  });
});

describe('Markdown and JSON round trip', () => {
  it('Markdown restores name, choice, statuses, notes and own items exactly', () => {
    const review = sampleReview();
    const markdown = recordMarkdown(exportsOf(review));
    const { review: back, report } = restore(markdown);
    expect(back.name).toBe(review.name);
    expect(back.choice).toEqual(review.choice);
    expect(back.list).toBe('core');
    expect(back.records).toEqual(review.records);
    expect(back.own).toEqual(review.own);
    expect(back.created).toBe(review.created);
    expect(report).toEqual({ added: [], changed: [], retired: [] });
  });

  it('JSON restores the same', () => {
    const review = sampleReview();
    const { review: back } = restore(recordJson(exportsOf(review), '2026-12-05'));
    expect({ ...back, id: review.id, atlas: review.atlas }).toEqual(review);
  });

  it('Markdown reads on GitHub: title, choice, summary of blocking findings, items by phase with status, pass and link', () => {
    const markdown = recordMarkdown(exportsOf(sampleReview()));
    const lines = markdown.split('\n');
    if (process.env.SHOW_MD) console.log(markdown);
    expect(lines[0]).toBe('# Design review: Fraud "v2" review');
    expect(lines).toContain('- Checklist: [Fraud Detection, Level 1 (core list: 2 of 3 items)](https://atlas.example.com/review/?system=fraud-detection&maturity=1&when=adversarial)');
    expect(lines).toContain(`- Exported 2026-12-05, atlas version ${context.atlas}`);
    expect(lines).toContain('- 4 items: 1 met, 1 partly, 1 not met, 1 N/A, 0 not reviewed');
    expect(lines).toContain('**1 blocking finding** (must items Not met):');
    // Item links are citations: the item's version rides in the query (README "Citations").
    expect(lines).toContain(`- [What is the reference distribution, and when is it refreshed?](https://atlas.example.com/pitfalls/data-drift/?v=${itemVersion(ITEMS[0])}#drift-reference)`);
    expect(lines.indexOf('## Summary')).toBeLessThan(lines.indexOf('## Data (1)'));
    // The link carries the item's id and version for the import: no comment per atlas item.
    expect(lines).toContain(`- **Not met** · Must · [What is the reference distribution, and when is it refreshed?](https://atlas.example.com/pitfalls/data-drift/?v=${itemVersion(ITEMS[0])}#drift-reference)\\`);
    expect(lines).toContain('  *Pass:* Names the window and the refresh rule.');
    expect(lines).toContain('  > > quoted "owner" said: use `30d`');
    expect(lines.some((l) => l.startsWith('- **Partly** · Should · [Who owns each feature?]') && l.includes('*(outside the current list)*'))).toBe(true);
    expect(lines).toContain('- **N/A** · Must · Own item: Is the \\*vendor\\* SLA \\<written\\> \\[down\\]?<!-- own=own-1 phase=serving -->');
    // The only HTML in the file is comments, which GitHub keeps in the stored text and hides when rendering.
    expect(markdown.replace(/<!--[\s\S]*?-->/g, '')).not.toMatch(/<(?!written)[a-z!/]/i);
  });

  it('a status edited in the visible text (as on GitHub) imports', () => {
    const markdown = recordMarkdown(exportsOf(sampleReview())).replace('- **Not met** · Must · [What is', '- **Met** · Must · [What is');
    expect(restore(markdown).review.records['drift-reference'].status).toBe('met');
  });

  it('the full list writes a should or consider item nobody recorded on one line; recorded and must items keep their pass criterion', () => {
    const items = ITEMS.map((item) => (item.id === 'feature-owner' ? { ...item, pass: 'Names one owner per feature.' } : item));
    const full = { ...newReview({ id: 'f', name: 'Full', choice: { maturity: 3 as const, when: [] }, atlas: context.atlas, now: NOW }), list: 'full' as const };
    const linesOf = (review: ReviewRecord) => recordMarkdown(recordDocument(review, reviewList(items, review, SYSTEMS), context)).split('\n');
    const open = linesOf(full);
    const ownerLine = open.findIndex((l) => l.includes('[Who owns each feature?]'));
    expect(open[ownerLine]).toBe(`- Should · [Who owns each feature?](https://atlas.example.com/pitfalls/data-drift/?v=${itemVersion(items[2])}#feature-owner)`);
    expect(open[ownerLine + 1]).toBe('');
    expect(open).toContain('  *Pass:* Names the window and the refresh rule.');
    const recorded = linesOf(withStatus(full, 'feature-owner', 'partly', NOW));
    expect(recorded[recorded.findIndex((l) => l.includes('[Who owns each feature?]')) + 1]).toBe('  *Pass:* Names one owner per feature.');
    // The core list keeps every pass criterion, recorded or not.
    const core = { ...full, list: 'core' as const, choice: { system: 'fraud-detection', when: [] } };
    expect(recordDocument(core, reviewList(items, core, SYSTEMS), context).groups.flatMap((g) => g.items).find((i) => i.id === 'drift-reference')?.pass).toBe('Names the window and the refresh rule.');
    // One line per open item still reads back: every listed item is seen, at its version, with no record.
    const back = restore(open.join('\n'), items);
    expect(back.review.records).toEqual({});
    expect(back.report).toEqual({ added: [], changed: [], retired: [] });
    expect(parseRecord(open.join('\n')).seen).toEqual(Object.fromEntries(filteredItems(items, full, SYSTEMS).map((i) => [i.id, itemVersion(i)])));
  });

  it('a record written before items were read from their links (a comment per item, "Not reviewed" written out) imports the same', () => {
    const v = (id: string) => itemVersion(ITEMS.find((i) => i.id === id)!);
    const older = [
      '# Design review: Old one',
      '',
      `<!-- atlas-review {"version":1,"name":"Old one","choice":"?maturity=3","list":"full","created":"${NOW}","updated":"${NOW}","atlas":"${context.atlas}"} -->`,
      '',
      '## Data (1)',
      '',
      `- **Met** · Must · [Is the split by time, with \\[brackets\\] and \\*stars\\*?](https://atlas.example.com/pitfalls/data-drift/?v=${v('leakage-split')}#leakage-split)<!-- item=leakage-split v=${v('leakage-split')} -->`,
      '',
      '## Ownership (1)',
      '',
      `- **Not reviewed** · Should · [Who owns each feature?](https://atlas.example.com/pitfalls/data-drift/?v=${v('feature-owner')}#feature-owner) *(outside the current list)*<!-- item=feature-owner v=${v('feature-owner')} -->`,
      '  > Ask the data team.',
      '',
      '## Monitoring (1)',
      '',
      `- **Not met** · Must · [What is the reference distribution, and when is it refreshed?](https://atlas.example.com/pitfalls/data-drift/?v=${v('drift-reference')}#drift-reference)<!-- item=drift-reference v=${v('drift-reference')} -->\\`,
      '  *Pass:* Names the window and the refresh rule.',
      '  > No rule.',
      '',
    ].join('\n');
    const imported = parseRecord(older);
    expect(imported.records).toEqual({ 'leakage-split': { status: 'met' }, 'feature-owner': { note: 'Ask the data team.' }, 'drift-reference': { status: 'not-met', note: 'No rule.' } });
    expect(imported.seen).toEqual({ 'leakage-split': v('leakage-split'), 'feature-owner': v('feature-owner'), 'drift-reference': v('drift-reference') });
  });

  it('rich text has headings, lists and links, escaped', () => {
    const html = recordHtml(exportsOf(sampleReview()));
    expect(html).toContain('<h1>Design review: Fraud &quot;v2&quot; review</h1>');
    expect(html).toContain('<h2>Summary</h2>');
    expect(html).toContain(`<a href="https://atlas.example.com/pitfalls/data-drift/?v=${itemVersion(ITEMS[0])}#drift-reference">`);
    expect(html).toContain('Own item: Is the *vendor* SLA &lt;written&gt; [down]?');
  });

  it('rejects what it cannot read, saying what to fix', () => {
    expect(() => parseRecord('# Some notes\n- [ ] a task')).toThrow(ImportError);
    expect(() => parseRecord('# x\n<!-- atlas-review {"name": -->')).toThrow(/Line 2: the review's header is not valid JSON/);
    const markdown = recordMarkdown(exportsOf(sampleReview())).replace('- **Met** · Must · [Is the split', '- **Done** · Must · [Is the split');
    expect(() => parseRecord(markdown)).toThrow(/unknown status "Done"/);
    expect(() => parseRecord('{"format":"other"}')).toThrow(/"format" must be "atlas-review"/);
    expect(() => parseRecord('{"format":"atlas-review","name":"x","choice":"","created":"a","updated":"b","atlas":"c","items":[{"id":"a","status":"done"}]}')).toThrow(/items\[0\]: "status"/);
  });
});

describe('retired ids and what changed since', () => {
  it('resolves aliases, chains included, and ignores aliases of sections', () => {
    const aliases = itemAliases(ITEMS, [
      { from: '#old-split', to: '#older-split' },
      { from: '#older-split', to: '#leakage-split' },
      { from: '#old-section', to: '#detection' },
    ]);
    expect(resolveItemId('old-split', new Set(ITEMS.map((i) => i.id)), aliases)).toBe('leakage-split');
    expect(aliases.has('old-section')).toBe(false);
    expect(itemAliases([{ id: 'a', aliases: ['b'] }]).get('b')).toBe('a');
  });

  it('an older record: retired ids move to their successor; added, changed and removed items are listed', () => {
    const review = sampleReview();
    // Written when "leakage-split" was called "time-split" and "drift-reference" read differently.
    const older = recordMarkdown(exportsOf(review))
      .replaceAll('leakage-split', 'time-split')
      .replace(/\?v=[0-9a-f]+#drift-reference/g, '?v=0000000000#drift-reference')
      .replace('## Data (1)\n\n', '## Data (1)\n\n- **Met** · Must · [Gone](https://atlas.example.com/x/#gone-item)<!-- item=gone-item v=12345678 -->\n');
    const items = [...ITEMS];
    const { review: back, report } = restore(older, items, itemAliases(items, [{ from: '#time-split', to: '#leakage-split' }]));
    expect(back.records['leakage-split']).toEqual({ status: 'met' });
    expect(report.changed.map((i) => i.id)).toEqual(['drift-reference']);
    expect(report.retired.map((r) => [r.from, r.to?.id, r.dropped])).toEqual([
      ['gone-item', undefined, { status: 'met' }],
      ['time-split', 'leakage-split', undefined],
    ]);
    expect(report.added).toEqual([]);
  });

  it('lists the items added to the record\'s list since', () => {
    const json = recordJson(exportsOf(sampleReview()), '2026-12-05');
    const items = [...ITEMS, { ...base, id: 'new-core', text: 'A new core question?', phase: 'data' as const, severity: 'must' as const, core: true }];
    expect(restore(json, items).report.added.map((i) => i.id)).toEqual(['new-core']);
  });
});

describe('your reviews', () => {
  it('open, rename, duplicate, delete and undo', () => {
    const one = sampleReview();
    let shelf = putReview({ reviews: [] }, one, true);
    shelf = renameReview(shelf, 'r1', 'Q3 review', NOW);
    shelf = duplicateReview(shelf, 'r1', 'r2', NOW);
    expect(shelf.open).toBe('r2');
    expect(shelf.reviews.map((r) => r.name)).toEqual(['Q3 review', 'Q3 review (copy)']);
    expect(shelf.reviews[1].records).toEqual(one.records);
    const { shelf: after, undo } = deleteReview(shelf, 'r1');
    expect(after.reviews.map((r) => r.id)).toEqual(['r2']);
    expect(restoreReview(after, undo!).reviews.map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('migrates the builder\'s old ticks into reviews, ticks as Met, and leaves the static pages\' ticks', () => {
    const data = new Map<string, string>([
      ['atlas:review-ticks:/review/?system=fraud-detection&maturity=1', '["leakage-split","drift-reference"]'],
      ['atlas:review-ticks:/review/fraud-detection/', '["leakage-split"]'],
      ['atlas:review-ticks:/review/', 'not json'],
    ]);
    const storage = {
      get length() {
        return data.size;
      },
      key: (i: number) => [...data.keys()][i] ?? null,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
      clear: () => data.clear(),
    } as Storage;
    const made = migrateOldTicks(storage, (query, ticks) => ({ ...newReview({ id: query, name: 'Migrated', choice: { when: [] }, atlas: 'x', now: NOW }), records: Object.fromEntries(ticks.map((t) => [t, { status: 'met' as const }])) }));
    expect(made.map((r) => [r.id, Object.keys(r.records)])).toEqual([['?system=fraud-detection&maturity=1', ['leakage-split', 'drift-reference']]]);
    expect([...data.keys()]).toEqual(['atlas:review-ticks:/review/fraud-detection/']);
  });
});
