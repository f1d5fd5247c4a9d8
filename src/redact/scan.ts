// Helpers that keep detectors linear and fast: global regexes walked once, with a validation
// callback. V8 scans quickly for a pattern that starts with a literal or a rare class, but a
// leading lookbehind makes it test every position; so such patterns start plain and the character
// before a match is checked here, retrying after it when it fails (exactly what the lookbehind
// would have done). Patterns that start with a digit keep a lookbehind for digits: a megabyte of
// digits would otherwise be retried, and backtracked, at every one of them.

import type { PiiType, Span } from './types.js';

/**
 * Collect the matches of a global regex. The regex itself must be written so each attempt is
 * bounded (bounded quantifiers or a literal anchor), which makes the walk linear.
 */
export function matchAll(
  text: string,
  pattern: RegExp,
  type: PiiType,
  accept: (match: RegExpExecArray) => Span | Span[] | null | boolean = () => true,
): Span[] {
  if (!pattern.global) throw new Error('matchAll needs a global regex');
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const verdict = accept(m);
    if (verdict === true) spans.push({ start: m.index, end: m.index + m[0].length, type });
    else if (Array.isArray(verdict)) for (const s of verdict) spans.push(s);
    else if (verdict && typeof verdict === 'object') spans.push(verdict);
  }
  return spans;
}

/**
 * Visit the matches of a global regex whose preceding character does not glue onto them
 * (`glued(text, index)` of that character). After a glued match the scan resumes just after the
 * run of glued characters, so the result is that of the same regex with a leading lookbehind, and
 * a long glued run (a megabyte of digits) is read once. Each attempt of the regex must be bounded.
 */
export function eachUnglued(text: string, pattern: RegExp, glued: (text: string, index: number) => boolean, visit: (m: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m.index > 0 && glued(text, m.index - 1)) {
      let i = m.index;
      while (i < text.length && glued(text, i)) i++;
      pattern.lastIndex = i + 1;
      continue;
    }
    if (m[0].length === 0) pattern.lastIndex++;
    visit(m);
  }
}

/** A `glued` test from a test on one character code. */
export function gluedBy(test: (code: number) => boolean): (text: string, index: number) => boolean {
  return (text, index) => test(text.charCodeAt(index));
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** [A-Za-z0-9_], the regex \w. */
export function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

export function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * For each match of `anchor`, the maximal run of `member` characters around it, visited once:
 * anchors inside a run already visited are skipped, and the backward scan stops where the last
 * run ended, so every character is read at most twice.
 */
export function eachRun(text: string, anchor: RegExp, member: (code: number) => boolean, visit: (start: number, end: number) => void): void {
  let done = 0;
  anchor.lastIndex = 0;
  for (let m = anchor.exec(text); m !== null; m = anchor.exec(text)) {
    let start = m.index;
    while (start > done && member(text.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < text.length && member(text.charCodeAt(end))) end++;
    visit(start, end);
    done = end;
    anchor.lastIndex = end;
  }
}

export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/** Luhn checksum over a string of digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}
