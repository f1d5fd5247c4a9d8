// The redaction stage (DESIGN §6): every detector runs over the transcript, overlapping findings are
// merged (a union, so no partial value survives), and each is replaced by a typed placeholder that is
// stable within the text (`[EMAIL_1]` twice for the same address). Fails closed: a detector that
// throws makes the whole call throw RedactionError, and the caller must not use the text.
import { RedactionError } from '../errors/index.js';
import { addressDetector } from './detectors/address.js';
import { cardDetector } from './detectors/card.js';
import { cryptoDetector } from './detectors/crypto.js';
import { dateOfBirthDetector } from './detectors/date-of-birth.js';
import { emailDetector } from './detectors/email.js';
import { ibanDetector } from './detectors/iban.js';
import { ipDetector } from './detectors/ip.js';
import { macDetector } from './detectors/mac.js';
import { personDetector } from './detectors/person.js';
import { phoneDetector } from './detectors/phone.js';
import { secretsDetector } from './detectors/secrets.js';
import { ssnDetector } from './detectors/ssn.js';
import type { Detector, PiiType, RedactionResult, Span } from './types.js';
import { releaseScans, shareScans } from './words.js';

// Order matters only for ties: when merged spans overlap, the type of the longest one is kept.
export const defaultDetectors: readonly Detector[] = Object.freeze([
  secretsDetector,
  emailDetector,
  ibanDetector,
  cardDetector,
  ssnDetector,
  cryptoDetector,
  ipDetector,
  macDetector,
  dateOfBirthDetector,
  phoneDetector,
  addressDetector,
  personDetector,
]);

export interface RedactOptions {
  detectors?: readonly Detector[];
}

/** Every detector's spans; the shared word scan is dropped afterwards, so no text outlives the call. */
function findAll(text: string, detectors: readonly Detector[]): Span[] {
  const spans: Span[] = [];
  shareScans();
  try {
    for (const detector of detectors) {
      try {
        for (const span of detector.find(text)) {
          if (span.start < 0 || span.end > text.length || span.end <= span.start) throw new RangeError('span out of range');
          spans.push(span);
        }
      } catch (err) {
        throw new RedactionError(detector.name, err);
      }
    }
  } finally {
    releaseScans();
  }
  return spans;
}

function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  let longest = 0;
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      if (span.end - span.start > longest) {
        last.type = span.type;
        longest = span.end - span.start;
      }
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ ...span });
      longest = span.end - span.start;
    }
  }
  return merged;
}

export function redact(text: string, options: RedactOptions = {}): RedactionResult {
  const spans = findAll(text, options.detectors ?? defaultDetectors);
  if (spans.length === 0) return { text, found: {} };

  const found: Partial<Record<PiiType, number>> = {};
  // Per type: value → placeholder. The number of a new value is the map's size.
  const numbering = new Map<PiiType, Map<string, string>>();
  let out = '';
  let cursor = 0;
  for (const span of mergeSpans(spans)) {
    out += text.slice(cursor, span.start);
    let values = numbering.get(span.type);
    if (!values) numbering.set(span.type, (values = new Map()));
    const value = text.slice(span.start, span.end);
    let placeholder = values.get(value);
    if (placeholder === undefined) {
      placeholder = `[${span.type}_${values.size + 1}]`;
      values.set(value, placeholder);
    }
    out += placeholder;
    found[span.type] = (found[span.type] ?? 0) + 1;
    cursor = span.end;
  }
  out += text.slice(cursor);
  return { text: out, found };
}
