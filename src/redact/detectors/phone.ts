// Phone numbers worldwide, found and validated by libphonenumber-js (Google's metadata), not a
// home-made pattern. Numbers without a country prefix are read as US/international by default.
import { findNumbers, type CountryCode } from 'libphonenumber-js/max';
import type { Detector, Span } from '../types.js';

export function createPhoneDetector(defaultCountry: CountryCode = 'US'): Detector {
  return {
    name: 'phone',
    find(text) {
      const spans: Span[] = [];
      for (const found of findNumbers(text, { defaultCountry, v2: true })) {
        if (found.number.isPossible()) spans.push({ start: found.startsAt, end: found.endsAt, type: 'PHONE' });
      }
      return spans;
    },
  };
}

export const phoneDetector = createPhoneDetector();
