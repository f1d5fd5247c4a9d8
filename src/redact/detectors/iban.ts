// IBANs: country code, check digits, up to 30 alphanumerics in optional groups of four; validated
// with ibantools (mod-97 and per-country length), so lookalikes are left alone.
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { matchAll } from '../scan.js';
import { hasDigits } from '../words.js';
import type { Detector } from '../types.js';

const IBAN = /\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}\b/gi;

export const ibanDetector: Detector = {
  name: 'iban',
  find(text) {
    if (!hasDigits(text, 2)) return []; // the check digits
    return matchAll(text, IBAN, 'IBAN', (m) => {
      // The greedy match may run into a following word; try the longest valid prefix on group edges.
      const raw = m[0];
      for (let end = raw.length; end >= 15; end--) {
        if (raw[end - 1] === ' ' || raw[end - 1] === '-') continue;
        const candidate = electronicFormatIBAN(raw.slice(0, end).toUpperCase()) ?? '';
        if (isValidIBAN(candidate)) return { start: m.index, end: m.index + end, type: 'IBAN' };
      }
      return null;
    });
  },
};
