// Dates of birth, only when marked as such ("DOB:", "date of birth", "born on"): a bare date is
// far more often a deadline or a log timestamp, and the classifier needs those.
import { hasDigits } from '../words.js';
import type { Detector, Span } from '../types.js';

const MARKER =
  /\b(?:d\.?o\.?b\.?|date of birth|birth ?date|birthday|born|geburtsdatum|geboren|fecha de nacimiento|date de naissance|n[ée]e? le|data di nascita)(?![\w])[\s:=-]{0,4}(?:(?:is|was|on|in|am|el|le|il)\s{1,3})?/gi;
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
// Sticky: tried only right after a marker, so each attempt is bounded by the longest date form.
const DATE = new RegExp(
  `(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|(?:${MONTHS})\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTHS})\\.?,? \\d{4})(?![\\w])`,
  'iy',
);

export const dateOfBirthDetector: Detector = {
  name: 'date_of_birth',
  find(text) {
    const spans: Span[] = [];
    if (!hasDigits(text, 4)) return spans; // every date form has four digits or more
    MARKER.lastIndex = 0;
    for (let m = MARKER.exec(text); m !== null; m = MARKER.exec(text)) {
      DATE.lastIndex = m.index + m[0].length;
      const date = DATE.exec(text);
      if (date) spans.push({ start: date.index, end: date.index + date[0].length, type: 'DATE_OF_BIRTH' });
    }
    return spans;
  },
};
