// What the person detector's steps share about one text: the scanned words with their classes and
// keys, the spans found so far, and small readings of the words around a run.
import type { Gazetteer } from '../gazetteer.js';
import type { Span } from '../types.js';
import type { Words } from '../words.js';
import { INITIAL_LETTER, isCuratedName, isGivenName, UNKNOWN } from './name-classes.js';
import type { LanguageWindow } from './language-window.js';

export interface Context {
  text: string;
  gaz: Gazetteer;
  words: Words;
  classes: Int8Array;
  keys: string[];
  language: LanguageWindow;
  spans: Span[];
  /** Runs that looked like names but lacked evidence: [first, last] word indices. */
  rejected: number[];
  /** Words the text itself shows to name a thing ("Abbott" in "Abbott Laboratories"). */
  terms: Set<string>;
}

function isGap(c: number): boolean {
  return c === 32 || c === 44 || c === 58 || c === 59 || c === 10 || c === 9 || c === 13;
}

export function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || (c >= 0xc0 && c !== 0x2019);
}

/** The lower-cased word ending at or before `pos` (skipping spaces and punctuation). */
export function previousWord(text: string, pos: number): string {
  let end = pos;
  while (end > 0 && pos - end < 4 && isGap(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < 20 && isLetter(text.charCodeAt(start - 1))) start--;
  // Cue words are short; a long or glued word is none of them.
  if (end - start < 2 || end - start > 12) return '';
  return text.slice(start, end).toLowerCase();
}


/** Whether some word of the run could be a name on its own: a listed or name-like word, or a curated name. */
export function mayBeName(c: Context, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (c.classes[i]! >= UNKNOWN && c.classes[i] !== INITIAL_LETTER) return true;
  return curatedIn(c, first, last);
}

export function givenIn(c: Context, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (isGivenName(c.keys[i]!, c.gaz)) return true;
  return false;
}

export function curatedIn(c: Context, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (c.classes[i] !== INITIAL_LETTER && isCuratedName(c.keys[i]!, c.gaz)) return true;
  return false;
}

