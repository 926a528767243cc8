/** "Did you mean …?" by shared prefix and edit distance, so a typo names its fix. */
export function suggest(wrong: string, candidates: string[]): string {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const score = editDistance(wrong, candidate);
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  return best && bestScore <= Math.max(3, wrong.length / 3) ? `Did you mean "${best}"?` : 'Check the spelling.';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
