/**
 * One normalization for indexing and querying, so both sides agree: lowercase, accents folded, hyphens
 * and slashes as spaces ("two-tower" = "two tower", "real-time" = "real time"), and British spellings
 * mapped to the American ones the content uses ("quantisation" → "quantization").
 */
const BRITISH: [RegExp, string][] = [
  [/isation/g, 'ization'],
  [/ising\b/g, 'izing'],
  [/ised\b/g, 'ized'],
  [/ise\b/g, 'ize'],
  [/ises\b/g, 'izes'],
  [/yse\b/g, 'yze'],
  [/ysing\b/g, 'yzing'],
  [/ysed\b/g, 'yzed'],
  [/\b(behavi|col|fav|hon|lab|neighb)our/g, '$1or'],
  [/\bmodell(ing|ed|er)\b/g, 'model$1'],
  [/\bcentre/g, 'center'],
  [/\bcatalogue/g, 'catalog'],
];

export function normalizeText(text: string): string {
  let out = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  for (const [pattern, replacement] of BRITISH) out = out.replace(pattern, replacement);
  return out.replace(/[-_/]+/g, ' ');
}

/** Words of a text after normalization: letters and digits only, everything else splits. */
export function words(text: string): string[] {
  return normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
