/** 1-based line of the first source line containing `needle`, for errors about frontmatter values. */
export function lineOf(source: string, needle: string): number | undefined {
  const index = source.split('\n').findIndex((line) => line.includes(needle));
  return index === -1 ? undefined : index + 1;
}
