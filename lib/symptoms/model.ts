/**
 * The symptom navigator's data: what a team observes (a term of the shared vocabulary, content/symptoms.yaml) and,
 * written on each pitfall page as <Symptom>, how that pitfall shows it and the check that tells it apart.
 * No React, no file system.
 */

/** The URL of the navigator; each symptom is an anchor on it (its id). */
export const SYMPTOMS_PATH = '/symptoms/';
/** The navigator's title (page, sidebar, search results, "Symptom navigator › <phrase>" links) and its one-sentence description. */
export const NAVIGATOR_TITLE = 'Symptom navigator';
export const NAVIGATOR_SUMMARY = 'From what a team observes to the pitfalls that cause it: each symptom with its candidate pitfalls and the check that tells them apart.';

/** One term of the vocabulary: the phrase a team says when it sees the symptom. */
export interface SymptomTerm {
  /** Permanent kebab-case id: the anchor on /symptoms/ and what <Symptom id> names. */
  id: string;
  /** The observation as a team states it: "Offline metrics are good, production is worse". */
  phrase: string;
  /** Other ways people put it, for search. */
  synonyms: string[];
  /** 1-based line in content/symptoms.yaml, for errors. */
  line?: number;
}

/** A symptom as one pitfall page states it. */
export interface PitfallSymptom {
  /** The vocabulary id. */
  id: string;
  /** How the symptom shows with this pitfall, as plain text (the page renders its Markdown). */
  text: string;
  /** The check that tells this pitfall apart from the symptom's other causes. */
  check: string;
  /** The section on the pitfall page that explains the check (default: its Detection section). */
  section: { id: string; title: string };
  line?: number;
}

/** A symptom with every pitfall that can cause it: one heading of the navigator. */
export interface NavigatorSymptom extends SymptomTerm {
  causes: (PitfallSymptom & { page: { id: string; path: string; title: string } })[];
}

/** The vocabulary in its file order, each term with its causes in the pitfalls' reading order. */
export function navigatorSymptoms(
  terms: SymptomTerm[],
  pitfalls: { id: string; path: string; title: string; symptoms: PitfallSymptom[] }[],
): NavigatorSymptom[] {
  return terms.map((term) => ({
    ...term,
    causes: pitfalls.flatMap(({ id, path, title, symptoms }) =>
      symptoms.filter((s) => s.id === term.id).map((s) => ({ ...s, page: { id, path, title } })),
    ),
  }));
}
