// MAC addresses: six colon- or dash-separated octets (one separator throughout) or Cisco's dotted
// 4-4-4 form. All-zero and broadcast addresses identify no device and are left alone. Found as
// runs of hex digits and separators around a separator-anchored pattern (hex letters are common
// in text, separators between two-digit groups are not); an address can only start a run.
import { eachRun, isHexDigit, isWordChar } from '../scan.js';
import type { Detector, Span } from '../types.js';

const HEX = '[0-9A-Fa-f]';
const ANCHOR = new RegExp(`[:-]${HEX}{2}[:-]|\\.${HEX}{4}\\.`, 'g');
const MAC = new RegExp(`(?:${HEX}{2}([:-])${HEX}{2}(?:\\1${HEX}{2}){4}|${HEX}{4}\\.${HEX}{4}\\.${HEX}{4})(?![\\w:-]|\\.\\w)`, 'y');

const isMacChar = (c: number) => isHexDigit(c) || c === 58 || c === 45 || c === 46;

export const macDetector: Detector = {
  name: 'mac',
  find(text) {
    const spans: Span[] = [];
    eachRun(text, ANCHOR, isMacChar, (start) => {
      if (start > 0 && isWordChar(text.charCodeAt(start - 1))) return;
      MAC.lastIndex = start;
      const m = MAC.exec(text);
      if (!m) return;
      const hex = m[0].replace(/[^0-9A-Fa-f]/g, '').toLowerCase();
      if (hex !== '000000000000' && hex !== 'ffffffffffff') spans.push({ start, end: start + m[0].length, type: 'MAC' });
    });
    return spans;
  },
};
