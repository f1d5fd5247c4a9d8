// IPv4 and IPv6 addresses. Candidates come from bounded patterns; node:net decides validity.
import { isIPv4, isIPv6 } from 'node:net';
import { matchAll } from '../scan.js';
import type { Detector } from '../types.js';

const IPV4 = /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.]|\.\d)/g;
// At most 45 characters per attempt (the longest textual IPv6, with an embedded IPv4).
// Starts with a hex group and a colon (or "::"), so ordinary words are dropped at their first letter.
const IPV6 = /(?<![\w:.])(?:[0-9A-Fa-f]{1,4}:|::)[0-9A-Fa-f:.]{1,43}(?![\w:])/g;

export const ipDetector: Detector = {
  name: 'ip',
  find(text) {
    const v4 = matchAll(text, IPV4, 'IP', (m) => isIPv4(m[0]));
    const v6 = text.includes(':')
      ? matchAll(text, IPV6, 'IP', (m) => {
          const value = m[0].replace(/[.:]+$/, (tail) => (tail.startsWith('::') ? '::' : ''));
          return (value.match(/:/g)?.length ?? 0) >= 2 && isIPv6(value) ? { start: m.index, end: m.index + value.length, type: 'IP' } : null;
        })
      : [];
    return [...v4, ...v6];
  },
};
