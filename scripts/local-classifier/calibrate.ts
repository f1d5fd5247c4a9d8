// Temperature scaling: the one-parameter calibration that divides every logit by T, fitted by
// minimising log loss on predictions the model made for rows it was not trained on.

/** Mean negative log-likelihood of softmax(logits / T); logits are row-major n × classes. */
export function logLoss(logits: Float64Array, targets: Int32Array, classes: number, temperature: number): number {
  const n = targets.length;
  let total = 0;
  for (let r = 0; r < n; r++) {
    let max = -Infinity;
    for (let k = 0; k < classes; k++) max = Math.max(max, logits[r * classes + k]! / temperature);
    let sum = 0;
    for (let k = 0; k < classes; k++) sum += Math.exp(logits[r * classes + k]! / temperature - max);
    total += Math.log(sum) + max - logits[r * classes + targets[r]!]! / temperature;
  }
  return total / n;
}

/** Golden-section search over ln T in [ln 0.05, ln 20]; the loss is unimodal in T for fixed logits. */
export function fitTemperature(logits: Float64Array, targets: Int32Array, classes: number): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let lo = Math.log(0.05);
  let hi = Math.log(20);
  let a = hi - ratio * (hi - lo);
  let b = lo + ratio * (hi - lo);
  let fa = logLoss(logits, targets, classes, Math.exp(a));
  let fb = logLoss(logits, targets, classes, Math.exp(b));
  for (let i = 0; i < 60; i++) {
    if (fa <= fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - ratio * (hi - lo);
      fa = logLoss(logits, targets, classes, Math.exp(a));
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + ratio * (hi - lo);
      fb = logLoss(logits, targets, classes, Math.exp(b));
    }
  }
  // Rounded so the header holds a short, exactly reproducible number.
  return Number(Math.exp((lo + hi) / 2).toFixed(4));
}
