import { z } from 'zod';
import { words } from '../search/normalize';
import { ContentError } from './errors';
import { readYamlList } from './yaml-list';

/** Search synonyms, in content/: groups of phrases that mean the same in the atlas, applied to queries. */
export const SEARCH_SYNONYMS_FILE = 'search-synonyms.yaml';

/** One group: two or more phrases (each 2–60 characters), e.g. [p99, tail latency]. */
const groupSchema = z.array(z.string().trim().min(2).max(60)).min(2, 'a group needs two phrases or more');

/**
 * Reads and validates content/search-synonyms.yaml: each group two phrases or more, no phrase in two groups (a query
 * could not say which it means), and at least one phrase of each group written somewhere in the atlas (`occurs`), so
 * every group leads to content. An empty list when the file does not exist (fixtures); errors carry file and line.
 */
export function loadSearchSynonyms(contentDir: string, repoRoot: string, occurs: (phraseWords: string[]) => boolean): { groups: string[][]; errors: ContentError[] } {
  const list = readYamlList(contentDir, repoRoot, SEARCH_SYNONYMS_FILE, groupSchema, {
    item: 'group',
    example: '"- [p99, tail latency]"',
    fields: 'Each group is a list of two phrases or more (see content/search-synonyms.yaml).',
  });
  if (!list) return { groups: [], errors: [] };
  const { file, errors, lineAt } = list;
  const groups: string[][] = [];
  const seen = new Map<string, number>();
  for (const { value, node, index } of list.items) {
    const line = lineAt(node);
    let ok = true;
    for (const phrase of value) {
      const key = words(phrase).join(' ');
      if (!key) {
        errors.push(new ContentError(file, `group ${index + 1}: "${phrase}" has no letters or digits to search for. Remove it.`, line));
        ok = false;
      } else if (seen.has(key) && seen.get(key) !== index) {
        errors.push(new ContentError(file, `group ${index + 1}: "${phrase}" is already in group ${seen.get(key)! + 1}; a phrase belongs to one group. Merge the groups or drop it from one.`, line));
        ok = false;
      } else seen.set(key, index);
    }
    if (ok && !value.some((phrase) => occurs(words(phrase)))) {
      errors.push(new ContentError(file, `group ${index + 1} [${value.join(', ')}]: none of its phrases occurs in the atlas, so it leads nowhere. Add the phrase the atlas uses, or remove the group.`, line));
      ok = false;
    }
    if (ok) groups.push(value);
  }
  return { groups, errors };
}
