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
    for (let i = 0; i < length; i++) {
      const value = values[i]!;
      const row = indices[i]! * classes;
      for (let k = 0; k < classes; k++) sums[k]! += value * weights[row + k]!;
    }
    for (let k = 0; k < classes; k++) sums[k] = this.biases[k]! + sums[k]! * this.weightScale;
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
