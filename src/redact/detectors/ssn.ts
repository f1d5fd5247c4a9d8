// US Social Security numbers. Grouped forms (123-45-6789, 123 45 6789) anywhere; bare nine-digit
// runs only next to a word that marks them as an SSN, because order and account numbers look the same.
import { matchAll } from '../scan.js';
import type { Detector, Span } from '../types.js';

const GROUPED = /(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])/g;
const BARE = /(?<!\d)\d{9}(?!\d)/g;
const CONTEXT = /\b(?:ssn|social security|soc\.? ?sec)/i;

function plausible(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

export const ssnDetector: Detector = {
  name: 'ssn',
  find(text) {
    const spans: Span[] = matchAll(text, GROUPED, 'SSN', (m) => plausible(m[1]!, m[3]!, m[4]!));
    spans.push(
      ...matchAll(text, BARE, 'SSN', (m) => {
        const v = m[0];
        if (!plausible(v.slice(0, 3), v.slice(3, 5), v.slice(5))) return false;
        return CONTEXT.test(text.slice(Math.max(0, m.index - 40), m.index));
      }),
    );
    return spans;
  },
};
