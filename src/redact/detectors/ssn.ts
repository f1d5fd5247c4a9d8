// US Social Security numbers and ITINs. Grouped forms (123-45-6789, 123 45 6789, 123.45.6789) are
// taken anywhere; bare nine-digit runs and odd groupings only after a word that marks them
// (order and account numbers look the same). Area 9xx with the ITIN group ranges is an ITIN.
import { eachUnglued, gluedBy, isDigit } from '../scan.js';
import { hasDigits } from '../words.js';
import type { Detector, PiiType, Span } from '../types.js';

// The lookbehinds stay: without them, a long digit run is retried at every digit (see scan.ts).
const GROUPED = /(?<![\d.-])(\d{3})([-. ])(\d{2})\2(\d{4})(?![\d-]|\.\d)/g;
// Bare 9 digits, or 3-6 / 5-4 groupings that only count after a marker word.
const LOOSE = /(?<![\d.-])(?:\d{9}|\d{3}-\d{6}|\d{5}-\d{4})(?![\d-]|\.\d)/g;
const CONTEXT = /\b(?:ssn|ssns|social security|soc\.? ?sec|itin|taxpayer id|tax id|tin)\b/i;
const CONTEXT_WINDOW = 48;
const glued = gluedBy((c) => isDigit(c) || c === 46 || c === 45);

function classify(digits: string): PiiType | null {
  const area = digits.slice(0, 3);
  const group = digits.slice(3, 5);
  const serial = digits.slice(5);
  if (group === '00' || serial === '0000' || area === '000') return null;
  if (area[0] === '9') {
    const g = Number(group);
    return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || g >= 94 ? 'ITIN' : null;
  }
  return area === '666' ? null : 'SSN';
}

export const ssnDetector: Detector = {
  name: 'ssn',
  find(text) {
    const spans: Span[] = [];
    if (!hasDigits(text, 9)) return spans; // both forms have nine digits
    eachUnglued(text, GROUPED, glued, (m) => {
      const type = classify(m[1]! + m[3]! + m[4]!);
      if (type) spans.push({ start: m.index, end: m.index + m[0].length, type });
    });
    eachUnglued(text, LOOSE, glued, (m) => {
      const type = classify(m[0].replace(/-/g, ''));
      if (type && CONTEXT.test(text.slice(Math.max(0, m.index - CONTEXT_WINDOW), m.index))) spans.push({ start: m.index, end: m.index + m[0].length, type });
    });
    return spans;
  },
};
