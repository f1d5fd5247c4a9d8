// Inverse document frequency per hash bucket, learnt from the training rows and stored with the model
// as uint8 codes (idf × IDF_SCALE). Training uses the same rounded codes, so it sees what inference sees.
import { IDF_SCALE } from '../../src/classify/local/feature-values.js';
import type { CountMatrix } from './dataset.js';

/** Smoothed idf, ln((1 + n) / (1 + df)) + 1, over all rows of `matrix`; a bucket counts once per row. */
export function idfCodes(matrix: CountMatrix, buckets: number): Uint8Array {
  const df = new Int32Array(buckets);
  const lastRow = new Int32Array(buckets).fill(-1);
  for (let r = 0; r < matrix.rows; r++) {
    for (let p = matrix.offsets[r]!; p < matrix.offsets[r + 1]!; p++) {
      const bucket = matrix.indices[p]!;
      if (lastRow[bucket] !== r) {
        lastRow[bucket] = r;
        df[bucket]! += 1;
      }
    }
  }
  const codes = new Uint8Array(buckets);
  for (let b = 0; b < buckets; b++) {
    const idf = Math.log((1 + matrix.rows) / (1 + df[b]!)) + 1;
    codes[b] = Math.min(255, Math.round(idf * IDF_SCALE));
  }
  return codes;
}
