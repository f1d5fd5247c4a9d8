// Payment card numbers: 13–19 digits, optionally grouped by single spaces or dashes, Luhn-valid.
import { digitsOf, luhnValid, matchAll } from '../scan.js';
import type { Detector } from '../types.js';

// Bounded repetition: each attempt examines at most ~40 characters, so the scan is linear.
const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;

export const cardDetector: Detector = {
  name: 'card',
  find(text) {
    return matchAll(text, CARD, 'CARD', (m) => {
      const digits = digitsOf(m[0]);
      return digits.length >= 13 && digits.length <= 19 && luhnValid(digits) && !/^(\d)\1+$/.test(digits);
    });
  },
};
