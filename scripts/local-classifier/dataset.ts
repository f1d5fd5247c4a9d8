// Reads the labelled prompt file (`{text, label, source}` per line) and turns it into a compressed
// sparse feature matrix with the shared feature extractor.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { GROUPS, type FeatureSpec } from '../../src/classify/local/feature-spec.js';
import { idfFactors, weighCounts } from '../../src/classify/local/feature-values.js';
import type { FeatureExtractor } from '../../src/classify/local/features.js';

const rowSchema = z.object({ text: z.string(), label: z.string().min(1).max(64), source: z.string().min(1).max(256) });
export type TrainingRow = z.output<typeof rowSchema>;

/** Parses every line; a bad line stops training with its line number and field (never its text). */
export function readRows(path: string): TrainingRow[] {
  const rows: TrainingRow[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new Error(`${path}:${i + 1}: not valid JSON`);
    }
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${path}:${i + 1}: field ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    rows.push(parsed.data);
  });
  return rows;
}

/** Rows of raw term counts: row r holds entries offsets[r] .. offsets[r+1]-1, its word group first. */
export interface CountMatrix {
  rows: number;
  offsets: Int32Array;
  indices: Int32Array;
  counts: Float32Array;
  /** Per row, GROUPS group ends relative to the row's first entry (see FeatureCounts). */
  groupEnds: Int32Array;
}

/** Rows of model inputs (weighted and normalised values), laid out like the CountMatrix they came from. */
export interface FeatureMatrix {
  rows: number;
  offsets: Int32Array;
  indices: Int32Array;
  values: Float32Array;
}

export function countFeatures(texts: readonly string[], extractor: FeatureExtractor): CountMatrix {
  const offsets = new Int32Array(texts.length + 1);
  const groupEnds = new Int32Array(texts.length * GROUPS);
  let indices = new Int32Array(1 << 20);
  let counts = new Float32Array(1 << 20);
  let used = 0;
  texts.forEach((text, r) => {
    const row = extractor.count(text);
    while (used + row.length > indices.length) {
      const grownIndices = new Int32Array(indices.length * 2);
      grownIndices.set(indices);
      indices = grownIndices;
      const grownCounts = new Float32Array(counts.length * 2);
      grownCounts.set(counts);
      counts = grownCounts;
    }
    indices.set(row.indices.subarray(0, row.length), used);
    counts.set(row.counts.subarray(0, row.length), used);
    used += row.length;
    offsets[r + 1] = used;
    groupEnds.set(row.groupEnds, r * GROUPS);
  });
  return { rows: texts.length, offsets, indices: indices.slice(0, used), counts: counts.slice(0, used), groupEnds };
}

export function weighMatrix(matrix: CountMatrix, spec: FeatureSpec, idfCodes: Uint8Array): FeatureMatrix {
  const values = new Float32Array(matrix.counts.length);
  const factors = idfFactors(spec.idfPower);
  for (let r = 0; r < matrix.rows; r++) {
    const from = matrix.offsets[r]!;
    const to = matrix.offsets[r + 1]!;
    const row = { indices: matrix.indices.subarray(from, to), counts: matrix.counts.subarray(from, to), groupEnds: matrix.groupEnds.subarray(r * GROUPS, (r + 1) * GROUPS), length: to - from };
    weighCounts(row, spec, idfCodes, factors, values.subarray(from, to));
  }
  return { rows: matrix.rows, offsets: matrix.offsets, indices: matrix.indices, values };
}
