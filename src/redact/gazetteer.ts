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
  const EDGE_START = '^'.charCodeAt(0);
  const EDGE_END = '$'.charCodeAt(0);
  return (word) => {
    // The trigrams of "^word$", read without building the padded string.
    const n = word.length;
    const at = (i: number) => (i < 0 ? EDGE_START : i >= n ? EDGE_END : word.charCodeAt(i));
    let sum = 0;
    for (let i = -1; i < n - 1; i++) sum += logOdds.get(trigramKey(at(i), at(i + 1), at(i + 2))) ?? 0;
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
