// The shapes shared by the feature extractor, the model file and training: the extractor's settings
// (stored in every model file), sparse vectors and raw counts.

/** Bump when the extractor's output changes for the same spec; a model stores the version it was trained with. */
export const FEATURE_VERSION = 1;

export interface FeatureSpec {
  /** Hash buckets = 2^hashBits. */
  hashBits: number;
  /** Character n-gram lengths for words in spaced scripts (padded with a boundary mark at both ends). */
  charMin: number;
  charMax: number;
  /** Character n-gram lengths inside runs of unspaced scripts (Han, kana, Thai, …). */
  ideoMin: number;
  ideoMax: number;
  /** Only this many characters of a long word get character n-grams (base64 blobs, hashes). */
  maxWordChars: number;
  /** Tokens at each end of the text that also count as edge features (0: no edge group). */
  edgeTokens: number;
  /** Scale of each group after L2 normalisation. */
  wordWeight: number;
  charWeight: number;
  edgeWeight: number;
  /** A feature's value is multiplied by idf^idfPower (0 switches IDF off). */
  idfPower: number;
}

/** A sparse vector whose arrays are views into the extractor's buffers: valid until its next call. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
  length: number;
}

/** The feature groups, in the order their entries appear in a vector. */
export const GROUPS = 3;

/** Raw term counts, group by group: group g holds entries groupEnds[g-1] (or 0) .. groupEnds[g]-1. */
export interface FeatureCounts {
  indices: Int32Array;
  counts: Float32Array;
  groupEnds: Int32Array;
  length: number;
}
