// Multinomial logistic regression trained by plain SGD: seeded shuffles, a learning rate falling
// linearly to zero, L2 decay applied through one shared scale factor (so each step only touches the
// example's own features), and per-row weights. Float64 throughout and a fixed order of every sum,
// so the same inputs give bit-identical weights.
import type { FeatureMatrix } from './dataset.js';
import { seededRandom, shuffle } from './prng.js';

export interface SgdOptions {
  epochs: number;
  /** Learning rate at the first step; it falls linearly to 0 at the last. */
  learningRate: number;
  /** L2 penalty per example (λ in λ/2·‖w‖²). */
  l2: number;
  /** Share of each target's probability spread evenly over all labels (0: plain one-hot targets). */
  labelSmoothing: number;
  seed: number;
}

export interface LinearModel {
  classes: number;
  buckets: number;
  /** Row-major bucket × class. */
  weights: Float64Array;
  biases: Float64Array;
}

export interface TrainingSet {
  matrix: FeatureMatrix;
  /** Class index per matrix row; -1 for a row whose target is uniform over all classes. */
  targets: Int32Array;
  /** Weight per matrix row (source down-weighting times class balance). */
  rowWeights: Float64Array;
  /** The matrix rows to train on. */
  rows: Int32Array;
}

export function trainSoftmax(set: TrainingSet, classes: number, buckets: number, options: SgdOptions): LinearModel {
  const { matrix, targets, rowWeights } = set;
  const { offsets, indices, values } = matrix;
  const weights = new Float64Array(buckets * classes);
  const biases = new Float64Array(classes);
  const scores = new Float64Array(classes);
  const random = seededRandom(options.seed);
  const order = Int32Array.from(set.rows);
  const steps = options.epochs * order.length;
  let scale = 1;
  let step = 0;

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (let o = 0; o < order.length; o++) {
      const r = order[o]!;
      const rate = options.learningRate * (1 - step / steps);
      step++;
      const from = offsets[r]!;
      const to = offsets[r + 1]!;

      scores.fill(0);
      for (let p = from; p < to; p++) {
        const row = indices[p]! * classes;
        const value = values[p]!;
        for (let k = 0; k < classes; k++) scores[k]! += value * weights[row + k]!;
      }
      let max = -Infinity;
      for (let k = 0; k < classes; k++) {
        scores[k] = scores[k]! * scale + biases[k]!;
        if (scores[k]! > max) max = scores[k]!;
      }
      let total = 0;
      for (let k = 0; k < classes; k++) {
        scores[k] = Math.exp(scores[k]! - max);
        total += scores[k]!;
      }
      // scores now become the gradient of the weighted log loss with respect to the logits.
      const rowWeight = rowWeights[r]!;
      const target = targets[r]!;
      const smoothing = target < 0 ? 1 : options.labelSmoothing;
      const spread = smoothing / classes;
      const hit = 1 - smoothing;
      for (let k = 0; k < classes; k++) scores[k] = rowWeight * (scores[k]! / total - (k === target ? hit : 0) - spread);

      scale *= 1 - rate * options.l2;
      const featureStep = rate / scale;
      for (let p = from; p < to; p++) {
        const row = indices[p]! * classes;
        const value = values[p]! * featureStep;
        for (let k = 0; k < classes; k++) weights[row + k]! -= value * scores[k]!;
      }
      for (let k = 0; k < classes; k++) biases[k]! -= rate * scores[k]!;

      if (scale < 1e-6) {
        for (let i = 0; i < weights.length; i++) weights[i]! *= scale;
        scale = 1;
      }
    }
  }
  for (let i = 0; i < weights.length; i++) weights[i]! *= scale;
  return { classes, buckets, weights, biases };
}
