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
}

let cached: Gazetteer | undefined;

function readList(file: string): Set<string> {
  const text = readFileSync(packagePath('models', 'redact', file), 'utf8');
  return new Set(text.split('\n').filter((line) => line.length > 0));
}

export function defaultGazetteer(): Gazetteer {
  cached ??= { names: readList('names.txt'), commonWords: readList('common-words.txt') };
  return cached;
}
