// Names written without capitals. In a line with no capitalised word ("eva kleist lives at …",
// "they had 6: silvana, adam, …") capitals say nothing, so each lower-case word is judged by the
// gazetteer alone: a name that is no English word is taken, a run of such words with the words
// joined to it too, and any word after an introduction ("call me", "my name is", "dear", "mr.").
// Lines that look like code are skipped. In capitalised text, only explicit introductions count.
import type { Gazetteer } from '../gazetteer.js';
import type { Span } from '../types.js';
import type { Words } from '../words.js';
import { AMBIGUOUS, classify, COMMON, FUNCTION, NAME, NAME_LIKE, UNKNOWN } from './name-classes.js';
import type { LanguageWindow } from './language-window.js';
import { CUES_BEFORE, FIELD_LABELS, FUNCTION_WORDS, PARTICLES, TITLES } from './person-lexicon.js';

// Characters that code has and prose rarely does.
const CODE = /[{}=<>;[\]_`\\|$]/;
// Two letters or more: single letters ("a", "i") are never names, and skipping them natively
// keeps long runs of them cheap.
const LOWER_WORD = /[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{M}'’-]{1,40}/gu;
const MAX_CHARS_PER_SPACE = 16;

function leadingSpace(line: string): number {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 62)) i++;
  return i;
}

function spaces(line: string): number {
  let n = 0;
  for (let i = line.indexOf(' '); i !== -1; i = line.indexOf(' ', i + 1)) n++;
  return n;
}
// Phrases after which any word is a name, even a common one ("my name is will").
const INTRODUCTION = /(?:name is|name's|names? ?:|call me|named|called|dear)\s{1,3}$/;
// Weaker: "i'm" is followed by names and by everything else ("i'm tired").
const WEAK_INTRODUCTION = /(?:i'm|i am)\s{1,3}$/;
// In capitalised text: an introduction followed by a name written lower case ("My name is pamela").
// Tried only in texts that say "name" or "call me" at all.
const EXPLICIT = /(?:[Mm]y name is|[Nn]ame\s?:|[Cc]all me|I'm|I am|[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear) {1,3}(\p{Ll}[\p{Ll}\p{M}'’-]{1,30})(?: (\p{Ll}[\p{Ll}\p{M}'’-]{1,30}))?/gu;
const EXPLICIT_HINT = /name|call me|I'm|I am|[Hh]i |[Hh]ello|[Hh]ey|[Dd]ear/;

interface Token {
  start: number;
  end: number;
  key: string;
  cls: number;
  /** After a greeting, title or kin word ("dear", "mr.", "my son"). */
  cue: boolean;
  /** After an introduction ("my name is", "call me") or a title: any word is a name. */
  strongCue: boolean;
}

// A middle initial between two words ("codey m ross", "eric g. samoylova").
const INITIAL_GAP = /^ \p{Ll}\.? $/u;

/** 0: not joined; 1: joined; 2: joined across a middle initial (itself evidence of a name). */
function joined(text: string, a: Token, b: Token): number {
  if (b.start - a.end === 1) return text.charCodeAt(a.end) === 32 ? 1 : 0;
  const gap = text.slice(a.end, b.start);
  if (INITIAL_GAP.test(gap)) return 2;
  return gap.length <= 12 && gap.startsWith(' ') && gap.endsWith(' ') && gap.trim().split(' ').every((p) => PARTICLES.has(p)) ? 1 : 0;
}

interface Run {
  start: number;
  end: number;
  keys: string[];
  words: number;
  /** Words that are a listed name and no English word. */
  names: number;
  evidence: boolean;
}

const LIST_GAP = /^(?:, ?| and | or | & |, and |, or )$/;
const PLACE_BEFORE_LOWER = /(?:^|\s)(?:in|at|near|to)\s$/;

/**
 * One pass over the words of a line collects runs: a word that can start a name (a listed name, a
 * known name, or any word after an introduction) with the unlisted words joined to it ("eva
 * kleist"). A run is a name with evidence: two words or more, a cue, a name already found, or a
 * list of names around it ("silvana, adam, christopher and caleb"). A lone listed word is not
 * enough: the name list also holds words such as "iban" and "english".
 */
function namesInLine(text: string, from: number, to: number, gaz: Gazetteer, known: Set<string>, cache: Map<string, number>, spans: Span[], language: LanguageWindow): void {
  const line = text.slice(from, to);
  // Prose has a space every few characters; code, data and noise do not. A line in another
  // language is not read: its words are judged by English and name lists.
  if (CODE.test(line) || spaces(line) * MAX_CHARS_PER_SPACE < line.length || language.foreignAt(from + leadingSpace(line))) return;
  const runs: Run[] = [];
  let run: Run | undefined;
  let prev: Token | undefined;
  LOWER_WORD.lastIndex = 0;
  for (let m = LOWER_WORD.exec(line); m !== null; m = LOWER_WORD.exec(line)) {
    let key = m[0].replace(/[-'’]+$/, '');
    if (key.endsWith("'s") || key.endsWith('’s')) key = key.slice(0, -2);
    let cls = cache.get(key);
    if (cls === undefined) {
      cls = classify(key, gaz);
      cache.set(key, cls);
    }
    const start = from + m.index;
    const t: Token = { start, end: start + key.length, key, cls, cue: false, strongCue: false };
    if (cls !== FUNCTION && prev) {
      const gap = start - prev.end;
      t.strongCue = (TITLES.has(prev.key) && (gap === 1 || (gap === 2 && text.charCodeAt(prev.end) === 46))) || INTRODUCTION.test(line.slice(Math.max(0, m.index - 16), m.index));
      // A cue word counts right before the name ("dear anna", "my son, tom"), not across brackets.
      const near = gap === 1 || (gap === 2 && text.charCodeAt(prev.end) === 44);
      t.cue = t.strongCue || (near && CUES_BEFORE.has(prev.key)) || WEAK_INTRODUCTION.test(line.slice(Math.max(0, m.index - 8), m.index));
    }
    const isKnown = known.has(key);
    const can = cls !== FUNCTION && (cls === NAME || isKnown || t.strongCue || (t.cue && cls !== COMMON && cls !== AMBIGUOUS));
    const canJoin = cls === UNKNOWN || cls === NAME_LIKE || cls === NAME;
    const join = prev ? joined(text, prev, t) : 0;
    if (run && join && (can || canJoin)) {
      run.end = t.end;
      run.words++;
      if (join === 2) run.evidence = true;
    } else {
      run = undefined;
      if (can) {
        run = { start: t.start, end: t.end, keys: [], words: 1, names: 0, evidence: false };
        // An unlisted word just before a listed name belongs to it ("mazzi leone").
        if (prev && cls === NAME && (prev.cls === UNKNOWN || prev.cls === NAME_LIKE) && !prev.cue && join) {
          run.start = prev.start;
          run.words++;
          run.keys.push(prev.key);
          if (join === 2) run.evidence = true;
        }
        runs.push(run);
      }
    }
    if (run) {
      if (cls >= AMBIGUOUS) run.keys.push(key);
      if (cls === NAME) run.names++;
      if (t.cue || isKnown) run.evidence = true;
      // A speaker label: a name alone at the start of a line, then a colon ("mika: …").
      if (line.charCodeAt(m.index + m[0].length) === 58 && run.start === from + leadingSpace(line) && !FIELD_LABELS.has(key)) run.evidence = true;
    }
    prev = t;
  }
  for (let r = 0; r < runs.length; r++) {
    const x = runs[r]!;
    // "fishing in roanoke va", "where is it near puerto galera": a place, unless a cue said name.
    if (!x.evidence && PLACE_BEFORE_LOWER.test(text.slice(Math.max(from, x.start - 7), x.start))) continue;
    const listed = (y: Run | undefined, a: number, b: number) => y !== undefined && y.names > 0 && b - a <= 6 && LIST_GAP.test(text.slice(a, b));
    const inList = x.names > 0 && (listed(runs[r - 1], runs[r - 1]?.end ?? 0, x.start) || listed(runs[r + 1], x.end, runs[r + 1]?.start ?? 0));
    if (!(x.evidence || inList || (x.words >= 2 && x.names > 0))) continue;
    spans.push({ start: x.start, end: x.end, type: 'PERSON' });
    for (const key of x.keys) known.add(key);
  }
}

export function lowerCaseNames(text: string, words: Words, gaz: Gazetteer, known: Set<string>, spans: Span[], language: LanguageWindow): void {
  const lines = words.uncasedLines;
  const cache = new Map<string, number>();
  for (let l = 0; l < lines.length; l += 2) namesInLine(text, lines[l]!, lines[l + 1]!, gaz, known, cache, spans, language);
  if ((lines.length > 0 && lines[0] === 0 && lines[1] === text.length) || !EXPLICIT_HINT.test(text)) return;
  EXPLICIT.lastIndex = 0;
  for (let m = EXPLICIT.exec(text); m !== null; m = EXPLICIT.exec(text)) {
    const firstWord = m[1]!;
    const explicit = /name|call me/i.test(m[0]);
    const key = firstWord.toLowerCase();
    if (!gaz.names.has(key) || FUNCTION_WORDS.has(key) || (!explicit && gaz.commonWords.has(key))) continue;
    const second = m[2];
    const start = m.index + m[0].length - firstWord.length - (second ? second.length + 1 : 0);
    let end = start + firstWord.length;
    if (second && gaz.names.has(second) && !gaz.commonWords.has(second)) end = m.index + m[0].length;
    spans.push({ start, end, type: 'PERSON' });
  }
}
