// Turns trained float weights into the shipped int8 form: one scale for the whole matrix, chosen so
// the largest weight maps to ±127. Rounding also makes the file insensitive to last-bit float noise.
import type { LinearModel } from './softmax-sgd.js';

export interface QuantisedWeights {
  weights: Int8Array;
  weightScale: number;
}

export function quantise(model: LinearModel): QuantisedWeights {
  let maxAbs = 0;
  for (let i = 0; i < model.weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(model.weights[i]!));
  const weightScale = maxAbs > 0 ? maxAbs / 127 : 1;
  const weights = new Int8Array(model.weights.length);
  for (let i = 0; i < weights.length; i++) weights[i] = Math.max(-127, Math.min(127, Math.round(model.weights[i]! / weightScale)));
  return { weights, weightScale };
}
