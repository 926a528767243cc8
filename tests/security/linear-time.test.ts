import { describe, expect, it } from 'vitest';
import { readableText } from '@/lib/citations/section-version';
import { readAccessibility } from '@/lib/diagrams/source';
import { MAX_DIAGRAM_CHARS, mermaidSourceProblem } from '@/lib/mdx/mermaid-rules';
import { nestingProblem } from '@/lib/mdx/nesting-depth';
import { isCommentOnly } from '@/lib/mdx/safe-mdx';
import { removeProbe, runProbe } from './probe-tree';

/**
 * The content step must take time linear in its input: one 170-byte line (an expression of 32 comments) once
 * kept it running past 100 s. Each check times an input of size n and of 4n and bounds the ratio: linear work
 * gives about 4, quadratic 16, exponential astronomically more. Ratios, not wall-clock limits, so a slow or busy
 * machine does not change the verdict; the bound (10) leaves room for noise.
 */
const RATIO = 10;

/** Milliseconds per call of one batch: `fn` repeated until the batch lasts long enough to time. */
function batch(fn: () => unknown, minMs = 10): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    fn();
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return elapsed / calls;
}

/**
 * Time per call on 4n over time per call on n: batches alternate between the two (so a burst of load from other
 * work hits both), after a warm-up batch each, and the best batch of each counts.
 */
function ratio(make: (n: number) => string, n: number, fn: (input: string) => unknown): number {
  const small = make(n);
  const large = make(4 * n);
  batch(() => fn(small));
  batch(() => fn(large));
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let round = 0; round < 5; round++) {
    bestSmall = Math.min(bestSmall, batch(() => fn(small)));
    bestLarge = Math.min(bestLarge, batch(() => fn(large)));
  }
  return bestLarge / bestSmall;
}

describe('the content step stays linear in its input', () => {
  const comments = (n: number) => `${'/**/ '.repeat(n)}x`;

  it('the comment check: 5 → 20 comments (the old regex took 2^15 times longer) and 1,000 → 4,000', () => {
    // Tiny inputs are dominated by fixed costs, so this pair only has to stay far from exponential.
    expect(ratio(comments, 5, isCommentOnly)).toBeLessThan(40);
    expect(ratio(comments, 1000, isCommentOnly)).toBeLessThan(RATIO);
    expect(ratio((n) => `${'/* a */ '.repeat(n)}`, 1000, isCommentOnly)).toBeLessThan(RATIO);
  });

  it('the nesting scan, on long lines of unclosed tags, brackets and markers', () => {
    expect(ratio((n) => '<a '.repeat(n), 5000, nestingProblem)).toBeLessThan(RATIO);
    expect(ratio((n) => `{${'(a)'.repeat(n)}}`, 5000, nestingProblem)).toBeLessThan(RATIO);
    expect(ratio((n) => '> a\n'.repeat(n), 5000, nestingProblem)).toBeLessThan(RATIO);
    // A call on 5,000 backticks is 1.6 µs, small enough for timer noise to decide: 80,000 (23 µs).
    expect(ratio((n) => '`'.repeat(n), 80000, nestingProblem)).toBeLessThan(RATIO);
  });

  it('reading a diagram\'s title and checking its source, on blank lines and long runs of spaces', () => {
    // n for the source check keeps 4n under MAX_DIAGRAM_CHARS: past it the check returns at once and the ratio says
    // nothing. readAccessibility on 2,000 newlines is a 0.6 µs call, where timer and GC noise gave 10.4 once in CI:
    // 32,000 (7–100 µs a call).
    const inputs: [(n: number) => string, number][] = [
      [(n) => '\n'.repeat(n), 2000],
      [(n) => `accTitle:${' '.repeat(n)}x`, 2000],
      [(n) => `accDescr {${' \n'.repeat(n)}`, 1000],
    ];
    for (const [make, n] of inputs) {
      expect(make(4 * n).length).toBeLessThanOrEqual(MAX_DIAGRAM_CHARS);
      expect(ratio(make, 32000, readAccessibility)).toBeLessThan(RATIO);
      expect(ratio(make, n, mermaidSourceProblem)).toBeLessThan(RATIO);
    }
  });

  it('the readable text a section\'s version is computed from, on runs of brackets with no link', () => {
    // Its link pattern once scanned from every "[" to the end of the text (the content step on 64,000 escaped brackets:
    // 7.9 s). 16,000 → 64,000: calls of 0.3–8 ms; at 4,000 (0.1–0.6 ms) the other test worker's load once gave 13.
    expect(ratio((n) => '\\['.repeat(n), 16000, readableText)).toBeLessThan(RATIO);
    expect(ratio((n) => '!['.repeat(n), 16000, readableText)).toBeLessThan(RATIO);
    expect(ratio((n) => `${'[a'.repeat(n)}](b)`, 16000, readableText)).toBeLessThan(RATIO);
  });

  // The whole pipeline (parse, checks, compile) on one page of pathological text, n and 4n; reported for the record.
  const pages: [name: string, make: (n: number) => string, n: number][] = [
    ['an expression of n comments', (n) => `Text {${'/**/ '.repeat(n)}x} here`, 2000],
    ['n unclosed emphasis markers', (n) => '*a '.repeat(n), 2500],
    ['n escaped brackets', (n) => '\\['.repeat(n), 4000],
    ['n short lines of inline HTML', (n) => '<b>x</b> <i>y</i>\n'.repeat(n), 150],
  ];
  it.each(pages)('the content step on %s', async (name, make, n) => {
    const once = async (size: number) => {
      const start = performance.now();
      const outcome = await runProbe({ body: make(size) });
      const took = performance.now() - start;
      removeProbe(outcome.dir);
      return took;
    };
    // Alternating, best of three each, like ratio(): the other test worker's load hits both sizes alike (with one
    // size run after the other, a busy moment on the large one once took the ratio from ~7 to 12.7).
    let small = Infinity;
    let large = Infinity;
    for (let round = 0; round < 3; round++) {
      small = Math.min(small, await once(n));
      large = Math.min(large, await once(4 * n));
    }
    console.info(`content step, ${name}: n=${n} ${small.toFixed(0)} ms, 4n=${4 * n} ${large.toFixed(0)} ms (ratio ${(large / small).toFixed(2)})`);
    expect(large / small).toBeLessThan(RATIO);
  });
});
