// The word lists behind the person and address detectors (models/redact/, built by
// scripts/build-redact-gazetteers.ts). Loaded once, on first use, so commands that never redact
// names pay nothing.
import { readFileSync } from 'node:fs';
import { packagePath } from '../util/package-root.js';

export interface Gazetteer {
  /** Given names and surnames, lower-cased. */
  names: ReadonlySet<string>;
  /** Common English words, lower-cased: a capitalised one is usually a sentence start or a title. */
  commonWords: ReadonlySet<string>;
  /**
   * Given names and surnames from a curated source (faker's per-locale lists), a subset of `names`:
   * the big list also holds words such as "check" and "jupiter", these do not.
   */
  givenNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  /** Rarer English words in neither list ("cytosol", "warfarin"). */
  rareWords: ReadonlySet<string>;
  /** Proper nouns that name no person: places, products, peoples, eponymous terms ("jupiter"). */
  nonPerson: ReadonlySet<string>;
  /**
   * Non-person words read as such even though the curated name lists hold them too ("america",
   * "claude"): in text they name the place or the thing far more often than a person.
   */
  nonPersonFirst: ReadonlySet<string>;
  /** Non-person phrases ("costa rica", "krebs cycle"), by first word: the words after it. */
  nonPersonPhrases: ReadonlyMap<string, readonly (readonly string[])[]>;
  /**
   * How name-like a lower-cased word looks that is in neither list: the mean letter-trigram
   * log-odds of "name" against "English word" (above 0 leans towards a name).
   */
  nameLikeness(word: string): number;
}

let cached: Gazetteer | undefined;

function readLines(file: string): string[] {
  return readFileSync(packagePath('models', 'redact', file), 'utf8').split('\n').filter((line) => line.length > 0);
}

// A trigram as one small integer (keys collide only between trigrams of rare characters).
const trigramKey = (a: number, b: number, c: number) => (((a * 8191) ^ (b * 131)) * 4099 + c) & 0x3fffffff;

function trigramModel(): (word: string) => number {
  const logOdds = new Map<number, number>();
  for (const line of readLines('name-trigrams.tsv')) {
    const tab = line.indexOf('\t');
    logOdds.set(trigramKey(line.charCodeAt(0), line.charCodeAt(1), line.charCodeAt(2)), Number(line.slice(tab + 1)));
  }
  // Read as an open-addressing table of [key, log-odds] pairs in one Float64Array: a Map keeps each
  // value boxed elsewhere in the heap, and a word's dozen lookups then miss the cache a dozen times.
  let capacity = 16;
  while (capacity < logOdds.size * 2) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Float64Array(capacity * 2).fill(-1); // keys are >= 0
  const slotOf = (key: number) => (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
  for (const [key, odds] of logOdds) {
    let s = slotOf(key);
    while (slots[2 * s] !== -1) s = (s + 1) & mask;
    slots[2 * s] = key;
    slots[2 * s + 1] = odds;
  }
  const oddsOf = (key: number): number => {
    for (let s = slotOf(key); ; s = (s + 1) & mask) {
      const k = slots[2 * s]!;
      if (k === key) return slots[2 * s + 1]!;
      if (k === -1) return 0;
    }
  };
  const EDGE_START = '^'.charCodeAt(0);
  const EDGE_END = '$'.charCodeAt(0);
  return (word) => {
    // The trigrams of "^word$", read without building the padded string.
    const n = word.length;
    const at = (i: number) => (i < 0 ? EDGE_START : i >= n ? EDGE_END : word.charCodeAt(i));
    let sum = 0;
    for (let i = -1; i < n - 1; i++) sum += oddsOf(trigramKey(at(i), at(i + 1), at(i + 2)));
    return n > 0 ? sum / n : 0;
  };
}

/** Words of a non-person phrase as the word scan keys them: lower case, dots and possessives dropped. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .replace(/[’]/g, "'")
    .split(/[\s]+/)
    .map((w) => w.replace(/'s$|'$|\.$/g, ''))
    .filter((w) => w.length > 0);
}

function nonPersonLists(): Pick<Gazetteer, 'nonPerson' | 'nonPersonFirst' | 'nonPersonPhrases'> {
  const nonPerson = new Set<string>();
  const nonPersonFirst = new Set<string>();
  const nonPersonPhrases = new Map<string, string[][]>();
  // "!word": a non-person word that wins over the name lists.
  for (const line of readLines('non-person.txt')) {
    const entry = line.startsWith('!') ? line.slice(1) : line;
    const words = phraseWords(entry);
    if (words.length === 1) {
      nonPerson.add(words[0]!);
      if (entry !== line) nonPersonFirst.add(words[0]!);
    } else if (words.length > 1) {
      const rest = nonPersonPhrases.get(words[0]!) ?? [];
      rest.push(words.slice(1));
      nonPersonPhrases.set(words[0]!, rest);
    }
  }
  return { nonPerson, nonPersonFirst, nonPersonPhrases };
}

export function defaultGazetteer(): Gazetteer {
  cached ??= {
    names: new Set(readLines('names.txt')),
    commonWords: new Set(readLines('common-words.txt')),
    givenNames: new Set(readLines('given-names.txt')),
    rareWords: new Set(readLines('rare-words.txt')),
    surnames: new Set(readLines('surnames.txt')),
    ...nonPersonLists(),
    nameLikeness: trigramModel(),
  };
  return cached;
}
