// Phone numbers worldwide. A bounded pattern finds digit groups laid out like a phone number; then
// libphonenumber-js (Google's metadata for every region) judges the ones it can: international
// numbers (+CC) must be possible numbers for their country, bare digit runs must be valid in the
// default region. National numbers written with phone-style grouping carry no country, so no
// library can validate them; they are taken by shape, minus the shapes of dates, SSNs and IPs.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { eachUnglued, isDigit, isWordChar } from '../scan.js';
import { hasDigits } from '../words.js';
import type { Detector, Span } from '../types.js';

// Groups need a separator between them (or a closing parenthesis), so a digit run has one way to be
// split and each attempt backtracks over at most 8 groups × 15 digits: linear overall.
const SEP = '[ .\\-\\u00a0]';
// The character before a candidate is checked in code (see scan.ts): not a word character, "+",
// "-", ".", "/", nor a comma after a digit ("1,234,567" is a number).
const CANDIDATE = new RegExp(
  `(?<![\\w+\\-./])(?:\\+\\d{1,15}|\\(\\+?\\d{1,5}\\)|\\d{1,15})` +
    `(?:${SEP}?\\(\\d{1,5}\\)|${SEP}\\d{1,12}|(?<=\\))\\d{1,12}){0,7}` +
    `(?:[ ]?(?:x|ext\\.?|#)[ ]?\\d{1,6})?(?![\\w:+]|[.\\-/,]\\d)`,
  'g',
);
const EXTENSION = /[x#]|ext/;
const EXTENSION_TAIL = /[ ]?(?:x|ext\.?|#)[ ]?\d{1,6}$/;
const PHONE_CONTEXT = /\b(?:phone|tel|telephone|mobile|cell|fax|call|whatsapp|sms|text me|number|contact)\b/i;
// A label right after the number, as in signatures and address blocks ("3660170548-Fax",
// "0821234567 (mobile)"). Narrower than the cue before: only phone words, at most three characters away.
const PHONE_LABEL_AFTER = /^[\s\-–:(,]{0,3}(?:phone|tel|telephone|mobile|mob|cell|fax|whatsapp)\b/i;
const DATE_PREFIX = /^(?:\d{4}[-.]\d{1,2}[-.]\d{1,2}|\d{1,2}[-.]\d{1,2}[-.]\d{4})(?!\d)/;

export interface PhoneDetectorOptions {
  defaultCountry?: CountryCode;
  /**
   * libphonenumber calls allowed per text, plus one per `charsPerCheck` characters; past that,
   * candidates are redacted by shape. Keeps adversarial input (a megabyte of "+1 ") linear and fast,
   * and errs towards redaction.
   */
  baseChecks?: number;
  charsPerCheck?: number;
}

function gluedBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isWordChar(c) || c === 43 || c === 45 || c === 46 || c === 47 || (c === 44 && i > 0 && isDigit(text.charCodeAt(i - 1)));
}

// North American numbering: area code and exchange start with 2–9, after an optional country
// code 1. libphonenumber costs ~50 µs a call; this drops epoch times and ids before it is asked.
const NANP = /^1?[2-9]\d{2}[2-9]\d{6}$/;
const NANP_COUNTRIES = new Set<CountryCode>(['US', 'CA']);

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) n++;
  return n;
}

function shapeIsPhone(candidate: string, groups: string[]): boolean {
  if (DATE_PREFIX.test(candidate)) return false;
  const lengths = groups.map((g) => g.length).join('-');
  if (lengths === '3-2-4') return false; // an SSN's shape; the SSN detector decides those
  if (candidate.includes('.')) {
    // Dotted: versions and IPs have short groups; dotted phones (01.84.17.61.18) do not.
    if (groups.some((g) => g.length < 2)) return false;
    if (groups.length === 4 && groups.every((g) => g.length <= 3)) return false;
  }
  // Lists of small numbers ("1 2 3 4 5 6 7") are not phones.
  return groups.filter((g) => g.length >= 2).length >= Math.max(2, groups.length - 1);
}

export function createPhoneDetector(options: PhoneDetectorOptions = {}): Detector {
  const defaultCountry = options.defaultCountry ?? 'US';
  const baseChecks = options.baseChecks ?? 64;
  const charsPerCheck = options.charsPerCheck ?? 2048;
  const nanp = NANP_COUNTRIES.has(defaultCountry);
  return {
    name: 'phone',
    find(text) {
      const spans: Span[] = [];
      // A candidate is taken only with seven digits or more.
      if (!hasDigits(text, 7)) return spans;
      let checksLeft = baseChecks + Math.floor(text.length / charsPerCheck);
      // The same number often recurs in a transcript; libphonenumber judges it once.
      const verdicts = new Map<string, boolean>();
      const check = (key: string, fn: () => boolean): boolean => {
        let verdict = verdicts.get(key);
        if (verdict === undefined) {
          verdict = checksLeft-- > 0 ? fn() : true;
          verdicts.set(key, verdict);
        }
        return verdict;
      };
      eachUnglued(text, CANDIDATE, gluedBefore, (m) => {
        const candidate = m[0];
        // Most digit groups in prose and code are short numbers: drop them before any other work.
        if (candidate.length < 7 || countDigits(candidate) < 7) return;
        const main = EXTENSION.test(candidate) ? candidate.replace(EXTENSION_TAIL, '') : candidate;
        const groups = main.match(/\d+/g) ?? [];
        const digits = countDigits(main);
        if (digits < 7 || digits > 15) return;
        let accept: boolean;
        if (main.startsWith('+')) {
          accept = check(main, () => parsePhoneNumberFromString(main)?.isPossible() === true);
        } else if (groups.length === 1) {
          const end = m.index + candidate.length;
          const context = PHONE_CONTEXT.test(text.slice(Math.max(0, m.index - 32), m.index)) || PHONE_LABEL_AFTER.test(text.slice(end, end + 16));
          const plausible = digits >= 10 && digits <= 11 && (!nanp || NANP.test(main));
          accept = context || (plausible && check(main, () => parsePhoneNumberFromString(main, defaultCountry)?.isValid() === true));
        } else {
          accept = shapeIsPhone(main, groups);
        }
        if (accept) spans.push({ start: m.index, end: m.index + candidate.length, type: 'PHONE' });
      });
      return spans;
    },
  };
}

export const phoneDetector = createPhoneDetector();
