// MAC addresses: six colon- or dash-separated octets (one separator throughout) or Cisco's dotted
// 4-4-4 form. All-zero and broadcast addresses identify no device and are left alone.
import { matchAll } from '../scan.js';
import type { Detector } from '../types.js';

const HEX = '[0-9A-Fa-f]';
const MAC = new RegExp(
  `(?<![\\w:.-])(?:${HEX}{2}([:-])${HEX}{2}(?:\\1${HEX}{2}){4}|${HEX}{4}\\.${HEX}{4}\\.${HEX}{4})(?![\\w:-]|\\.\\w)`,
  'g',
);

export const macDetector: Detector = {
  name: 'mac',
  find(text) {
    return matchAll(text, MAC, 'MAC', (m) => {
      const hex = m[0].replace(/[^0-9A-Fa-f]/g, '').toLowerCase();
      return hex !== '000000000000' && hex !== 'ffffffffffff';
    });
  },
};
