/** 1-based line of the first source line containing `needle`, for errors about frontmatter values. */
export function lineOf(source: string, needle: string): number | undefined {
  const index = source.split('\n').findIndex((line) => line.includes(needle));
  return index === -1 ? undefined : index + 1;
}

/** 1-based line of `value` as an item of the frontmatter list `key` (its key line or a later one), else lineOf. */
export function lineOfItem(source: string, key: string, value: string): number | undefined {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${key}:`));
  const index = start === -1 ? -1 : lines.findIndex((line, i) => i >= start && line.includes(value));
  return index === -1 ? lineOf(source, value) : index + 1;
}
