// The packed word table behind the gazetteer lookups: the same answers as the Map it is built from.
import { describe, expect, it } from 'vitest';
import { WordTable } from '../../src/redact/word-table.js';

describe('WordTable', () => {
  it('answers like the map it was built from, for present and absent words', () => {
    const entries = new Map<string, number>();
    for (let i = 0; i < 5000; i++) entries.set(`w${i.toString(36)}`, i % 251);
    entries.set("o'brien", 7);
    entries.set('ásgeirsdóttir', 0);
    const table = new WordTable(entries);
    for (const [word, value] of entries) expect(table.get(word)).toBe(value);
    for (const absent of ['', 'w', 'x0', 'w0 ', 'W0', 'obrien', 'ásgeirsdottir', 'w' + 'z'.repeat(40)]) expect(table.get(absent)).toBeUndefined();
  });

  it('tells apart words of the same length and hash bucket', () => {
    // A tiny table: every word shares a handful of slots, so probing and the letter comparison decide.
    const entries = new Map([
      ['ab', 1],
      ['ba', 2],
      ['aa', 3],
    ]);
    const table = new WordTable(entries);
    expect([table.get('ab'), table.get('ba'), table.get('aa'), table.get('bb')]).toEqual([1, 2, 3, undefined]);
  });
});
