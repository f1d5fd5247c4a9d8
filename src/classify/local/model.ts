// Scores text with a decoded model file: hashed features · int8 weights + biases, divided by the
// calibration temperature, then a softmax. Used by inference and by the training script's evaluation,
// so the figures measured during training are those of the quantised model that ships.
import type { SparseVector } from './feature-spec.js';
import { FeatureExtractor } from './features.js';
import type { ModelFile } from './model-file.js';

export interface Prediction {
  /** Calibrated probabilities in `labels` order. */
  probabilities: Float64Array;
  /** False when the text produced no features at all (empty, only placeholders or punctuation-free symbols). */
  hasFeatures: boolean;
}

export class LocalModel {
  readonly labels: readonly string[];
  readonly threshold: number;
  private readonly extractor: FeatureExtractor;
  private readonly weights: Int8Array;
  private readonly biases: Float64Array;
  private readonly weightScale: number;
  private readonly temperature: number;

  constructor(file: ModelFile) {
    const { header } = file;
    this.labels = Object.freeze([...header.labels]);
    this.threshold = header.threshold;
    this.extractor = new FeatureExtractor(header.features, file.idf);
    this.weights = file.weights;
    this.biases = Float64Array.from(header.biases);
    this.weightScale = header.weightScale;
    this.temperature = header.temperature;
  }

  predict(text: string): Prediction {
    return this.predictVector(this.extractor.extract(text));
  }

  /** Uncalibrated logits (before the temperature), in `labels` order. */
  logitsVector(vector: SparseVector): Float64Array {
    const classes = this.labels.length;
    const sums = new Float64Array(classes);
    const { indices, values, length } = vector;
    const weights = this.weights;
    // Four classes per pass over the features, summed in locals rather than read and written back
    // to `sums` for every feature and class (the worker's hottest loop). Each class still adds the
    // features in the same order, so the sums are bit-for-bit those of the plain double loop.
    let k = 0;
    for (; k + 4 <= classes; k += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let i = 0; i < length; i++) {
        const value = values[i]!;
        const at = indices[i]! * classes + k;
        s0 += value * weights[at]!;
        s1 += value * weights[at + 1]!;
        s2 += value * weights[at + 2]!;
        s3 += value * weights[at + 3]!;
      }
      sums[k] = s0;
      sums[k + 1] = s1;
      sums[k + 2] = s2;
      sums[k + 3] = s3;
    }
    for (; k < classes; k++) {
      let s = 0;
      for (let i = 0; i < length; i++) s += values[i]! * weights[indices[i]! * classes + k]!;
      sums[k] = s;
    }
    for (let c = 0; c < classes; c++) sums[c] = this.biases[c]! + sums[c]! * this.weightScale;
    return sums;
  }

  predictVector(vector: SparseVector): Prediction {
    const classes = this.labels.length;
    const probabilities = this.logitsVector(vector);
    let max = -Infinity;
    for (let k = 0; k < classes; k++) {
      const logit = probabilities[k]! / this.temperature;
      probabilities[k] = logit;
      if (logit > max) max = logit;
    }
    let total = 0;
    for (let k = 0; k < classes; k++) {
      const e = Math.exp(probabilities[k]! - max);
      probabilities[k] = e;
      total += e;
    }
    for (let k = 0; k < classes; k++) probabilities[k]! /= total;
    return { probabilities, hasFeatures: vector.length > 0 };
  }
}
