// One pass over a text that splits it into words and numbers, shared by the person and address
// detectors: each reads the same typed arrays instead of running its own regexes. Inside `redact`
// (between shareScans() and releaseScans()) the last scan is kept, keyed by the text itself, so the
// second detector on the same text pays nothing; it is dropped when `redact` returns, so no prompt
// text outlives the call. A detector called on its own scans afresh and keeps nothing.

// Character classes, looked up in a table for the Basic Multilingual Plane.
export const OTHER = 0;
export const UPPER = 1;
export const LOWER = 2;
/** A letter without case (CJK, Arabic, …). */
export const UNCASED = 3;
export const DIGIT = 4;
export const MARK = 5;

let table: Uint8Array | undefined;

/** The class of every UTF-16 code unit, built on first use (~10 ms). */
export function charClasses(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (c < 128) {
      if (c >= 65 && c <= 90) t[c] = UPPER;
      else if (c >= 97 && c <= 122) t[c] = LOWER;
      else if (c >= 48 && c <= 57) t[c] = DIGIT;
    } else if (ch.toLowerCase() !== ch && /\p{Lu}|\p{Lt}/u.test(ch)) t[c] = UPPER;
    else if (ch.toUpperCase() !== ch && /\p{Ll}/u.test(ch)) t[c] = LOWER;
    else if (/\p{L}/u.test(ch)) t[c] = /\p{Ll}/u.test(ch) ? LOWER : UNCASED;
    else if (/\p{M}/u.test(ch)) t[c] = MARK;
  }
  table = t;
  return t;
}

// Word shapes.
/** Capitalised: one capital, then lower case (Anna, O'Brien, Jean-Luc, McDonald, Ásgeirsdóttir). */
export const CAP = 1;
/** All capitals, two letters or more (ANNA, USA). */
export const CAPS = 2;
/** One capital letter (the initial in "Vanessa P. Hertzog"). */
export const INITIAL = 4;
/** Digits, perhaps with one letter after them (14, 380a). */
export const NUMBER = 5;
/** Anything else: camelCase, x86, iPhone, words of uncased letters. */
export const MIXED = 6;

export interface Words {
  /** Words that start with a capital letter or a digit; lower-case words are skipped. */
  count: number;
  start: Int32Array;
  end: Int32Array;
  shape: Uint8Array;
  /** Set when the word ended in a possessive "'s" (not part of `end`). */
  possessive: Uint8Array;
  /** [start, end) of each line that has letters but no capitalised word after a leading label. */
  uncasedLines: number[];
}

let last: { text: string; words: Words } | undefined;
let sharing = false;
let buffers: Words = {
  count: 0,
  start: new Int32Array(1024),
  end: new Int32Array(1024),
  shape: new Uint8Array(1024),
  possessive: new Uint8Array(1024),
  uncasedLines: [],
};

function grow(): void {
  const n = buffers.start.length * 2;
  const copy = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
  buffers = {
    ...buffers,
    start: copy(buffers.start, new Int32Array(n)),
    end: copy(buffers.end, new Int32Array(n)),
    shape: copy(buffers.shape, new Uint8Array(n)),
    possessive: copy(buffers.possessive, new Uint8Array(n)),
  };
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/**
 * The capitalised words and numbers of `text`, and its lines written without capitals. The
 * arrays are reused by the next scan of another text: read them before scanning again.
 */
export function scanWords(text: string): Words {
  if (sharing && last && last.text === text) return last.words;
  const cls = charClasses();
  const len = text.length;
  const uncasedLines: number[] = [];
  let n = 0;
  let i = 0;
  let lineStart = 0;
  let lineCased = false;
  let lineLetters = false;
  let lineWords = 0;
  while (i < len) {
    const c0 = text.charCodeAt(i);
    const k = cls[c0]!;
    if (k === OTHER || k === MARK) {
      if (c0 === 10) {
        if (lineLetters && !lineCased) uncasedLines.push(lineStart, i);
        lineStart = i + 1;
        lineCased = lineLetters = false;
        lineWords = 0;
      }
      i++;
      continue;
    }
    const start = i;
    lineWords++;
    if (k === LOWER || k === UNCASED) {
      // Lower-case words are only skipped over, which is most of the text.
      lineLetters = true;
      i++;
      while (i < len) {
        const kk = cls[text.charCodeAt(i)]!;
        if (kk !== OTHER) i++;
        else if ((isApostrophe(text.charCodeAt(i)) || text.charCodeAt(i) === 45) && i + 1 < len && (cls[text.charCodeAt(i + 1)]! === LOWER || cls[text.charCodeAt(i + 1)]! === UNCASED)) i += 2;
        else break;
      }
      continue;
    }
    let uppers = k === UPPER ? 1 : 0;
    let lowers = 0;
    let digits = k === DIGIT ? 1 : 0;
    let others = 0;
    let innerUpper = false; // a capital after a lower-case letter (camelCase), not after a hyphen or apostrophe
    i++;
    while (i < len) {
      const c = text.charCodeAt(i);
      const kk = cls[c]!;
      if (kk === OTHER) {
        // An apostrophe or hyphen between two letters stays inside the word (O'Brien, Jean-Luc).
        if ((isApostrophe(c) || c === 45) && i + 1 < len && digits === 0) {
          const next = cls[text.charCodeAt(i + 1)]!;
          if (next === UPPER || next === LOWER || next === UNCASED) {
            i += 2;
            if (next === UPPER) uppers++;
            else if (next === LOWER) lowers++;
            else others++;
            continue;
          }
        }
        break;
      }
      if (kk === UPPER) {
        uppers++;
        // McDonald and MacLeod are names; other inner capitals make camelCase.
        if (lowers > 0 && !((i - start === 2 || i - start === 3) && text.charCodeAt(start) === 77 && text.charCodeAt(i - 1) === 99)) innerUpper = true;
      } else if (kk === LOWER) lowers++;
      else if (kk === DIGIT) digits++;
      else if (kk === UNCASED) others++;
      i++;
    }
    let end = i;
    let possessive = 0;
    // "Anna's": the word is Anna, possessive.
    if (end - start > 3 && text.charCodeAt(end - 1) === 115 && isApostrophe(text.charCodeAt(end - 2))) {
      end -= 2;
      possessive = 1;
      lowers--;
    }
    let shape: number;
    const letters = uppers + lowers + others;
    if (digits > 0) shape = letters === 0 || (letters === 1 && end - start === digits + 1 && cls[text.charCodeAt(end - 1)] !== DIGIT) ? NUMBER : MIXED;
    else if (others > 0) shape = MIXED;
    else if (lowers === 0) shape = uppers === 1 ? INITIAL : CAPS;
    else shape = innerUpper ? MIXED : CAP;
    if (shape !== NUMBER) {
      lineLetters = true;
      // A role label at the start of a line ("USER:") does not make the line cased.
      if (!(lineWords === 1 && shape === CAPS && text.charCodeAt(end) === 58)) lineCased = true;
    }
    if (n === buffers.start.length) grow();
    buffers.start[n] = start;
    buffers.end[n] = end;
    buffers.shape[n] = shape;
    buffers.possessive[n] = possessive;
    n++;
  }
  if (lineLetters && !lineCased) uncasedLines.push(lineStart, len);
  buffers.count = n;
  buffers.uncasedLines = uncasedLines;
  last = sharing ? { text, words: buffers } : undefined;
  return buffers;
}

// How far the digits of the last text have been counted; shared like the word scan.
let digitCount: { text: string; scanned: number; digits: number } | undefined;

/**
 * Whether `text` holds at least `n` ASCII digits. Most detectors of numbers need several (a card
 * twelve, a phone seven) and most short texts have few, so they skip their regexes altogether.
 * Counting stops at the `n`th digit, and inside `redact` it resumes where the last detector left off.
 */
export function hasDigits(text: string, n: number): boolean {
  const count = sharing && digitCount && digitCount.text === text ? digitCount : { text, scanned: 0, digits: 0 };
  let { scanned, digits } = count;
  while (digits < n && scanned < text.length) {
    const c = text.charCodeAt(scanned++);
    if (c >= 48 && c <= 57) digits++;
  }
  count.scanned = scanned;
  count.digits = digits;
  if (sharing) digitCount = count;
  return digits >= n;
}

/** Keep the next scan for the detectors that follow (called by `redact` before its detectors). */
export function shareScans(): void {
  sharing = true;
}

/** Forget the last scan and stop sharing (called by `redact` before it returns). */
export function releaseScans(): void {
  sharing = false;
  last = undefined;
  digitCount = undefined;
}
