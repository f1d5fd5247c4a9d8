// IPv4 and IPv6 addresses. Candidates come from bounded patterns; node:net decides validity.
// Both are found as runs of their own characters around a cheap anchor: inside such a run every
// position follows an address character, so an address can only start where the run starts.
import { isIPv4, isIPv6 } from 'node:net';
import { eachRun, isDigit, isHexDigit, isWordChar } from '../scan.js';
import { hasDigits } from '../words.js';
import type { Detector, Span } from '../types.js';

const V4_ANCHOR = /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/g;
// A dot after the address ends a sentence ("… is 10.0.0.5."); a dot and more of the token does not.
const V4 = /(?:\d{1,3}\.){3}\d{1,3}(?!\w|\.\w)/y;
// Two colons at most four hex digits apart: every IPv6 address with two or more colons has them.
const V6_ANCHOR = /:[0-9A-Fa-f]{0,4}:/g;
// At most 45 characters per attempt (the longest textual IPv6, with an embedded IPv4).
const V6 = /(?:[0-9A-Fa-f]{1,4}:|::)[0-9A-Fa-f:.]{1,43}(?![\w:])/y;

const isV4Char = (c: number) => isDigit(c) || c === 46;
const isV6Char = (c: number) => isHexDigit(c) || c === 58 || c === 46;

export const ipDetector: Detector = {
  name: 'ip',
  find(text) {
    const spans: Span[] = [];
    // IPv4 needs four digits; IPv6 is anchored on colons, which its own pattern finds quickly.
    if (hasDigits(text, 4)) eachRun(text, V4_ANCHOR, isV4Char, (start) => {
      if (start > 0 && isWordChar(text.charCodeAt(start - 1))) return;
      V4.lastIndex = start;
      const m = V4.exec(text);
      if (m && isIPv4(m[0])) spans.push({ start, end: start + m[0].length, type: 'IP' });
    });
    eachRun(text, V6_ANCHOR, isV6Char, (start) => {
      if (start > 0 && isWordChar(text.charCodeAt(start - 1))) return;
      V6.lastIndex = start;
      const m = V6.exec(text);
      if (!m) return;
      const value = m[0].replace(/[.:]+$/, (tail) => (tail.startsWith('::') ? '::' : ''));
      if ((value.match(/:/g)?.length ?? 0) >= 2 && isIPv6(value)) spans.push({ start, end: start + value.length, type: 'IP' });
    });
    return spans;
  },
};
