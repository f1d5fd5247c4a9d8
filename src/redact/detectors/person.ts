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
import { AMBIGUOUS, classify, COMMON, FUNCTION, INITIAL_LETTER, NAME, NAME_LIKE, UNKNOWN } from './name-classes.js';
import { CUES_BEFORE, FIELD_LABELS, FUNCTION_WORDS, PARTICLES, PHRASE_BEFORE, PHRASE_ENDS, SPEECH_AFTER, TITLES } from './person-lexicon.js';
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
  // Calls, generics, statements and members: Foo(, Foo<T>, Foo;, Foo[, Foo=, Foo/.
  if (after === 95 || after === 40 || after === 64 || after === 61 || after === 47 || after === 60 || after === 59 || after === 91 || after === 123) return true;
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
  words: Words;
  classes: Int8Array;
  keys: string[];
  spans: Span[];
  /** Runs that looked like names but lacked evidence: [first, last] word indices. */
  rejected: number[];
}

// First letters of the verbs SPEECH_AFTER knows: the pattern is tried only after one of them.
const SPEECH_INITIALS = new Set('satwrenlASTWRENL'.split('').map((ch) => ch.charCodeAt(0)));

function hasCue(c: Context, firstWord: number, lastWord: number, titled: boolean): boolean {
  if (titled) return true;
  const { text, words } = c;
  const start = words.start[firstWord]!;
  const end = words.end[lastWord]!;
  const prev = previousWord(text, start);
  if (prev.length > 1 && (TITLES.has(prev) || CUES_BEFORE.has(prev))) return true;
  if (PHRASE_ENDS.has(prev) && PHRASE_BEFORE.test(text.slice(Math.max(0, start - CONTEXT_CHARS), start))) return true;
  const next = text.charCodeAt(end);
  if (next === 32 || next === 44) {
    const verbAt = next === 44 ? end + 2 : end + 1;
    if (SPEECH_INITIALS.has(text.charCodeAt(verbAt)) && SPEECH_AFTER.test(text.slice(end, end + 16))) return true;
  }
  // A speaker label: the name alone at the start of a line, then a colon (not "Name:" or "Date:").
  if (next === 58 && !FIELD_LABELS.has(c.keys[firstWord]!)) {
    let i = start;
    while (i > 0 && start - i < 8 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 62 || text.charCodeAt(i - 1) === 45)) i--;
    if (i === 0 || text.charCodeAt(i - 1) === 10) return true;
  }
  return false;
}

/** Judge the run of capitalised words from `first` to `last` (inclusive). */
function judge(c: Context, first: number, last: number): void {
  const { classes, keys } = c;
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
  const accept =
    names > 0 ||
    (unknown > 0 && unknown + ambiguous + initials >= 2) ||
    (initials > 0 && ambiguous > 0) ||
    hasCue(c, first, last, titled);
  if (accept) c.spans.push({ start: c.words.start[first]!, end: c.words.end[last]!, type: 'PERSON' });
  else c.rejected.push(first, last);
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

/** Every other occurrence of a word of an accepted name ("Yuri Bulgakov" … "early Bulgakov"). */
function recurring(c: Context, known: Set<string>): void {
  const { words, classes, keys } = c;
  const spans = [...c.spans].sort((a, b) => a.start - b.start);
  let j = 0;
  for (let i = 0; i < words.count && j < spans.length; i++) {
    while (j < spans.length && spans[j]!.end <= words.start[i]!) j++;
    const s = spans[j];
    if (s && words.start[i]! >= s.start && classes[i]! >= AMBIGUOUS && classes[i] !== INITIAL_LETTER) known.add(keys[i]!);
  }
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

export function findPersons(text: string, gaz: Gazetteer): Span[] {
  const words = scanWords(text);
  const classes = new Int8Array(words.count).fill(-1);
  const keys: string[] = new Array<string>(words.count);
  const c: Context = { text, words, classes, keys, spans: [], rejected: [] };
  const cache = text.length > 4096 ? new Map<string, number>() : undefined;
  let runStart = -1;
  let prev = -1;
  for (let i = 0; i < words.count; i++) {
    const shape = words.shape[i]!;
    const candidate = (shape === CAP || shape === INITIAL) && !glued(text, words.start[i]!, words.end[i]!);
    if (!candidate) continue;
    const key = text.slice(words.start[i]!, words.end[i]!).toLowerCase();
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
  coordinated(c);
  const known = new Set<string>();
  if (c.spans.length > 0) recurring(c, known);
  lowerCaseNames(text, words, gaz, known, c.spans);
  return c.spans;
}

export function createPersonDetector(gazetteer?: Gazetteer): Detector {
  return {
    name: 'person',
    find: (text) => findPersons(text, gazetteer ?? defaultGazetteer()),
  };
}

export const personDetector = createPersonDetector();
