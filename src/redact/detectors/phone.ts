// Phone numbers worldwide. A bounded pattern finds digit groups laid out like a phone number; then
// libphonenumber-js (Google's metadata for every region) judges the ones it can: international
// numbers (+CC) must be possible numbers for their country, bare digit runs must be valid in the
// default region. National numbers written with phone-style grouping carry no country, so no
// library can validate them; they are taken by shape, minus the shapes of dates, SSNs and IPs.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Detector, Span } from '../types.js';

// Groups need a separator between them (or a closing parenthesis), so a digit run has one way to be
// split and each attempt backtracks over at most 8 groups × 15 digits: linear overall.
const SEP = '[ .\\-\\u00a0]';
const CANDIDATE = new RegExp(
  `(?=[+(\\d])(?<![\\w+\\-./]|\\d,)(?:\\+\\d{1,15}|\\(\\+?\\d{1,5}\\)|\\d{1,15})` +
    `(?:${SEP}?\\(\\d{1,5}\\)|${SEP}\\d{1,12}|(?<=\\))\\d{1,12}){0,7}` +
    `(?:[ ]?(?:x|ext\\.?|#)[ ]?\\d{1,6})?(?![\\w:+]|[.\\-/,]\\d)`,
  'g',
);
const PHONE_CONTEXT = /\b(?:phone|tel|telephone|mobile|cell|fax|call|whatsapp|sms|text me|number|contact)\b/i;
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
  return {
    name: 'phone',
    find(text) {
      const spans: Span[] = [];
      let checksLeft = baseChecks + Math.floor(text.length / charsPerCheck);
      const check = (fn: () => boolean): boolean => (checksLeft-- > 0 ? fn() : true);
      CANDIDATE.lastIndex = 0;
      for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
        const candidate = m[0];
        const main = candidate.replace(/[ ]?(?:x|ext\.?|#)[ ]?\d{1,6}$/, '');
        const groups = main.match(/\d+/g) ?? [];
        const digits = groups.join('').length;
        if (digits < 7 || digits > 15) continue;
        let accept: boolean;
        if (main.startsWith('+')) {
          accept = check(() => parsePhoneNumberFromString(main)?.isPossible() === true);
        } else if (groups.length === 1) {
          const context = PHONE_CONTEXT.test(text.slice(Math.max(0, m.index - 32), m.index));
          accept = context || (digits >= 10 && digits <= 11 && check(() => parsePhoneNumberFromString(main, defaultCountry)?.isValid() === true));
        } else {
          accept = shapeIsPhone(main, groups);
        }
        if (accept) spans.push({ start: m.index, end: m.index + candidate.length, type: 'PHONE' });
      }
      return spans;
    },
  };
}

export const phoneDetector = createPhoneDetector();
