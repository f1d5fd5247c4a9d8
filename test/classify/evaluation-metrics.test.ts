// The metric maths on a hand-computed example (worked in the comments), plus the edge cases.
import { describe, expect, it } from 'vitest';
import { evaluatePredictions, formatEvaluation } from '../../src/classify/evaluation-metrics.js';

// gold → predicted, n = 8. Confusion (rows gold, columns predicted, order a b c):
//   a: 2 1 0   (support 3)
//   b: 1 1 0   (support 2)
//   c: 0 1 2   (support 3)
//   column sums 3 3 2
const pairs = [
  ['a', 'a'], ['a', 'a'], ['a', 'b'],
  ['b', 'b'], ['b', 'a'],
  ['c', 'c'], ['c', 'c'], ['c', 'b'],
].map(([gold, predicted]) => ({ gold: gold!, predicted: predicted! }));

describe('evaluatePredictions', () => {
  const report = evaluatePredictions(pairs);

  it('builds the confusion matrix with gold rows and predicted columns', () => {
    expect(report.confusion).toEqual({ labels: ['a', 'b', 'c'], matrix: [[2, 1, 0], [1, 1, 0], [0, 1, 2]] });
    expect(report.examples).toBe(8);
  });

  it('computes accuracy, per-label precision/recall/F1 and macro-F1', () => {
    expect(report.accuracy).toBeCloseTo(5 / 8, 12);
    const [a, b, c] = report.perLabel;
    // a: tp 2, predicted 3, support 3 → P = R = F1 = 2/3
    expect(a).toMatchObject({ label: 'a', support: 3 });
    expect(a!.precision).toBeCloseTo(2 / 3, 12);
    expect(a!.recall).toBeCloseTo(2 / 3, 12);
    expect(a!.f1).toBeCloseTo(2 / 3, 12);
    // b: tp 1, predicted 3, support 2 → P 1/3, R 1/2, F1 = 2·(1/6)/(5/6) = 2/5
    expect(b!.precision).toBeCloseTo(1 / 3, 12);
    expect(b!.recall).toBeCloseTo(1 / 2, 12);
    expect(b!.f1).toBeCloseTo(2 / 5, 12);
    // c: tp 2, predicted 2, support 3 → P 1, R 2/3, F1 4/5
    expect(c!.precision).toBe(1);
    expect(c!.f1).toBeCloseTo(4 / 5, 12);
    // macro-F1 = (2/3 + 2/5 + 4/5) / 3 = 28/45
    expect(report.macroF1).toBeCloseTo(28 / 45, 12);
  });

  it("computes Cohen's kappa: p_o = 40/64, p_e = (3·3 + 2·3 + 3·2)/64 = 21/64, κ = 19/43", () => {
    expect(report.kappa).toBeCloseTo(19 / 43, 12);
  });

  it('adds predicted-only labels (e.g. unclassified) as columns but scores only gold labels', () => {
    const r = evaluatePredictions([{ gold: 'a', predicted: 'a' }, { gold: 'a', predicted: 'unclassified' }]);
    expect(r.confusion).toEqual({ labels: ['a', 'unclassified'], matrix: [[1, 1], [0, 0]] });
    expect(r.perLabel.map((s) => s.label)).toEqual(['a']);
    expect(r.accuracy).toBe(0.5);
    expect(r.perLabel[0]).toMatchObject({ precision: 1, recall: 0.5 });
  });

  it('handles perfect agreement on one label and empty input without dividing by zero', () => {
    expect(evaluatePredictions([{ gold: 'a', predicted: 'a' }]).kappa).toBe(1);
    expect(evaluatePredictions([])).toMatchObject({ examples: 0, accuracy: 0, macroF1: 0 });
  });

  it('formats a table with the headline figures, per-label rows and the matrix', () => {
    const text = formatEvaluation(report, 'test');
    expect(text).toContain('classifier test: 8 examples');
    expect(text).toContain('accuracy 0.625   macro-F1 0.622   Cohen\'s kappa 0.442');
    expect(text).toMatch(/^b\s+0\.333\s+0\.500\s+0\.400\s+2$/m);
    expect(text).toContain('confusion matrix (rows: gold, columns: predicted)');
  });
});
