import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backfillHistory } from '@/lib/citations/backfill';
import { appendVersions, readAllHistories } from '@/lib/citations/history';
import { citableTexts } from '@/lib/citations/source-sections';

const page = (detection: string) => `---
title: Drift
---

Intro text.

## Detection {#detection}

${detection}

### Tests

PSI and KS.

## Review questions {#review-questions}
<ReviewQuestion id="drift-reference" phase="monitoring" severity="must" why="No reference, no monitor.">
What is the reference?
</ReviewQuestion>
`;

describe('citable texts of a page', () => {
  it('gives each h2/h3 section (an h2 with its h3s) and each review item a version, with its line', () => {
    const texts = citableTexts(page('Compare against a **fixed** reference.'));
    expect(texts.map((t) => [t.kind, t.id, t.line])).toEqual([
      ['section', 'detection', 7],
      ['section', 'tests', 11],
      ['section', 'review-questions', 15],
      ['item', 'drift-reference', 16],
    ]);
    expect(texts[0].text).toBe('Detection\n\nCompare against a fixed reference.\n\nTests\n\nPSI and KS.');
    expect(texts[3].text).toBe('must: What is the reference?\n\nWhy: No reference, no monitor.');
    // A change in an h3 changes its h2's version too (the h2 cites it), not its siblings'.
    const changed = citableTexts(page('Compare against a **fixed** reference.').replace('PSI and KS.', 'PSI, KS and Wasserstein.'));
    expect(changed[0].version).not.toBe(texts[0].version);
    expect(changed[1].version).not.toBe(texts[1].version);
    expect(changed[2].version).toBe(texts[2].version);
    expect(changed[3].version).toBe(texts[3].version);
  });

  it('ignores headings inside code fences', () => {
    expect(citableTexts('## A\n\n```sh\n## not a heading\n```\n').map((t) => t.id)).toEqual(['a']);
  });
});

describe('history append', () => {
  const v1 = citableTexts(page('Compare against a fixed reference.'));
  const v2 = citableTexts(page('Compare against a reference refreshed with each model.'));

  it('adds a stamp only when a version changes, and stores each text once', () => {
    const first = appendVersions(undefined, '/pitfalls/drift/', v1, '2026-11-26');
    expect(first.appended).toBe(4);
    const again = appendVersions(first.history, '/pitfalls/drift/', v1, '2026-11-29');
    expect(again.appended).toBe(0);
    expect(again.history).toEqual(first.history);
    const second = appendVersions(first.history, '/pitfalls/drift/', v2, '2026-11-29');
    expect(second.appended).toBe(1);
    expect(second.history.anchors.detection.versions).toEqual([
      [v1[0].version, '2026-11-26'],
      [v2[0].version, '2026-11-29'],
    ]);
    expect(second.history.anchors.tests.versions).toHaveLength(1);
    expect(Object.keys(second.history.texts)).toHaveLength(5);
  });

  it('keeps anchors that left the page and never dates a stamp before the previous one', () => {
    const first = appendVersions(undefined, '/p/', v1, '2026-11-29').history;
    const gone = appendVersions(first, '/p/', v2.filter((t) => t.id !== 'tests'), '2026-11-01').history;
    expect(gone.anchors.tests.versions).toEqual([
      [v1[1].version, '2026-11-29'],
      ['-', '2026-11-29'],
    ]);
    expect(appendVersions(gone, '/p/', v2.filter((t) => t.id !== 'tests'), '2026-12-01').appended).toBe(0);
    expect(gone.anchors.detection.versions.at(-1)?.[1]).toBe('2026-11-29');
  });
});

describe('backfill from git', () => {
  const repo = mkdtempSync(path.join(tmpdir(), 'atlas-backfill-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (date: string, ...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      env: { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z`, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' },
      encoding: 'utf8',
    });
  const commit = (date: string, file: string, text: string, message: string) => {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
    git(date, 'add', '-A');
    git(date, 'commit', '-qm', message);
  };

  it('dates each version by the main-line commit that first published it, skipping branch-only states', () => {
    git('2026-11-01', 'init', '-q', '-b', 'main');
    commit('2026-11-26', 'content/pitfalls/drift.mdx', page('Compare against a fixed reference.'), 'first release');
    commit('2026-11-27', 'README.md', 'not content', 'docs');
    // A formatting-only edit: no new version.
    commit('2026-11-28', 'content/pitfalls/drift.mdx', page('Compare against a *fixed*\nreference.'), 'reflow');
    git('2026-11-28', 'checkout', '-qb', 'fix');
    commit('2026-11-28', 'content/pitfalls/drift.mdx', page('Draft wording.'), 'draft on a branch');
    commit('2026-11-29', 'content/pitfalls/drift.mdx', page('Compare against a reference refreshed with each model.'), 'correction');
    git('2026-11-30', 'checkout', '-q', 'main');
    git('2026-11-30', 'merge', '-q', '--no-ff', 'fix', '-m', 'merge fix');

    const histories = backfillHistory(repo);
    expect([...histories.keys()]).toEqual(['content/history/pitfalls/drift.json']);
    const drift = histories.get('content/history/pitfalls/drift.json')!;
    expect(drift.path).toBe('/pitfalls/drift/');
    const version = (detection: string) => citableTexts(page(detection))[0].version;
    expect(drift.anchors.detection.versions).toEqual([
      [version('Compare against a fixed reference.'), '2026-11-26'],
      [version('Compare against a reference refreshed with each model.'), '2026-11-30'],
    ]);
    expect(Object.values(drift.texts)).not.toContain(expect.stringContaining('Draft wording'));
    expect(drift.anchors['drift-reference'].versions).toHaveLength(1);
  });
});

describe('the committed history', () => {
  it('has every current section and review item, each version with its text', () => {
    const histories = readAllHistories(path.join(process.cwd(), 'content/history'));
    expect(histories.size).toBeGreaterThanOrEqual(35);
    for (const history of histories.values()) {
      for (const { versions } of Object.values(history.anchors)) {
        for (const [version, date] of versions) {
          if (version !== '-') expect(history.texts[version], `${history.path} ${version}`).toBeTypeOf('string');
          expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }
    }
  });
});
