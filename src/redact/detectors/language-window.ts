// The language of each sentence of a text, for the person detector: in a sentence of another
// language, capitalised words are nouns and sentence starts more often than names. Each sentence is
// judged once, from at most SEGMENT_CHARS either side of a word, so reading it stays linear.
import { ENGLISH_FUNCTION_WORDS, OTHER_FUNCTION_WORDS } from './language-words.js';

// The language of the text around a word: the sentence or line it stands in (at most this many
// characters either side), judged by its function words. Judged once per sentence.
const SEGMENT_CHARS = 120;
const GRID = 64;
const WORD = /[\p{L}\p{M}'’]+/gu;
const NON_LATIN = /[\u0370-\u1fff\u2e80-\uffff]/gu;
const ACCENTED = /[\u00c0-\u024f]/;

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

function language(segment: string): number {
  let latin = 0;
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x250)) latin++;
  }
  NON_LATIN.lastIndex = 0;
  if ((segment.match(NON_LATIN)?.length ?? 0) > latin) return FOREIGN;
  let english = 0;
  let other = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(segment); m !== null; m = WORD.exec(segment)) {
    const w = m[0].toLowerCase().replace(/’/g, "'");
    if (ENGLISH_FUNCTION_WORDS.has(w)) english++;
    else if (OTHER_FUNCTION_WORDS.has(w)) other++;
    // A lower-case word with letters English does not use ("kalite", "satır", "mümkünse");
    // capitalised ones are left out: names carry such letters in English text too.
    else if (m[0] === w && ACCENTED.test(w)) other++;
  }
  if (other >= 2 && other > english) return FOREIGN;
  return english > 0 && english >= other ? ENGLISH : UNDECIDED;
}
