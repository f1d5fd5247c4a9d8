// Person names, without a model download: runs of capitalised words (from the shared word scan,
// words.ts) judged by a gazetteer of given names and surnames, a list of common English words, a
// letter-trigram score for words in neither list, and the words around them (titles, greetings,
// "my name is", "says", speaker labels, lists and pairs of names). A name found once is found
// again wherever it recurs in the text. Lines written without capitals get the same treatment
// from their lower-case words (person-lowercase.ts). Every step reads each word a bounded number
// of times and every context check a bounded window, so the detector is linear.
import { defaultGazetteer, type Gazetteer } from '../gazetteer.js';
import type { Detector, Span } from '../types.js';
import { CAP, INITIAL, scanWords, type Words } from '../words.js';
import { AMBIGUOUS, classify, COMMON, FUNCTION, INITIAL_LETTER, isCuratedName, NAME, NAME_LIKE, UNKNOWN } from './name-classes.js';
import { afterNumber, afterOptionMarker, HEAD_NOUNS, headNounAfter, LanguageWindow, optionLabel, phraseAt, PLACE_PREFIXES, speciesAfter, STREET_AFTER, TERM_BEFORE } from './person-context.js';
import { CUES_BEFORE, FIELD_LABELS, FUNCTION_WORDS, PARTICLES, PHRASE_BEFORE, PHRASE_ENDS, SPEECH_AFTER, STRONG_CUES_BEFORE, TITLES } from './person-lexicon.js';
import { OTHER_FUNCTION_WORDS } from './language-words.js';
import { lowerCaseNames } from './person-lowercase.js';

const MAX_RUN = 6;
const CONTEXT_CHARS = 24;

function isGap(c: number): boolean {
  return c === 32 || c === 44 || c === 58 || c === 59 || c === 10 || c === 9 || c === 13;
}

function isLetter(c: number): boolean {
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

/** A capitalised word inside code: `Promise.all`, `_Foo`, `@Component`, `React.useState`. */
function glued(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  if (before === 46 || before === 95 || before === 47 || before === 64 || before === 35 || before === 36 || before === 92 || before === 60 || before === 123 || before === 91 || (before >= 48 && before <= 57)) return true;
  const after = text.charCodeAt(end);
  // Calls, generics, statements and members: Foo(, Foo<T>, Foo;, Foo[, Foo=, Foo/; ions: Li+.
  if (after === 95 || after === 40 || after === 64 || after === 61 || after === 47 || after === 60 || after === 59 || after === 91 || after === 123 || after === 43) return true;
  // A path: Vec::new, std::io.
  if (after === 58 && text.charCodeAt(end + 1) === 58) return true;
  // A dot is a sentence end unless a letter follows it.
  return after === 46 && end + 1 < text.length && isLetter(text.charCodeAt(end + 1));
}

/** Whether the text between two words lets them form one name. */
function joins(text: string, words: Words, keys: string[], a: number, b: number): boolean {
  if (words.possessive[a]) return false;
  const from = words.end[a]!;
  const to = words.start[b]!;
  if (to - from === 1) return text.charCodeAt(from) === 32;
  // "P. Hertzog", and a title's dot: "Mrs. Baker".
  if (words.shape[a] === INITIAL || TITLES.has(keys[a] ?? '')) return to - from === 2 && text.charCodeAt(from) === 46 && text.charCodeAt(from + 1) === 32;
  if (to - from > 12 || text.charCodeAt(from) !== 32 || text.charCodeAt(to - 1) !== 32) return false;
  // "van", "van de", "de la": lower-case particles between the parts of one name.
  for (const particle of text.slice(from + 1, to - 1).split(' ')) if (!PARTICLES.has(particle)) return false;
  return true;
}

interface Context {
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

// First letters of the verbs SPEECH_AFTER knows: the pattern is tried only after one of them.
const SPEECH_INITIALS = new Set('satwrenlASTWRENL'.split('').map((ch) => ch.charCodeAt(0)));

/** No cue. */
const NO_CUE = 0;
/** A word before or a verb after that often comes with a name ("by", "thanks", "says"). */
const WEAK_CUE = 1;
/** A title, an introduction or a speaker label ("Mrs.", "my name is", "Anna:"). */
const STRONG_CUE = 2;

/** How strongly the words around the run say it is a person. */
function cueAround(c: Context, firstWord: number, lastWord: number, titled: boolean): number {
  if (titled) return STRONG_CUE;
  const { text, words } = c;
  const start = words.start[firstWord]!;
  const end = words.end[lastWord]!;
  const prev = previousWord(text, start);
  if (prev.length > 1 && (TITLES.has(prev) || STRONG_CUES_BEFORE.has(prev))) return STRONG_CUE;
  if (PHRASE_ENDS.has(prev) && PHRASE_BEFORE.test(text.slice(Math.max(0, start - CONTEXT_CHARS), start))) return STRONG_CUE;
  const next = text.charCodeAt(end);
  // A speaker label: the name alone at the start of a line, then a colon (not "Name:" or "Date:",
  // nor a label made of English words only, such as "Door:" or "Sleep Quality:").
  if (next === 58 && !FIELD_LABELS.has(c.keys[firstWord]!) && mayBeName(c, firstWord, lastWord)) {
    let i = start;
    while (i > 0 && start - i < 8 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 62 || text.charCodeAt(i - 1) === 45)) i--;
    if (i === 0 || text.charCodeAt(i - 1) === 10) return STRONG_CUE;
  }
  // "the said King": "said" as an adjective of legal prose, no verb of speech.
  if (prev.length > 1 && CUES_BEFORE.has(prev) && !(prev === 'said' && SAID_ADJECTIVE.test(text.slice(Math.max(0, start - 16), start)))) return WEAK_CUE;
  if (next === 32 || next === 44) {
    const verbAt = next === 44 ? end + 2 : end + 1;
    if (SPEECH_INITIALS.has(text.charCodeAt(verbAt)) && SPEECH_AFTER.test(text.slice(end, end + 16))) return WEAK_CUE;
  }
  return NO_CUE;
}

const SAID_ADJECTIVE = /(?:the|such|aforesaid|of) said\s{1,3}$/i;

/** Judge the run of capitalised words from `first` to `last` (inclusive). */
function judge(c: Context, first: number, last: number): void {
  const { classes, keys } = c;
  blockPhrases(c, first, last);
  let titled = false;
  // Leading titles, greetings and common words are context ("Dr Ruiz", "Dear Anna", "Producer X").
  while (first <= last) {
    const cue = TITLES.has(keys[first]!) || CUES_BEFORE.has(keys[first]!);
    if (!cue && classes[first]! > COMMON) break;
    if (cue) titled = true;
    first++;
  }
  while (last >= first && (classes[last]! <= COMMON || classes[last] === INITIAL_LETTER)) last--;
  // Split at inner common or function words: "Anna Bridge Smith" is judged as two runs.
  let from = first;
  for (let i = first; i <= last + 1; i++) {
    if (i <= last && classes[i]! > COMMON) continue;
    if (i > from) decide(c, from, i - 1, titled && from === first);
    from = i + 1;
  }
}

/** Words of the run that belong to a non-person phrase ("Costa Rica", "Claude Code") count as common. */
function blockPhrases(c: Context, first: number, last: number): void {
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
function notAPerson(c: Context, first: number, last: number): boolean {
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
  if (last > first && HEAD_NOUNS.has(keys[last]!) && !gaz.surnames.has(keys[last]!)) return true;
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
    if (gaz.givenNames.has(key) && !OTHER_FUNCTION_WORDS.has(key)) return false;
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

/** Whether some word of the run could be a name on its own: a listed or name-like word, or a curated name. */
function mayBeName(c: Context, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (c.classes[i]! >= UNKNOWN && c.classes[i] !== INITIAL_LETTER) return true;
  return curatedIn(c, first, last);
}

function givenIn(c: Context, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (c.gaz.givenNames.has(c.keys[i]!)) return true;
  return false;
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

function curatedIn(c: Context, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (c.classes[i] !== INITIAL_LETTER && isCuratedName(c.keys[i]!, c.gaz)) return true;
  return false;
}

function decide(c: Context, first: number, last: number, titled: boolean): void {
  let names = 0;
  let ambiguous = 0;
  let unknown = 0;
  let initials = 0;
  for (let i = first; i <= last; i++) {
    const k = c.classes[i]!;
    if (k === NAME || k === NAME_LIKE) names++;
    else if (k === AMBIGUOUS) ambiguous++;
    else if (k === UNKNOWN) unknown++;
    else if (k === INITIAL_LETTER) initials++;
  }
  // The words around are read only when the run alone does not decide (most runs are plain names).
  let cue = -1;
  let accept = names > 0 || (unknown > 0 && unknown + ambiguous + initials >= 2) || (initials > 0 && ambiguous > 0);
  if (!accept) {
    cue = cueAround(c, first, last, titled);
    // English words that the big name list also holds ("Shipper", "Parent") need a curated name
    // or a strong cue; a weak one ("by Shipper") is not enough.
    accept = cue === STRONG_CUE || (cue === WEAK_CUE && (names + unknown > 0 || curatedIn(c, first, last)));
  }
  if (!accept) {
    c.rejected.push(first, last);
    return;
  }
  // A run the words around show to be a place or a term is no candidate for a list of names either.
  if (notAPerson(c, first, last) && (cue < 0 ? cueAround(c, first, last, titled) : cue) !== STRONG_CUE) return;
  c.spans.push({ start: c.words.start[first]!, end: c.words.end[last]!, type: 'PERSON' });
}

const LIST_GAP = /^(?:, ?| and | or | & |, and |, or )$/;
const AND_AFTER = /^,? (?:and|or|&) /;

function sentenceStart(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 34 || text.charCodeAt(i - 1) === 39)) i--;
  const c = i > 0 ? text.charCodeAt(i - 1) : 10;
  return c === 10 || c === 46 || c === 33 || c === 63;
}
const MAX_LIST_GAP = 6;

/** Names beside an accepted name in a list or pair ("Usamov and Bowers", "Anna, Jo and Li"). */
function coordinated(c: Context): void {
  const { text, words, spans, rejected } = c;
  if (rejected.length === 0 || spans.length === 0) return;
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const s of spans) {
    starts.add(s.start);
    ends.add(s.end);
  }
  const nextTo = (from: number, to: number, edges: Set<number>, edge: number) => edges.has(edge) && LIST_GAP.test(text.slice(from, to));
  const done = new Uint8Array(rejected.length / 2);
  // A forward and a backward sweep carry a list in either direction.
  for (const forward of [true, false]) {
    for (let n = 0; n < done.length; n++) {
      const r = forward ? n : done.length - 1 - n;
      if (done[r]) continue;
      const start = words.start[rejected[2 * r]!]!;
      const end = words.end[rejected[2 * r + 1]!]!;
      let near = false;
      for (let gap = 1; gap <= MAX_LIST_GAP && !near; gap++) {
        near = (start - gap >= 0 && nextTo(start - gap, start, ends, start - gap)) || nextTo(end, end + gap, starts, end + gap);
      }
      // "Later, Hertzog replied": a sentence's first word before a bare comma is no list item.
      if (!near || (sentenceStart(text, start) && !AND_AFTER.test(text.slice(end, end + 6)))) continue;
      done[r] = 1;
      spans.push({ start, end, type: 'PERSON' });
      starts.add(start);
      ends.add(end);
    }
  }
}

/** Single-word spans of a word the text elsewhere shows to be a term or an organisation, unless cued. */
function dropTerms(c: Context): void {
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

/** Every other occurrence of a word of an accepted name ("Yuri Bulgakov" … "early Bulgakov"). */
function recurring(c: Context, known: Set<string>): void {
  const { words, classes, keys } = c;
  const spans = [...c.spans].sort((a, b) => a.start - b.start);
  // An English word the big name list holds ("Check", "Code") is found again only when it is a
  // curated name ("Brown") or stood beside a name ("Brad L Key"): one doubtful finding must not
  // spread over a whole document.
  let j = 0;
  let spanOfName = -1;
  const doubtful: string[] = [];
  const flush = () => {
    if (doubtful.length === 0) return;
    if (spanOfName === j) for (const key of doubtful) known.add(key);
    doubtful.length = 0;
  };
  for (let i = 0; i < words.count && j < spans.length; i++) {
    while (j < spans.length && spans[j]!.end <= words.start[i]!) {
      flush();
      j++;
    }
    const s = spans[j];
    if (!s || words.start[i]! < s.start) continue;
    const k = classes[i]!;
    if (k === NAME || k === NAME_LIKE) spanOfName = j;
    if (c.terms.size > 0 && c.terms.has(keys[i]!)) continue;
    if (k > AMBIGUOUS && k !== INITIAL_LETTER) known.add(keys[i]!);
    else if (k === AMBIGUOUS) {
      if (isCuratedName(keys[i]!, c.gaz)) known.add(keys[i]!);
      else doubtful.push(keys[i]!);
    }
  }
  flush();
  if (known.size === 0) return;
  j = 0;
  for (let i = 0; i < words.count; i++) {
    const key = keys[i];
    if (key === undefined || !known.has(key)) continue;
    while (j < spans.length && spans[j]!.end <= words.start[i]!) j++;
    const s = spans[j];
    if (!(s && words.start[i]! >= s.start)) c.spans.push({ start: words.start[i]!, end: words.end[i]!, type: 'PERSON' });
  }
}

const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

export function findPersons(text: string, gaz: Gazetteer): Span[] {
  const words = scanWords(text);
  const classes = new Int8Array(words.count).fill(-1);
  const keys: string[] = new Array<string>(words.count);
  const language = new LanguageWindow(text);
  const c: Context = { text, gaz, words, classes, keys, spans: [], rejected: [], language, terms: new Set() };
  const cache = text.length > 4096 ? new Map<string, number>() : undefined;
  let runStart = -1;
  let prev = -1;
  for (let i = 0; i < words.count; i++) {
    const shape = words.shape[i]!;
    const start = words.start[i]!;
    // A capital second letter is a formula or a unit ("HBr", "MHz"), an option label no initial.
    const candidate =
      (shape === CAP ? !isUpper(text.charCodeAt(start + 1)) : shape === INITIAL && !optionLabel(text, start)) && !glued(text, start, words.end[i]!);
    if (!candidate) continue;
    let key = text.slice(words.start[i]!, words.end[i]!).toLowerCase();
    if (key.includes('’')) key = key.replace(/’/g, "'");
    keys[i] = key;
    let k = shape === INITIAL ? (FUNCTION_WORDS.has(key) ? FUNCTION : INITIAL_LETTER) : cache?.get(key);
    if (k === undefined) {
      k = classify(key, gaz);
      cache?.set(key, k);
    }
    classes[i] = k;
    if (runStart >= 0 && (prev !== i - 1 || i - runStart >= MAX_RUN || !joins(text, words, keys, prev, i))) {
      judge(c, runStart, prev);
      runStart = -1;
    }
    if (runStart < 0) runStart = i;
    prev = i;
  }
  if (runStart >= 0) judge(c, runStart, prev);
  if (c.terms.size > 0) dropTerms(c);
  coordinated(c);
  const known = new Set<string>();
  if (c.spans.length > 0) recurring(c, known);
  lowerCaseNames(text, words, gaz, known, c.spans, language);
  return c.spans;
}

export function createPersonDetector(gazetteer?: Gazetteer): Detector {
  return {
    name: 'person',
    find: (text) => findPersons(text, gazetteer ?? defaultGazetteer()),
  };
}

export const personDetector = createPersonDetector();
