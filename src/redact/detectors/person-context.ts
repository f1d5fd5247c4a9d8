// What the words around a capitalised run say against it being a person: a non-person phrase it
// belongs to ("Costa Rica", "Krebs cycle"), a noun after it that makes it a law, a disease or a
// place ("Doppler shift", "Barr body", "Hoover Dam"), a preposition of place before a word that
// names a place, an answer-option label ("B. Quicksort"), or text that is not English around it
// (language-window.ts: German capitalises every noun). Each check reads a bounded window, so the
// person detector stays linear.
import type { Gazetteer } from '../gazetteer.js';

const words = (list: string) => new Set(list.trim().split(/\s+/));

/**
 * Nouns after a name that make it part of a term, an organisation or a place rather than a person
 * ("Krebs cycle", "Hooke's law", "Hoover Dam", "Prime Corp"). No plural that is also a verb after a
 * name ("Anna states", "Ivan points out", "Jo signs").
 */
export const HEAD_NOUNS = words(`
  cycle law laws effect body bodies shift circuit circuits kernel kernels distribution
  distributions theorem theorems equation equations principle constant constants syndrome disease
  diseases virus structure structures radius interferometer apparatus transform series
  method algorithm algorithms sort paradox hypothesis conjecture lemma inequality integral integrals
  operator operators matrix matrices polynomial polynomials criterion diagram notation coefficient
  coefficients gaps gap limit ratio index scale test reaction reagent rule
  razor triangle curve number numbers sarcoma lymphoma disorder reflex sign cells cell
  duct ducts gland glands tube tubes bridge oscillator filter code distance
  entropy equilibrium efficiency coefficient machine machines problem process spectroscopy
  scattering model space spaces field bundle conditions condition function
  variable variables prize prizes award laureate laureates medal lecture
  company companies corp corporation inc incorporated ltd llc plc gmbh ag co group holdings
  employees staff products policy policies stock stockholders shareholders subsidiaries
  subsidiary affiliates customers suppliers vendors headquarters brand brands platform
  sdk api apis app apps software framework library plugin engine server cli dashboard package
  module modules
  documentation docs website
  laboratories labs partnership foundation institute institution university college
  school academy hospital clinic bank airlines airways motors industries enterprises studios
  pharmaceuticals network networks agency party river rivers lake lakes sea ocean mountains
  mountain mount dam trench island islands bay valley desert canyon peninsula gulf strait county
  province district city state park tower palace castle cathedral church temple square
  station airport harbour harbor basin plateau glacier reef volcano forest coast
  agreement treaty accords covenant doctrine act trials trial empire dynasty kingdom republic
  revolution war wars era period age generator sound rights approximant approximation
  pagoda phenomenon spectrum classifier division dialect incident scandal
  knights trademark trademarks patents warnings approach substitution
  engineer engineers developer developers architect designer analyst specialist consultant
  administrator programmer manager director officer intern
`);

/**
 * Street words after a run: a street named after a person ("Inna Loop St.", "Árpád út") stays a
 * name, so that an address the address detector misses is still broken up.
 */
export const STREET_AFTER = words(`
  st street str rd road ave avenue blvd boulevard ln lane dr drive way ct court pl place sq loop
  út utca útja ulica ul straße strasse gasse weg allee rue via viale calle avenida rua vej gade
`);

/** Of those, the ones a possessive takes before them ("Hooke's law"; not "Kevin's number"). */
export const POSSESSIVE_HEADS = words(`
  cycle law laws effect principle constant syndrome disease theorem equation equations paradox
  hypothesis conjecture lemma inequality razor triangle rule rules sarcoma disorder reflex sign
  algorithm method criterion formula theory products employees policy policies code board shares
  stock subsidiaries customers suppliers headquarters website brand tenets mission operations
  platform api app software
`);

// A company suffix after a comma ("Aethercomm, Inc.", "Jintan Co., Ltd."), tried where the run ends.
const COMPANY_AFTER = /,? (?:Inc|LLC|Ltd|PLC|Corp|Co|GmbH|AG|S\.A|SA|N\.V|B\.V|LLP|LP|Pty|K\.K)\b/y;

/**
 * Words before a word that names a place or a thing as well as a person that make it the place or
 * the thing ("in Paris", "from Virginia", "the Christian nobility").
 */
export const TERM_BEFORE = words(`
  in at from near across throughout within into outside inside around toward towards via to of
  visit visited visiting versus vs than the a an this that these those every each our their its
`);

/** Words before a name that make it a place or a named thing ("Lake Mead", "Mount Rainier"). */
export const PLACE_PREFIXES = words(`
  lake mount mt fort port cape gulf isle river bay sea university college institute planet asteroid
  comet galaxy hurricane storm typhoon cyclone operation project
`);

/** Whether a number ends right before `start` (one space between): "10.1 Gauss", "160 Mpc". */
export function afterNumber(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 2);
  return text.charCodeAt(start - 1) === 32 && c >= 48 && c <= 57;
}

// A species epithet: a lower-case Latin word after a genus ("pertussis", "coli", "aureus").
const EPITHET = /^ ([a-z]{3,20}(?:us|um|ae|ii|is|i|a|es|ensis|oides))\b/;

/** Whether a Latin species epithet follows `end`, so the word before it is a genus. */
export function speciesAfter(text: string, end: number, gaz: Gazetteer): boolean {
  const m = EPITHET.exec(text.slice(end, end + 24));
  return m !== null && !gaz.commonWords.has(m[1]!);
}

const MAX_PHRASE_CHARS = 64;

const isLetterCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
const isWordCode = (c: number) => isLetterCode(c) || c === 39 || c === 0x2019 || c === 45;

/** The word starting at `from` (lower case, a trailing possessive dropped) and where it ends. */
function wordAt(text: string, from: number): { word: string; end: number } {
  let i = from;
  while (i < text.length && i - from < 32 && isWordCode(text.charCodeAt(i))) i++;
  let end = i;
  // A trailing apostrophe or hyphen is punctuation ("Gauss' law").
  while (end > from && !isLetterCode(text.charCodeAt(end - 1))) end--;
  let word = text.slice(from, end).toLowerCase();
  if (word.includes('’')) word = word.replace(/’/g, "'");
  if (word.endsWith("'s")) word = word.slice(0, -2);
  return { word, end: i };
}

/** The position of the next word after `pos` (past spaces, one possessive and a dot), or -1. */
function nextWordStart(text: string, pos: number): number {
  let i = pos;
  let c = text.charCodeAt(i);
  if ((c === 39 || c === 0x2019) && text.charCodeAt(i + 1) === 115) i += 2;
  else if (c === 39 || c === 0x2019) i++;
  const from = i;
  for (c = text.charCodeAt(i); i - from < 3 && (c === 32 || c === 46 || c === 38); c = text.charCodeAt(++i));
  return i > from && i < text.length && isLetterCode(text.charCodeAt(i)) ? i : -1;
}

/** Whether a non-person phrase of the gazetteer starts at `start` (the word there is `key`). */
export function phraseAt(gaz: Gazetteer, text: string, start: number, key: string): number {
  const phrases = gaz.nonPersonPhrases.get(key);
  if (!phrases) return -1;
  const firstEnd = wordAt(text, start).end;
  let best = -1;
  for (const rest of phrases) {
    let pos = firstEnd;
    let ok = true;
    for (const want of rest) {
      const next = want === '&' ? nextAmpersand(text, pos) : nextWordStart(text, pos);
      if (next < 0 || next - start > MAX_PHRASE_CHARS) {
        ok = false;
        break;
      }
      if (want === '&') {
        pos = next;
        continue;
      }
      const w = wordAt(text, next);
      if (w.word !== want) {
        ok = false;
        break;
      }
      pos = w.end;
    }
    if (ok) best = Math.max(best, pos);
  }
  return best;
}

function nextAmpersand(text: string, pos: number): number {
  let i = pos;
  while (text[i] === ' ') i++;
  return text[i] === '&' ? i + 1 : -1;
}

/**
 * Whether a noun that makes the run a term or a place follows it ("Doppler shift", "Hooke's law",
 * "Aethercomm, Inc.").
 */
export function headNounAfter(text: string, end: number, possessive: boolean, nextKey?: string): boolean {
  // The next word, when the caller has it already ("Mississippi River": "river").
  if (nextKey !== undefined && !possessive) return HEAD_NOUNS.has(nextKey);
  const c = text.charCodeAt(end);
  if (c === 44 || c === 32) {
    COMPANY_AFTER.lastIndex = end;
    if (COMPANY_AFTER.test(text)) return true;
  }
  const next = nextWordStart(text, end);
  if (next < 0) return false;
  // A possessive's 's is not part of `end` (the word scan drops it); a gap of "'s " or "’s " is.
  const { word } = wordAt(text, next);
  return possessive ? POSSESSIVE_HEADS.has(word) : HEAD_NOUNS.has(word);
}

/**
 * An answer-option label: a capital letter at the start of a line, then "." or ")" and a space, with
 * the line before or after starting with the letter before or after it ("A. Bed rest", "B. Regular
 * activity"). Only the next and previous line are read, each within a bounded distance.
 */
export function optionLabel(text: string, start: number): boolean {
  const letter = text.charCodeAt(start);
  const mark = text.charCodeAt(start + 1);
  if (!(mark === 46 || mark === 41) || text.charCodeAt(start + 2) !== 32) return false;
  let i = start;
  while (i > 0 && start - i < 6 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9 || text.charCodeAt(i - 1) === 40)) i--;
  if (i > 0 && text.charCodeAt(i - 1) !== 10) return false;
  const lineStartsWith = (from: number, want: number) => {
    let j = from;
    while (j < text.length && j - from < 6 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 40)) j++;
    return text.charCodeAt(j) === want && text.charCodeAt(j + 1) === mark;
  };
  const nl = text.indexOf('\n', start);
  if (nl >= 0 && nl - start < 400 && lineStartsWith(nl + 1, letter + 1)) return true;
  if (i >= 2) {
    const prevStart = text.lastIndexOf('\n', i - 2) + 1;
    if (i - prevStart < 400 && lineStartsWith(prevStart, letter - 1)) return true;
  }
  return false;
}

// An option label before the text: "(b) ", "b) ", "B. ", "B) ", "2. ", "12) " at a line start or
// after a space (inline options: "(a) Boron (b) Carbon").
const OPTION_MARKER = /(?:^|[\s(])(?:[a-hA-H]\)|[A-H]\.|\d{1,2}[.)]) $/;

/** Whether the option text right after a label starts at `start`. */
export function afterOptionMarker(text: string, start: number): boolean {
  return OPTION_MARKER.test(text.slice(Math.max(0, start - 6), start));
}
