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

// Every listed word's class in one map, so a word costs one lookup (built once per gazetteer).
const lexicons = new WeakMap<Gazetteer, Map<string, number>>();

function lexicon(gaz: Gazetteer): Map<string, number> {
  let map = lexicons.get(gaz);
  if (!map) {
    map = new Map<string, number>();
    for (const word of gaz.commonWords) map.set(word, COMMON);
    for (const name of gaz.names) map.set(name, map.has(name) ? AMBIGUOUS : NAME);
    // A place, product or term is no name unless the curated name lists hold it too (then the
    // person detector reads the words around it): "jupiter" is common, "paris" stays a name.
    for (const word of gaz.nonPerson) if (gaz.nonPersonFirst.has(word) || !isCuratedName(word, gaz)) map.set(word, COMMON);
    // Plurals of those, and of peoples in the closed word classes, that only the big name list
    // holds ("americans", "christians").
    for (const [word, k] of map) {
      if (k < AMBIGUOUS || !word.endsWith('s') || isCuratedName(word, gaz)) continue;
      const stem = word.slice(0, -1);
      if ((gaz.nonPerson.has(stem) && map.get(stem) === COMMON) || FUNCTION_WORDS.has(stem)) map.set(word, COMMON);
    }
    for (const word of FUNCTION_WORDS) map.set(word, FUNCTION);
    lexicons.set(gaz, map);
  }
  return map;
}

// The grammar and common words a text is made of recur in every text: their classes are kept in a
// small map that stays in cache. Only those: a name or an unknown word from a prompt is never kept
// beyond the call that read it.
const frequent = new Map<string, number>();
const MAX_FREQUENT = 8192;

const isWord = (k: number | undefined) => k === COMMON || k === FUNCTION;

/** A given name or surname in the curated lists (not only in the big list). */
export function isCuratedName(key: string, gaz: Gazetteer): boolean {
  return gaz.givenNames.has(key) || gaz.surnames.has(key);
}

// Letter-trigram odds were learnt on Latin letters; other scripts only ever appeared in names.
const OTHER_SCRIPT = /[\u0370-\u1fff\u2c00-\uffff]/;
// Endings of English adjectives and nouns made from words or names ("Gaussian", "Marxism",
// "Darwinist", "Bacteriology", "Gastritis"): no unlisted word with them is a name.
const ENGLISH_ENDING = /(?:ians?|eans?|isms?|ists?|ology|ologies|itis|osis|ases?)$/;
// Endings of drug names (international nonproprietary name stems: "diazepam", "nelfinavir").
const DRUG_ENDING = /(?:azepam|azolam|vir|mab|tinib|statin|pril|sartan|olol|cillin|mycin|cycline|floxacin|azole|oxetine|tidine|prazole|dipine|afil|triptan|caine|parin|lukast|gliptin|gliflozin|dronate|setron|tretin)$/;

/** The class of a lower-cased word. */
export function classify(key: string, gaz: Gazetteer): number {
  const hot = frequent.get(key);
  if (hot !== undefined) return hot;
  const listed = lexicon(gaz).get(key);
  if (listed === FUNCTION || listed === COMMON) {
    if (frequent.size >= MAX_FREQUENT) frequent.clear();
    frequent.set(key, listed);
  }
  if (listed !== undefined) return listed;
  if (key.includes('-')) {
    // Jean-Luc, Hauta-aho, Anne-Lotte: the best of the parts.
    let best = -1;
    for (const part of key.split('-')) if (part.length > 1) best = Math.max(best, classify(part, gaz));
    return best < 0 ? UNKNOWN : best <= COMMON ? COMMON : best;
  }
  if (OTHER_SCRIPT.test(key)) return UNKNOWN;
  // A rarer English word ("cytosol") alone is no name; beside a name it may be one ("Impi Nummelin").
  if (gaz.rareWords.has(key)) return AMBIGUOUS;
  // Plurals of peoples and things ("Americans", "Muons").
  if (key.endsWith('s') && (isWord(lexicon(gaz).get(key.slice(0, -1))) || (key.endsWith('es') && isWord(lexicon(gaz).get(key.slice(0, -2)))))) return COMMON;
  if (ENGLISH_ENDING.test(key) || (key.length >= 7 && DRUG_ENDING.test(key))) return COMMON;
  return gaz.nameLikeness(key) > NAME_LIKENESS_THRESHOLD ? NAME_LIKE : UNKNOWN;
}
