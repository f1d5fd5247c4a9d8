// The shared word scan: shapes of capitalised words and numbers, possessives, and the lines that
// carry no capitals (which the person and address detectors read differently).
import { describe, expect, it } from 'vitest';
import { CAP, CAPS, INITIAL, MIXED, NUMBER, scanWords } from '../../src/redact/words.js';

function shapes(text: string): [string, number][] {
  const w = scanWords(text);
  return Array.from({ length: w.count }, (_, i) => [text.slice(w.start[i], w.end[i]), w.shape[i]!]);
}

describe('scanWords', () => {
  it('keeps capitalised words and numbers, with their shapes, and skips lower-case words', () => {
    expect(shapes("Ask Jean-Luc McDonald and O'Brien: P. 380a x86 TypeScript NASA 2024-03-15 ok")).toEqual([
      ['Ask', CAP],
      ['Jean-Luc', CAP],
      ['McDonald', CAP],
      ["O'Brien", CAP],
      ['P', INITIAL],
      ['380a', NUMBER],
      ['TypeScript', MIXED],
      ['NASA', CAPS],
      ['2024', NUMBER],
      ['03', NUMBER],
      ['15', NUMBER],
    ]);
  });

  it("ends a word before a possessive 's and marks it", () => {
    const text = "Anna's book";
    const w = scanWords(text);
    expect(text.slice(w.start[0], w.end[0])).toBe('Anna');
    expect(w.possessive[0]).toBe(1);
  });

  it('lists the lines written without capitals, a leading role label aside', () => {
    const text = 'USER: hi my name is eva\nASSISTANT: Hello Eva\n12 34\nall lower case';
    const lines = scanWords(text).uncasedLines;
    const found = [];
    for (let i = 0; i < lines.length; i += 2) found.push(text.slice(lines[i], lines[i + 1]));
    expect(found).toEqual(['USER: hi my name is eva', 'all lower case']);
  });

  it('is not confused by a scan of another text in between', () => {
    const a = scanWords('Anna Berg');
    const first = [a.start[0], a.end[0], a.count];
    scanWords('x Y z');
    expect(first).toEqual([0, 4, 2]);
    expect(scanWords('Anna Berg').count).toBe(2);
  });
});

describe('hasDigits', () => {
  it('says whether a text holds at least n ASCII digits, alone and while scans are shared', async () => {
    const { hasDigits, releaseScans, shareScans } = await import('../../src/redact/words.js');
    expect([hasDigits('no digits', 1), hasDigits('call 555 0100', 7), hasDigits('call 555 0100', 8), hasDigits('٣ is no ASCII digit', 1)]).toEqual([false, true, false, false]);
    shareScans();
    try {
      const text = 'order 12 of 345, ref 6789';
      expect([hasDigits(text, 2), hasDigits(text, 9), hasDigits(text, 10), hasDigits(text, 1)]).toEqual([true, true, false, true]);
    } finally {
      releaseScans();
    }
  });
});
