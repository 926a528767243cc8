import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from '@/components/search/highlighted-text';
import { buildSearchFile } from '@/lib/search/build-index';
import { SearchEngine, type SearchResponse } from '@/lib/search/engine';
import type { SearchRecord } from '@/lib/search/records';
import { searchRecord } from '../helpers/search-records';
import { builtSearchEngine } from '../helpers/search-engine';

const record = (url: string, page: string, heading: string, text: string, kind: SearchRecord['pageKind'] = 'pitfall') => searchRecord(url, page, heading, text, kind);

/** An engine over hand-made records, exported and imported through JSON exactly like the site's. */
function engineOf(records: SearchRecord[]): SearchEngine {
  return SearchEngine.fromFile(JSON.parse(JSON.stringify(buildSearchFile(records))));
}

/** Renders every piece of a response a reader sees, as the dialog and the page do. */
function renderedHtml(response: SearchResponse): string {
  return response.hits
    .map((hit) => renderToStaticMarkup(createElement('div', null, createElement(HighlightedText, { segments: hit.title }), createElement(HighlightedText, { segments: hit.snippet }))))
    .join('\n');
}

describe('search engine', () => {
  const engine = engineOf([
    record('/a/', 'Label Leakage', '', 'Future information in training features.'),
    record('/a/#solution', 'Label Leakage', 'Solution', 'Proper time-based splits and feature auditing.'),
    record('/b/', 'Caching Strategies', '', 'Prediction cache, feature cache, embedding cache.', 'pattern'),
    record('/c/#x', 'Markup', 'Hostile <img src=x onerror=alert(1)>', 'Text with </script><script>alert(1)</script> and <b>bold</b> words.', 'guide'),
  ]);

  it('ranks a title match above a body match and groups hits by page', () => {
    const { hits, groups } = engine.search('feature');
    expect(hits.map((h) => h.url)).toEqual(expect.arrayContaining(['/a/', '/a/#solution', '/b/']));
    expect(groups.map((g) => g.url)).toEqual([...new Set(hits.map((h) => h.url.split('#')[0]))]);
  });

  it('matches prefixes, typos, hyphens and British spellings', () => {
    expect(engine.search('leak').hits[0].url).toBe('/a/');
    const typo = engine.search('leakaeg');
    expect(typo.hits[0].url).toBe('/a/');
    expect(typo.corrections).toEqual([{ from: 'leakaeg', to: 'leakage' }]);
    expect(engine.search('time based').hits[0].url).toBe('/a/#solution');
    expect(engineOf([record('/q/', 'Quantization', '', 'Reduce model precision.')]).search('quantisation').hits[0].url).toBe('/q/');
  });

  it('filters by kind', () => {
    expect(engine.search('cache', { kind: 'pitfall' }).hits).toEqual([]);
    expect(engine.search('cache', { kind: 'pattern' }).hits[0].url).toBe('/b/');
  });

  it('highlights matched words in titles and snippets', () => {
    const [hit] = engine.search('auditing').hits;
    expect(hit.snippet.filter((s) => s.mark).map((s) => s.text)).toEqual(['auditing']);
  });

  it('suggests the closest terms when nothing matches', () => {
    const response = engine.search('cachin leakagx');
    expect(response.hits.length).toBeGreaterThan(0);
    const none = engine.search('qqqqqq');
    expect(none.hits).toEqual([]);
    expect(engine.search('splitz').suggestions.length + engine.search('splitz').hits.length).toBeGreaterThan(0);
  });

  it('renders markup in content and queries as text, never as elements', () => {
    for (const q of ['hostile', 'onerror', '<img src=x onerror=alert(1)>', '</script>', 'script alert', 'bold']) {
      const html = renderedHtml(engine.search(q));
      expect(html).not.toMatch(/<(img|script|b)[\s>]/i);
      expect(html).not.toContain('</script>');
    }
    const html = renderedHtml(engine.search('onerror'));
    expect(html).toContain('Hostile &lt;img src=x </span>');
    expect(html).toMatch(/<mark[^>]*>onerror<\/mark>/);
  });
});

describe('search engine fuzz: 1,500 generated queries over the real index', () => {
  const real = builtSearchEngine();
  // A small deterministic generator, so a failure reproduces.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T,>(items: T[]) => items[Math.floor(random() * items.length)];
  const pieces = [
    'leak', 'drift', 'skew', 'recomendation', 'two-tower', 'real time', 'NDCG', '32-bit → 8-bit', '<100ms',
    '<img src=x onerror=alert(1)>', '</script>', '<b>', '&amp;', '"', "'", '\\', '.*', '(', ')', '[', ']', '{', '}', '^$', '|', '+?', '\\d+',
    '🎯', '🏗️', '👩‍💻', '∑', 'é', 'ß', 'Ω', '中文', 'עברית', '\u0000', '\u200b', '\t', '\n', ' ', '   ', '-', '--', '__proto__', 'constructor', 'toString',
  ];
  const queries: string[] = ['', ' ', '\n\t ', 'a'.repeat(10_000), '<'.repeat(10_000), '🎯'.repeat(3_000), 'x y '.repeat(2_500)];
  while (queries.length < 1_500) {
    const n = 1 + Math.floor(random() * 5);
    queries.push(Array.from({ length: n }, () => (random() < 0.2 ? String.fromCodePoint(Math.floor(random() * 0x2ffff)) : pick(pieces))).join(random() < 0.5 ? ' ' : ''));
  }

  it('never throws, never returns markup, and answers every query quickly', () => {
    let slowest = 0;
    for (const q of queries) {
      const started = performance.now();
      const response = real.search(q, { kind: random() < 0.2 ? 'pitfall' : undefined });
      slowest = Math.max(slowest, performance.now() - started);
      for (const hit of response.hits) {
        expect(hit.url).toMatch(/^\/[a-z0-9/-]*(#[a-z0-9-]+)?$/);
        for (const segment of [...hit.title, ...hit.snippet]) expect(typeof segment.text).toBe('string');
      }
      const html = renderedHtml(response);
      expect(html).not.toMatch(/<(img|script|b)[\s>]/i);
    }
    expect(queries.length).toBeGreaterThanOrEqual(1_000);
    // Generous: this guards against a pathological case (a 10,000-character query taking seconds), not a benchmark;
    // 250 ms failed under load from parallel builds on 2 cores (260–330 ms measured), so the bound is 1 s.
    expect(slowest).toBeLessThan(1_000);
  });
});
