// The one feature extractor the local classifier's training and inference share: hashed word
// unigrams and bigrams (ASCII punctuation counts as a word, which is what makes code recognisable),
// character n-grams of words (which carry inflected and non-English text), and the words at either
// end of the text (where the request usually is, as opposed to the material it is about: "Translate
// this clause: …" is translation, whatever the clause says). feature-values.ts turns the counts into
// the model's input. The settings are stored in the model file, so a model is always read with the
// extractor settings it was trained with.
import { charClass, IDEOGRAPH, PUNCT, WORD } from './char-class.js';
import { GROUPS, type FeatureCounts, type FeatureSpec, type SparseVector } from './feature-spec.js';
import { idfFactors, weighCounts } from './feature-values.js';
import { cleanForFeatures } from './text-cleanup.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEED_UNIGRAM = 0x3c6ef372;
const SEED_BIGRAM = 0x5be0cd19;
const SEED_CHAR = 0x1f83d9ab;
const SEED_HEAD = 0x428a2f98;
const SEED_TAIL = 0x71374491;
const BOUNDARY = 0x02; // pads words for character n-grams: "␂word␂" tells prefixes and suffixes apart
const START = 0x9b05688c; // the "previous token" before the first one

/**
 * One group of features: per-bucket counts plus the list of buckets touched, in first-touch order.
 * Counts are uint16 to keep the table small enough for the CPU cache; a capped text (MAX_FEATURE_CHARS)
 * cannot put more than 65,535 features of one group in one bucket.
 */
class CountGroup {
  readonly counts: Uint16Array;
  touched = new Int32Array(1 << 12);
  size = 0;

  constructor(buckets: number) {
    this.counts = new Uint16Array(buckets);
  }

  add(bucket: number): void {
    if (this.counts[bucket] === 0) {
      if (this.size === this.touched.length) {
        const grown = new Int32Array(this.touched.length * 2);
        grown.set(this.touched);
        this.touched = grown;
      }
      this.touched[this.size++] = bucket;
    }
    this.counts[bucket]! += 1;
  }
}

export class FeatureExtractor {
  readonly spec: FeatureSpec;
  private readonly idfCodes: Uint8Array | undefined;
  private readonly factors: Float64Array;
  /** Bucket = top hashBits bits of the mixed hash. */
  private readonly shift: number;
  private readonly words: CountGroup;
  private readonly chars: CountGroup;
  private readonly edges: CountGroup;
  private readonly word = new Uint16Array(1 << 10);
  /** Token hashes in text order, kept for the edge features. */
  private tokens = new Int32Array(1 << 12);
  private tokenCount = 0;
  private readonly groupEnds = new Int32Array(GROUPS);
  private indices = new Int32Array(1 << 13);
  private counts = new Float32Array(1 << 13);
  private values = new Float32Array(1 << 13);

  /** `idfCodes` (one per bucket) is left out while counting document frequencies for training. */
  constructor(spec: FeatureSpec, idfCodes?: Uint8Array) {
    if (!Number.isInteger(spec.hashBits) || spec.hashBits < 8 || spec.hashBits > 24) throw new RangeError('hashBits must be an integer in 8..24');
    if (!(spec.maxWordChars >= 1 && spec.maxWordChars <= 1024)) throw new RangeError('maxWordChars must be in 1..1024');
    if (idfCodes !== undefined && idfCodes.length !== 1 << spec.hashBits) throw new RangeError('idfCodes needs one entry per bucket');
    this.spec = spec;
    this.idfCodes = idfCodes;
    this.factors = idfFactors(spec.idfPower);
    this.shift = 32 - spec.hashBits;
    this.words = new CountGroup(1 << spec.hashBits);
    this.chars = new CountGroup(1 << spec.hashBits);
    this.edges = new CountGroup(1 << spec.hashBits);
  }

  /** Term counts of `text`; views into the extractor's buffers, valid until its next call. */
  count(text: string): FeatureCounts {
    this.collect(cleanForFeatures(text));
    this.edgeFeatures();
    const total = this.words.size + this.chars.size + this.edges.size;
    if (total > this.indices.length) {
      let capacity = this.indices.length;
      while (capacity < total) capacity *= 2;
      this.indices = new Int32Array(capacity);
      this.counts = new Float32Array(capacity);
      this.values = new Float32Array(capacity);
    }
    this.groupEnds[0] = this.drain(this.words, 0);
    this.groupEnds[1] = this.drain(this.chars, this.groupEnds[0]);
    this.groupEnds[2] = this.drain(this.edges, this.groupEnds[1]);
    return { indices: this.indices, counts: this.counts, groupEnds: this.groupEnds, length: this.groupEnds[2] };
  }

  extract(text: string): SparseVector {
    const counts = this.count(text);
    weighCounts(counts, this.spec, this.idfCodes, this.factors, this.values);
    return { indices: this.indices, values: this.values, length: counts.length };
  }

  /** Copies the group's buckets and counts from `offset` on and clears it for the next text. */
  private drain(group: CountGroup, offset: number): number {
    const { counts, touched, size } = group;
    for (let i = 0; i < size; i++) {
      const bucket = touched[i]!;
      this.indices[offset + i] = bucket;
      this.counts[offset + i] = counts[bucket]!;
      counts[bucket] = 0;
    }
    group.size = 0;
    return offset + size;
  }

  private collect(text: string): void {
    this.tokenCount = 0;
    let previous = START;
    let wordLength = 0;
    let wordHash = FNV_OFFSET;
    let ideoStart = -1;
    const n = text.length;
    for (let i = 0; i <= n; i++) {
      const code = i < n ? text.charCodeAt(i) : 0x20;
      const cls = charClass(code);
      if (cls === WORD) {
        // ASCII digits fold to 0: the shape of a number says more than its value.
        const folded = code >= 0x30 && code <= 0x39 ? 0x30 : code;
        if (wordLength < this.word.length) this.word[wordLength] = folded;
        wordLength++;
        wordHash = Math.imul(wordHash ^ folded, FNV_PRIME);
        continue;
      }
      if (wordLength > 0) {
        previous = this.token(wordHash, previous);
        this.wordCharGrams(Math.min(wordLength, this.spec.maxWordChars));
        wordLength = 0;
        wordHash = FNV_OFFSET;
      }
      if (cls === IDEOGRAPH) {
        if (ideoStart < 0) ideoStart = i;
        previous = this.token(Math.imul(FNV_OFFSET ^ code, FNV_PRIME), previous);
        continue;
      }
      if (ideoStart >= 0) {
        this.ideographGrams(text, ideoStart, i);
        ideoStart = -1;
      }
      if (cls === PUNCT) previous = this.token(Math.imul(FNV_OFFSET ^ code, FNV_PRIME), previous);
    }
  }

  /**
   * Fibonacci hashing: fold the high bits down (FNV's low bits are weak), multiply by 2^32/φ and keep
   * the top bits. One multiply per feature instead of murmur's two; spread is as good for bucketing.
   */
  private bucket(hash: number): number {
    return Math.imul(hash ^ (hash >>> 15), 0x9e3779b1) >>> this.shift;
  }

  /** Adds a token's unigram and its bigram with the previous token; returns the token's hash. */
  private token(hash: number, previous: number): number {
    if (this.spec.edgeTokens > 0) {
      if (this.tokenCount === this.tokens.length) {
        const grown = new Int32Array(this.tokens.length * 2);
        grown.set(this.tokens);
        this.tokens = grown;
      }
      this.tokens[this.tokenCount++] = hash;
    }
    this.words.add(this.bucket(hash ^ SEED_UNIGRAM));
    this.words.add(this.bucket((Math.imul(previous, 0x9e3779b1) + hash) ^ SEED_BIGRAM));
    return hash;
  }

  /** Unigrams and bigrams of the first and the last `edgeTokens` tokens, each end in its own hash space. */
  private edgeFeatures(): void {
    const n = this.tokenCount;
    const edge = Math.min(this.spec.edgeTokens, n);
    for (const [from, seed] of [[0, SEED_HEAD], [n - edge, SEED_TAIL]] as const) {
      let previous = START;
      for (let i = from; i < from + edge; i++) {
        const hash = this.tokens[i]!;
        this.edges.add(this.bucket(hash ^ seed));
        this.edges.add(this.bucket((Math.imul(previous, 0x9e3779b1) + hash) ^ seed ^ SEED_BIGRAM));
        previous = hash;
      }
    }
  }

  private wordCharGrams(length: number): void {
    const { charMin, charMax } = this.spec;
    const padded = length + 2;
    for (let start = 0; start + charMin <= padded; start++) {
      let hash = FNV_OFFSET ^ SEED_CHAR;
      const end = Math.min(start + charMax, padded);
      for (let j = start; j < end; j++) {
        const code = j === 0 || j === padded - 1 ? BOUNDARY : this.word[j - 1]!;
        hash = Math.imul(hash ^ code, FNV_PRIME);
        if (j - start + 1 >= charMin) this.chars.add(this.bucket(hash));
      }
    }
  }

  private ideographGrams(text: string, from: number, to: number): void {
    const { ideoMin, ideoMax } = this.spec;
    for (let start = from; start + ideoMin <= to; start++) {
      let hash = FNV_OFFSET ^ SEED_CHAR;
      const end = Math.min(start + ideoMax, to);
      for (let j = start; j < end; j++) {
        hash = Math.imul(hash ^ text.charCodeAt(j), FNV_PRIME);
        if (j - start + 1 >= ideoMin) this.chars.add(this.bucket(hash));
      }
    }
  }
}
