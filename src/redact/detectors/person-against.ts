// Words around a run that say it is no person (see docs/redaction.md, "Names in real prompts"):
// a non-person phrase it belongs to, a term noun after it, a place or count before it, a list of
// places around it, an answer-option label, a sentence in another language; and words the text
// itself shows to be an organisation. Each check reads a bounded window.
import type { Words } from '../words.js';
import { COMMON, isCuratedName, isGivenName, isSurname } from './name-classes.js';
import { OTHER_FUNCTION_WORDS } from './language-words.js';
import { afterNumber, afterOptionMarker, HEAD_NOUNS, headNounAfter, phraseAt, PLACE_PREFIXES, speciesAfter, STREET_AFTER, TERM_BEFORE } from './person-context.js';
import { cueAround, NO_CUE } from './person-cues.js';
import { givenIn, previousWord, type Context } from './person-run.js';

/** Words of the run that belong to a non-person phrase ("Costa Rica", "Claude Code") count as common. */
export function blockPhrases(c: Context, first: number, last: number): void {
  const { text, words, keys, classes } = c;
  const phrases = c.gaz.nonPersonPhrases;
  for (let i = first; i <= last; i++) {
    if (!phrases.has(keys[i]!)) continue;
    const end = phraseAt(c.gaz, text, words.start[i]!, keys[i]!);
    if (end < 0) continue;
    let j = i;
    while (j <= last && words.start[j]! < end) classes[j++] = COMMON;
    i = j - 1;
  }
}

/**
 * Whether the words around an uncued run say it is no person: a head noun after it ("Krebs cycle",
 * "Hoover Dam"), a word that names a place or a thing with a place preposition before it or other
 * such words listed beside it ("in Virginia", "Texas, Georgia, and Ohio"), an answer option whose
 * word is in no curated name list, or text around it that is not English (German capitalises its
 * nouns) when the run holds no curated given name.
 */
export function notAPerson(c: Context, first: number, last: number): boolean {
  const { text, words, keys, gaz } = c;
  const start = words.start[first]!;
  const end = words.end[last]!;
  const next = last + 1 < words.count && words.start[last + 1] === end + 1 && text.charCodeAt(end) === 32 ? keys[last + 1] : undefined;
  // In a street name the words around say street, not term: left to the name rules.
  if (streetAfter(text, end, last, c)) return false;
  if (headNounAfter(text, end, words.possessive[last] === 1, next)) {
    // Learnt for the whole text: a bare "Abbott" elsewhere is the same company.
    if (first === last) c.terms.add(keys[first]!);
    return true;
  }
  // "Mississippi River", "Prime Corp" (but "Anna Park": a surname), "Lake Mead", "Mount Rainier".
  if (last > first && HEAD_NOUNS.has(keys[last]!) && !isSurname(keys[last]!, gaz)) return true;
  // The word before, read from the scan when it is a capitalised word right there (no new string).
  const before = first > 0 && words.end[first - 1] === start - 1 && text.charCodeAt(start - 1) === 32 ? keys[first - 1] : undefined;
  const prev = before !== undefined && before.length > 1 && before.length <= 12 ? before : previousWord(text, start);
  if (PLACE_PREFIXES.has(prev)) return true;
  // A unit or an item after a count ("10.1 Gauss", "160 Mpc", "1 Amped Raptor"); not a street
  // named after someone ("518 Árpád fejedelem útja").
  if (afterNumber(text, start) && !givenIn(c, first, last)) return true;
  if (first === last) {
    const key = keys[first]!;
    if (gaz.nonPerson.has(key) && (TERM_BEFORE.has(prev) || listedBesideTerms(c, first))) return true;
    // A genus before its species ("Bordetella pertussis").
    if (speciesAfter(text, end, gaz)) return true;
    if (!isCuratedName(key, gaz) && afterOptionMarker(text, start)) return true;
    // In a sentence of another language a capitalised word is often a noun or the sentence's
    // first word; only a given name stands there as a name, and not one that is a word of that
    // language ("Nur noch bis morgen").
    if (isGivenName(key, gaz) && !OTHER_FUNCTION_WORDS.has(key)) return false;
    return c.language.foreignAt(start);
  }
  return !givenIn(c, first, last) && c.language.foreignAt(start);
}

const TERM_GAP = /^(?:, ?| and | or | & |, and |, or |\/)$/;

/** A word in a list whose neighbour is a place or a thing ("Texas, Georgia, and Oklahoma"). */
function listedBesideTerms(c: Context, i: number): boolean {
  const { text, words, keys, gaz } = c;
  const isTerm = (j: number) => j >= 0 && j < words.count && keys[j] !== undefined && gaz.nonPerson.has(keys[j]!);
  if (isTerm(i - 1) && words.start[i]! - words.end[i - 1]! <= 6 && TERM_GAP.test(text.slice(words.end[i - 1]!, words.start[i]!))) return true;
  return isTerm(i + 1) && words.start[i + 1]! - words.end[i]! <= 6 && TERM_GAP.test(text.slice(words.end[i]!, words.start[i + 1]!));
}

/** Whether a street word follows the run within two words ("Inna Loop St.", "Árpád fejedelem útja"). */
function streetAfter(text: string, end: number, last: number, c: Context): boolean {
  const { words, keys } = c;
  // The next word capitalised and scanned: its key says it.
  if (last + 1 < words.count && words.start[last + 1]! - end <= 2 && keys[last + 1] !== undefined) return STREET_AFTER.has(keys[last + 1]!);
  // Otherwise only a lower-case word can follow ("avenue", "fejedelem útja"): read at most two.
  if (text.charCodeAt(end) !== 32 || !isLowerStart(text.charCodeAt(end + 1))) return false;
  STREET_GAP.lastIndex = end;
  const m = STREET_GAP.exec(text);
  return m !== null && (STREET_AFTER.has(m[1]!) || (m[2] !== undefined && STREET_AFTER.has(m[2])));
}

const isLowerStart = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const STREET_GAP = / (\p{Ll}{1,20})(?: (\p{Ll}{1,12}))?/uy;

/** Single-word spans of a word the text elsewhere shows to be a term or an organisation, unless cued. */
export function dropTerms(c: Context): void {
  const { text, words, spans, terms } = c;
  let kept = 0;
  for (const s of spans) {
    const word = text.slice(s.start, s.end).toLowerCase();
    if (terms.has(word)) {
      const i = wordAt(words, s.start);
      if (i < 0 || cueAround(c, i, i, false) === NO_CUE) continue;
    }
    spans[kept++] = s;
  }
  spans.length = kept;
}

/** The index of the scanned word starting at `start`, or -1 (binary search: starts ascend). */
function wordAt(words: Words, start: number): number {
  let lo = 0;
  let hi = words.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = words.start[mid]!;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

