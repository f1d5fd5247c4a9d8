// Payment card numbers: 12–19 digits, optionally grouped by single spaces or dashes, Luhn-valid.
import { digitsOf, eachUnglued, gluedBy, isDigit, luhnValid } from '../scan.js';
import { hasDigits } from '../words.js';
import type { Detector, Span } from '../types.js';

// Bounded repetition: each attempt examines at most ~40 characters, so the scan is linear.
// The lookbehind stays: without it, a long digit run is retried at every digit (see scan.ts).
const CARD = /(?<![\d-])\d(?:[ -]?\d){11,18}(?![\d-])/g;
const glued = gluedBy((c) => isDigit(c) || c === 45);
// 12-digit cards (Maestro) look like any other 12-digit id; they count only after a card word.
const CARD_CONTEXT = /\b(?:card|cc|credit|debit|visa|mastercard|maestro|amex|cvv|pan)\b/i;

export const cardDetector: Detector = {
  name: 'card',
  find(text) {
    const spans: Span[] = [];
    if (!hasDigits(text, 12)) return spans; // a card has twelve digits or more
    eachUnglued(text, CARD, glued, (m) => {
      const digits = digitsOf(m[0]);
      if (!luhnValid(digits) || /^(\d)\1+$/.test(digits)) return;
      if (digits.length >= 13 || CARD_CONTEXT.test(text.slice(Math.max(0, m.index - 40), m.index))) {
        spans.push({ start: m.index, end: m.index + m[0].length, type: 'CARD' });
      }
    });
    return spans;
  },
};
