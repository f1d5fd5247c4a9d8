// Helpers that keep detectors linear: a global regex walked once, with a validation callback.

import type { PiiType, Span } from './types.js';

/**
 * Collect the matches of a global, sticky-free regex. The regex itself must be written so each
 * attempt is bounded (bounded quantifiers or a literal anchor), which makes the walk linear.
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
    else if (Array.isArray(verdict)) spans.push(...verdict);
    else if (verdict && typeof verdict === 'object') spans.push(verdict);
  }
  return spans;
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
