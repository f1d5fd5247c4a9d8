// The language of each sentence of a text, for the person detector: in a sentence of another
// language, capitalised words are nouns and sentence starts more often than names. Each sentence is
// judged once, from at most SEGMENT_CHARS either side of a word, so reading it stays linear.
import { charClasses, DIGIT, LOWER, MARK, OTHER, UNCASED, UPPER } from '../words.js';
import { ENGLISH_FUNCTION_WORDS, OTHER_FUNCTION_WORDS } from './language-words.js';

// The language of the text around a word: the sentence or line it stands in (at most this many
// characters either side), judged by its function words. Judged once per sentence.
const SEGMENT_CHARS = 120;
const GRID = 64;

function isBoundary(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10) return true;
  const next = text.charCodeAt(i + 1);
  return (c === 46 || c === 33 || c === 63 || c === 191 || c === 161) && (next === 32 || next === 10 || Number.isNaN(next));
}

/** Whether sentences of a text are written in another language than English; lazily, once each. */
export class LanguageWindow {
  private readonly verdicts = new Map<number, number>();

  constructor(private readonly text: string) {}

  /**
   * Whether the sentence or line around `pos` is mostly not English; when it says too little
   * ("Du fängst an."), the sentences before and after it decide.
   */
  foreignAt(pos: number): boolean {
    const { text } = this;
    const start = this.sentenceStart(pos);
    const end = this.sentenceEnd(pos);
    const own = this.verdict(start, end);
    if (own !== UNDECIDED) return own === FOREIGN;
    return this.verdict(this.sentenceStart(Math.max(0, start - 1)), this.sentenceEnd(Math.min(text.length, end + 1))) === FOREIGN;
  }

  private verdict(start: number, end: number): number {
    const key = start * 4_194_304 + end;
    let verdict = this.verdicts.get(key);
    if (verdict === undefined) {
      verdict = language(this.text.slice(start, end));
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  // A sentence longer than the window is cut on a grid, so the words in it share verdicts.
  private sentenceStart(pos: number): number {
    let start = pos;
    while (start > 0 && pos - start < SEGMENT_CHARS && !isBoundary(this.text, start - 1)) start--;
    return start > 0 && !isBoundary(this.text, start - 1) ? Math.floor(start / GRID) * GRID : start;
  }

  private sentenceEnd(pos: number): number {
    const { text } = this;
    let end = pos;
    while (end < text.length && end - pos < SEGMENT_CHARS && !isBoundary(text, end)) end++;
    return end < text.length && !isBoundary(text, end) ? Math.min(text.length, Math.ceil(end / GRID) * GRID) : end;
  }
}

const ENGLISH = 0;
const FOREIGN = 1;
const UNDECIDED = 2;

// Longest word of either list, in UTF-16 units: lower-casing never shortens a word, so a longer
// one is in neither and is lower-cased only when it may carry an accent.
const MAX_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS, ...OTHER_FUNCTION_WORDS].map((w) => w.length));
const ASTRAL_LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** Whether the code point at `i` (one or two units wide) is a letter or a mark. */
function isLetterOrMarkAt(segment: string, i: number, cls: Uint8Array): boolean {
  const c = segment.charCodeAt(i);
  const k = cls[c]!;
  if (k === UPPER || k === LOWER || k === UNCASED || k === MARK) return true;
  return isHighSurrogate(c) && isLowSurrogate(segment.charCodeAt(i + 1)) && ASTRAL_LETTER_OR_MARK.test(segment.slice(i, i + 2));
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

// One pass over the segment without regexes or match arrays: the same counts as reading it with
// /[\p{L}\p{M}'’]+/gu (the words) and /[\u0370-\u1fff\u2e80-\uffff]/gu (the non-Latin letters).
function language(segment: string): number {
  const cls = charClasses();
  const len = segment.length;
  let latin = 0;
  let nonLatin = 0;
  for (let i = 0; i < len; i++) {
    const c = segment.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x250)) latin++;
    else if (isHighSurrogate(c) && isLowSurrogate(segment.charCodeAt(i + 1))) i++; // an astral code point: in neither range
    else if ((c >= 0x370 && c <= 0x1fff) || c >= 0x2e80) nonLatin++;
  }
  if (nonLatin > latin) return FOREIGN;
  let english = 0;
  let other = 0;
  let i = 0;
  while (i < len) {
    const c = segment.charCodeAt(i);
    if (!(c === 39 || c === 0x2019 || isLetterOrMarkAt(segment, i, cls))) {
      i++;
      continue;
    }
    const start = i;
    let accented = false;
    while (i < len) {
      const d = segment.charCodeAt(i);
      if (d === 39 || d === 0x2019 || (cls[d]! !== OTHER && cls[d]! !== DIGIT)) i++;
      else if (isLetterOrMarkAt(segment, i, cls)) i += 2;
      else break;
      if (d >= 0xc0 && d <= 0x24f) accented = true;
    }
    if (i - start > MAX_FUNCTION_WORD && !accented) continue;
    const raw = segment.slice(start, i);
    let w = raw.toLowerCase();
    if (w.includes('’')) w = w.replace(/’/g, "'");
    if (ENGLISH_FUNCTION_WORDS.has(w)) english++;
    else if (OTHER_FUNCTION_WORDS.has(w)) other++;
    // A lower-case word with letters English does not use ("kalite", "satır", "mümkünse");
    // capitalised ones are left out: names carry such letters in English text too.
    else if (accented && raw === w) other++;
  }
  if (other >= 2 && other > english) return FOREIGN;
  return english > 0 && english >= other ? ENGLISH : UNDECIDED;
}
