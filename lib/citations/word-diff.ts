/** One run of a word-level diff: kept, removed (only in the old text) or added (only in the new one). */
export interface DiffPart {
  type: 'same' | 'del' | 'ins';
  text: string;
}

/** Longest texts compared word by word (old × new words); beyond it the whole middle is shown as replaced. */
const MAX_CELLS = 4_000_000;

/**
 * Word-level diff of two readable texts (lib/citations/section-version.ts readableText): words and punctuation marks are
 * the units (a paragraph break travels with the word before it), the longest common subsequence is kept, and neighbouring units of one type merge into one part. Common
 * leading and trailing words are matched first, so a one-word correction in a long section stays cheap.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  // Compared without the whitespace after them: "bounded " and "bounded" (before a full stop) are the same word.
  const ka = a.map((t) => t.trimEnd());
  const kb = b.map((t) => t.trimEnd());
  let start = 0;
  while (start < a.length && start < b.length && ka[start] === kb[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && ka[endA - 1] === kb[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  const push = (type: DiffPart['type'], token: string) => {
    const last = parts.at(-1);
    // Two words meet without a space only when one text had punctuation between them ("bounded." / "bounded by"):
    // keep them apart. After punctuation ("(PSI", "Kolmogorov–Smirnov") nothing is added.
    if (last && /[\p{L}\p{N}]$/u.test(last.text) && /^[\p{L}\p{N}]/u.test(token)) last.text += ' ';
    if (last?.type === type) last.text += token;
    else parts.push({ type, text: token });
  };
  b.slice(0, start).forEach((t) => push('same', t));
  const midA = ka.slice(start, endA);
  const midB = kb.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) {
    midA.forEach((t) => push('del', t));
    midB.forEach((t) => push('ins', t));
  } else {
    // lcs[i][j]: length of the longest common subsequence of midA[i..] and midB[j..].
    const width = midB.length + 1;
    const lcs = new Uint32Array((midA.length + 1) * width);
    for (let i = midA.length - 1; i >= 0; i--) {
      for (let j = midB.length - 1; j >= 0; j--) {
        lcs[i * width + j] = midA[i] === midB[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < midA.length || j < midB.length) {
      // Kept words show as the new text has them (its spacing); deleted ones as the old text had them.
      if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
        push('same', b[start + j++]);
        i++;
      } else if (i < midA.length && (j === midB.length || lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])) push('del', a[start + i++]);
      else push('ins', b[start + j++]);
    }
  }
  b.slice(endB).forEach((t) => push('same', t));
  return parts;
}

/** Words and punctuation marks, each with the whitespace after it, so joining the parts gives the text back. */
function tokens(text: string): string[] {
  return text.match(/^\s+|[\p{L}\p{N}_'-]+\s*|[^\s\p{L}\p{N}_'-]\s*/gu) ?? [];
}
