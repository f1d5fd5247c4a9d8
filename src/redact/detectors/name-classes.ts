// What a single word says about being part of a person's name, from the gazetteer and the closed
// word classes: shared by the capitalised (person.ts) and lower-case (person-lowercase.ts) passes.
import type { Gazetteer } from '../gazetteer.js';
import { WordTable } from '../word-table.js';
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

// Every listed word's class, and whether it is a rarer English word or a curated given name or
// surname, in one table, so a word costs one lookup (built once per gazetteer). A word's later
// checks (isCuratedName, isGivenName) read the same slot, which the first lookup brought into cache.
const CLASS_MASK = 0xf;
/** In none of the lists that give a class. */
const NO_CLASS = 0xf;
const RARE = 0x10;
const GIVEN = 0x20;
const SURNAME = 0x40;
/** In `gaz.commonWords` (whatever its class says: a place is common too). */
const COMMON_WORD = 0x80;

const tables = new WeakMap<Gazetteer, WordTable>();
// The last gazetteer's table, so the lookup per word skips the WeakMap (it showed in profiles).
let lastGazetteer: Gazetteer | undefined;
let lastTable: WordTable | undefined;

function classMap(gaz: Gazetteer): Map<string, number> {
  const curated = (word: string) => gaz.givenNames.has(word) || gaz.surnames.has(word);
  const map = new Map<string, number>();
  for (const word of gaz.commonWords) map.set(word, COMMON);
  for (const name of gaz.names) map.set(name, map.has(name) ? AMBIGUOUS : NAME);
  // A place, product or term is no name unless the curated name lists hold it too (then the
  // person detector reads the words around it): "jupiter" is common, "paris" stays a name.
  for (const word of gaz.nonPerson) if (gaz.nonPersonFirst.has(word) || !curated(word)) map.set(word, COMMON);
  // Plurals of those, and of peoples in the closed word classes, that only the big name list
  // holds ("americans", "christians").
  for (const [word, k] of map) {
    if (k < AMBIGUOUS || !word.endsWith('s') || curated(word)) continue;
    const stem = word.slice(0, -1);
    if ((gaz.nonPerson.has(stem) && map.get(stem) === COMMON) || FUNCTION_WORDS.has(stem)) map.set(word, COMMON);
  }
  for (const word of FUNCTION_WORDS) map.set(word, FUNCTION);
  return map;
}

function table(gaz: Gazetteer): WordTable {
  if (gaz === lastGazetteer) return lastTable!;
  let words = tables.get(gaz);
  if (!words) {
    const entries = classMap(gaz);
    const flag = (list: ReadonlySet<string>, bit: number) => {
      for (const word of list) entries.set(word, (entries.get(word) ?? NO_CLASS) | bit);
    };
    flag(gaz.rareWords, RARE);
    flag(gaz.givenNames, GIVEN);
    flag(gaz.surnames, SURNAME);
    flag(gaz.commonWords, COMMON_WORD);
    words = new WordTable(entries);
    tables.set(gaz, words);
  }
  lastGazetteer = gaz;
  lastTable = words;
  return words;
}

/** The listed class of a word, or undefined. */
function listedClass(entry: number | undefined): number | undefined {
  const k = entry === undefined ? NO_CLASS : entry & CLASS_MASK;
  return k === NO_CLASS ? undefined : k;
}

// The grammar and common words a text is made of recur in every text: their classes are kept in a
// small map that stays in cache. Only those: a name or an unknown word from a prompt is never kept
// beyond the call that read it.
const frequent = new Map<string, number>();
const MAX_FREQUENT = 8192;

const isWord = (k: number | undefined) => k === COMMON || k === FUNCTION;

/** A given name or surname in the curated lists (not only in the big list). */
export function isCuratedName(key: string, gaz: Gazetteer): boolean {
  // `key` may be a run's unset key at runtime; the lists never hold undefined.
  return key !== undefined && ((table(gaz).get(key) ?? 0) & (GIVEN | SURNAME)) !== 0;
}

/** A word of `gaz.commonWords`, as one lookup in the word table. */
export function isCommonWord(key: string, gaz: Gazetteer): boolean {
  return ((table(gaz).get(key) ?? 0) & COMMON_WORD) !== 0;
}

/** A surname in the curated lists (`gaz.surnames`), as one lookup in the word table. */
export function isSurname(key: string, gaz: Gazetteer): boolean {
  return key !== undefined && ((table(gaz).get(key) ?? 0) & SURNAME) !== 0;
}

/** A given name in the curated lists (`gaz.givenNames`), as one lookup in the word table. */
export function isGivenName(key: string, gaz: Gazetteer): boolean {
  return key !== undefined && ((table(gaz).get(key) ?? 0) & GIVEN) !== 0;
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
  const entry = table(gaz).get(key);
  const listed = listedClass(entry);
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
  if (entry !== undefined && (entry & RARE) !== 0) return AMBIGUOUS;
  // Plurals of peoples and things ("Americans", "Muons").
  if (key.endsWith('s') && (isWord(listedClass(table(gaz).get(key.slice(0, -1)))) || (key.endsWith('es') && isWord(listedClass(table(gaz).get(key.slice(0, -2))))))) return COMMON;
  if (ENGLISH_ENDING.test(key) || (key.length >= 7 && DRUG_ENDING.test(key))) return COMMON;
  return gaz.nameLikeness(key) > NAME_LIKENESS_THRESHOLD ? NAME_LIKE : UNKNOWN;
}
