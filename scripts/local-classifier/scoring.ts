// Turns out-of-fold logits into labelled predictions and figures, and picks the `other` threshold.
import { evaluatePredictions, type EvaluationReport } from '../../src/classify/evaluation-metrics.js';

export const FALLBACK = 'other';

export interface Predictions {
  /** Predicted label index per row, or -1 for the fallback. */
  predicted: Int32Array;
  confidence: Float64Array;
}

export function predictFromLogits(logits: Float64Array, classes: number, temperature: number, threshold: number): Predictions {
  const n = logits.length / classes;
  const predicted = new Int32Array(n);
  const confidence = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let max = -Infinity;
    let best = 0;
    for (let k = 0; k < classes; k++) {
      const z = logits[r * classes + k]! / temperature;
      if (z > max) {
        max = z;
        best = k;
      }
    }
    let sum = 0;
    for (let k = 0; k < classes; k++) sum += Math.exp(logits[r * classes + k]! / temperature - max);
    confidence[r] = 1 / sum;
    predicted[r] = confidence[r]! < threshold ? -1 : best;
  }
  return { predicted, confidence };
}

/** Figures over the rows selected by `keep` (all rows by default). */
export function evaluate(predictions: Predictions, targets: Int32Array, labels: readonly string[], keep: (row: number) => boolean = () => true): EvaluationReport {
  const pairs: Array<{ gold: string; predicted: string }> = [];
  targets.forEach((t, r) => {
    if (!keep(r)) return;
    const p = predictions.predicted[r]!;
    pairs.push({ gold: labels[t]!, predicted: p < 0 ? FALLBACK : labels[p]! });
  });
  return evaluatePredictions(pairs);
}

/**
 * The highest threshold (a multiple of 0.01, at most `max`) at which no more than `maxOtherShare` of
 * labelled held-out rows fall below it. Every labelled row belongs to a known label, so each `other`
 * answer there is a loss; the share bounds that loss, and above it sit the inputs the model cannot place.
 */
export function chooseThreshold(confidence: Float64Array, maxOtherShare: number, max: number): number {
  const sorted = Float64Array.from(confidence).sort();
  const allowed = Math.floor(maxOtherShare * sorted.length);
  // Rows strictly below the threshold answer `other`: it may rise to the (allowed+1)-th smallest confidence.
  const limit = allowed < sorted.length ? sorted[allowed]! : 1;
  return Math.min(max, Math.floor(limit * 100) / 100);
}
