// What a single word says about being part of a person's name, from the gazetteer and the closed
// word classes: shared by the capitalised (person.ts) and lower-case (person-lowercase.ts) passes.
import type { Gazetteer } from '../gazetteer.js';
import { FUNCTION_WORDS } from './person-lexicon.js';

/** Never part of a name ("the", "I'm", "Monday"). */
export const FUNCTION = 0;
/** A common English word and no name ("Tales", "Producer"). */
export const COMMON = 1;
/** A name that is also a common word ("Frank", "Brown"). */
export const AMBIGUOUS = 2;
/** In no list, and not spelt like a name. */
export const UNKNOWN = 3;
/** In no list, but spelt like a name (letter-trigram score). */
export const NAME_LIKE = 4;
/** A name and no common word. */
export const NAME = 5;
/** A single capital letter inside a run ("Vanessa P. Hertzog"). */
export const INITIAL_LETTER = 6;

/**
 * Trigram log-odds above which an unlisted word reads as a name. Chosen on the gazetteers' own
 * split and the code-and-prose corpus (see docs/redaction.md), not on the benchmark's names.
 */
export const NAME_LIKENESS_THRESHOLD = 0.2;

/** The class of a lower-cased word. */
export function classify(key: string, gaz: Gazetteer): number {
  if (FUNCTION_WORDS.has(key)) return FUNCTION;
  const name = gaz.names.has(key);
  const common = gaz.commonWords.has(key);
  if (name) return common ? AMBIGUOUS : NAME;
  if (common) return COMMON;
  if (key.includes('-')) {
    // Jean-Luc, Hauta-aho, Anne-Lotte: the best of the parts.
    let best = -1;
    for (const part of key.split('-')) if (part.length > 1) best = Math.max(best, classify(part, gaz));
    return best < 0 ? UNKNOWN : best <= COMMON ? COMMON : best;
  }
  return gaz.nameLikeness(key) > NAME_LIKENESS_THRESHOLD ? NAME_LIKE : UNKNOWN;
}
