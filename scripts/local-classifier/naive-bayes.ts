// Multinomial naive Bayes over the same weighted features, as a baseline for compare-methods.ts:
// per-label log feature probabilities with additive smoothing, centred per bucket so that the int8
// quantisation keeps the differences between labels rather than a shared offset.
import type { PreparedData, Trainer } from './fit.js';
import type { LinearModel } from './softmax-sgd.js';

export function naiveBayesTrainer(buckets: number, smoothing: number): Trainer {
  return (data: PreparedData, rows: Int32Array): LinearModel => {
    const classes = data.labels.length;
    const { offsets, indices, values } = data.matrix;
    const mass = new Float64Array(buckets * classes);
    const totals = new Float64Array(classes);
    const priors = new Float64Array(classes);
    for (const r of rows) {
      const y = data.targets[r]!;
      if (y < 0) continue; // neutral rows have no label to count towards
      const w = data.rowWeights[r]!;
      priors[y]! += w;
      for (let p = offsets[r]!; p < offsets[r + 1]!; p++) {
        mass[indices[p]! * classes + y]! += w * values[p]!;
        totals[y]! += w * values[p]!;
      }
    }
    const weights = new Float64Array(buckets * classes);
    for (let b = 0; b < buckets; b++) {
      let mean = 0;
      for (let k = 0; k < classes; k++) {
        const logp = Math.log((mass[b * classes + k]! + smoothing) / (totals[k]! + smoothing * buckets));
        weights[b * classes + k] = logp;
        mean += logp / classes;
      }
      for (let k = 0; k < classes; k++) weights[b * classes + k]! -= mean;
    }
    const priorTotal = priors.reduce((s, x) => s + x, 0);
    const biases = Float64Array.from(priors, (p) => Math.log(p / priorTotal));
    return { classes, buckets, weights, biases };
  };
}
