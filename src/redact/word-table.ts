// A read-only table from word to small integer, for the gazetteer's few hundred thousand words. A
// JS Map that large misses the CPU caches several times per lookup (bucket, entry, key string:
// ~1.5 µs a word on short prompts); here a lookup reads one slot (hash, where the word's letters
// are, its value: 16 bytes side by side) and then the letters, packed in one array. Open
// addressing with linear probing; a key is compared letter by letter, so no two words collide.

const EMPTY = -1;
const STRIDE = 4; // hash, offset in the pool, length, value

function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h | 0;
}

export class WordTable {
  private readonly slots: Int32Array;
  private readonly pool: Uint16Array;
  private readonly mask: number;

  constructor(entries: ReadonlyMap<string, number>) {
    let capacity = 16;
    while (capacity < entries.size * 2) capacity *= 2; // at most half full: short probe runs
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * STRIDE).fill(EMPTY);
    let chars = 0;
    for (const key of entries.keys()) chars += key.length;
    this.pool = new Uint16Array(chars);
    let offset = 0;
    for (const [key, value] of entries) {
      const h = hashOf(key);
      let s = h & this.mask;
      while (this.slots[s * STRIDE + 1] !== EMPTY) s = (s + 1) & this.mask;
      const at = s * STRIDE;
      this.slots[at] = h;
      this.slots[at + 1] = offset;
      this.slots[at + 2] = key.length;
      this.slots[at + 3] = value;
      for (let i = 0; i < key.length; i++) this.pool[offset + i] = key.charCodeAt(i);
      offset += key.length;
    }
  }

  /** The value stored for `key`, or undefined. */
  get(key: string): number | undefined {
    const h = hashOf(key);
    const { slots, pool, mask } = this;
    const n = key.length;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = s * STRIDE;
      const offset = slots[at + 1]!;
      if (offset === EMPTY) return undefined;
      if (slots[at] !== h || slots[at + 2] !== n) continue;
      let i = 0;
      while (i < n && pool[offset + i] === key.charCodeAt(i)) i++;
      if (i === n) return slots[at + 3];
    }
  }
}
