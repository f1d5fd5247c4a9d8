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

function trigramModel(): (word: string) => number {
  const logOdds = new Map<string, number>();
  for (const line of readLines('name-trigrams.tsv')) {
    const tab = line.indexOf('\t');
    logOdds.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return (word) => {
    const padded = `^${word}$`;
    let sum = 0;
    const n = padded.length - 2;
    for (let i = 0; i < n; i++) sum += logOdds.get(padded.slice(i, i + 3)) ?? 0;
    return n > 0 ? sum / n : 0;
  };
}

export function defaultGazetteer(): Gazetteer {
  cached ??= { names: new Set(readLines('names.txt')), commonWords: new Set(readLines('common-words.txt')), nameLikeness: trigramModel() };
  return cached;
}
