// Payment card numbers: 12–19 digits, optionally grouped by single spaces or dashes, Luhn-valid.
import { digitsOf, luhnValid, matchAll } from '../scan.js';
import type { Detector } from '../types.js';

// Bounded repetition: each attempt examines at most ~40 characters, so the scan is linear.
const CARD = /(?<![\d-])\d(?:[ -]?\d){11,18}(?![\d-])/g;
// 12-digit cards (Maestro) look like any other 12-digit id; they count only after a card word.
const CARD_CONTEXT = /\b(?:card|cc|credit|debit|visa|mastercard|maestro|amex|cvv|pan)\b/i;

export const cardDetector: Detector = {
  name: 'card',
  find(text) {
    return matchAll(text, CARD, 'CARD', (m) => {
      const digits = digitsOf(m[0]);
      if (!luhnValid(digits) || /^(\d)\1+$/.test(digits)) return false;
      return digits.length >= 13 || CARD_CONTEXT.test(text.slice(Math.max(0, m.index - 40), m.index));
    });
  },
};
