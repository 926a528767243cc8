import { z } from 'zod';
import type { SymptomTerm } from '../symptoms/model';
import { ContentError } from './errors';
import { ID_PATTERN } from './schema';
import { readYamlList } from './yaml-list';

/** The shared symptom vocabulary, in content/: what teams observe, each explained by <Symptom> on pitfall pages. */
export const SYMPTOMS_FILE = 'symptoms.yaml';

/** One symptom a team observes. */
const termSchema = z
  .object({
    /** Permanent kebab-case id: the anchor on /symptoms/ and what <Symptom id="…"> names on a pitfall page. */
    id: z.string().regex(ID_PATTERN, 'must be kebab-case: lowercase letters, digits and single hyphens'),
    /** The observation in the words a team uses (10–80 characters), a sentence without the final period. */
    phrase: z.string().trim().min(10).max(80),
    /** Other ways people say it, for search (each 3–80 characters). Default: none. */
    synonyms: z.array(z.string().trim().min(3).max(80)).default([]),
  })
  .strict();

/**
 * Reads and validates content/symptoms.yaml: every term valid, ids unique. Undefined when the file does not exist
 * (fixtures without symptoms); errors carry file and line.
 */
export function loadSymptomTerms(contentDir: string, repoRoot: string): { file: string; terms: SymptomTerm[]; errors: ContentError[] } | undefined {
  const list = readYamlList(contentDir, repoRoot, SYMPTOMS_FILE, termSchema, {
    item: 'symptom',
    example: '"- id: offline-good-production-worse", "phrase: Offline metrics are good, production is worse", "synonyms: […]"',
    fields: 'Each symptom has id, phrase and optional synonyms (see lib/content/symptoms.ts).',
  });
  if (!list) return undefined;
  const { file, errors, lineAt } = list;
  const terms: SymptomTerm[] = [];
  for (const { value, node } of list.items) {
    const line = lineAt(node, 'id');
    const first = terms.find((t) => t.id === value.id);
    if (first) errors.push(new ContentError(file, `symptom id "${value.id}" is already used at line ${first.line ?? '?'}: ids are unique. Merge the two or rename one.`, line));
    else terms.push({ ...value, line });
  }
  return { file, terms, errors };
}
