// Person names, without a model download: runs of capitalised words (from the shared word scan,
// words.ts) judged by a gazetteer of given names and surnames, lists of English words and of proper
// nouns that are no person, a letter-trigram score for words in no list, and the words around them:
// for a name (person-cues.ts: titles, greetings, "my name is", "says", speaker labels; lists and
// pairs of names) and against one (person-against.ts: places, terms, options, other languages). A
// name found once is found again wherever it recurs in the text. Lines written without capitals
// get the same treatment from their lower-case words (person-lowercase.ts). Every step reads each
// word a bounded number of times and every context check a bounded window, so the detector is linear.
import { defaultGazetteer, type Gazetteer } from '../gazetteer.js';
import type { Detector, Span } from '../types.js';
import { CAP, INITIAL, scanWords, type Words } from '../words.js';
import { AMBIGUOUS, classify, COMMON, FUNCTION, INITIAL_LETTER, isCuratedName, NAME, NAME_LIKE, UNKNOWN } from './name-classes.js';
import { blockPhrases, dropTerms, notAPerson } from './person-against.js';
import { LanguageWindow } from './language-window.js';
import { optionLabel } from './person-context.js';
import { cueAround, STRONG_CUE, WEAK_CUE } from './person-cues.js';
import { CUES_BEFORE, FUNCTION_WORDS, PARTICLES, TITLES } from './person-lexicon.js';
import { lowerCaseNames } from './person-lowercase.js';
import { curatedIn, isLetter, type Context } from './person-run.js';

const MAX_RUN = 6;
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
