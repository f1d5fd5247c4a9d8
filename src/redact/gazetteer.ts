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

export function defaultGazetteer(): Gazetteer {
  cached ??= { names: new Set(readLines('names.txt')), commonWords: new Set(readLines('common-words.txt')), nameLikeness: trigramModel() };
  return cached;
}
