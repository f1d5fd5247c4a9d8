// Agreement between gold labels and predictions: accuracy, per-label precision/recall/F1,
// macro-F1 over the gold labels, Cohen's kappa and the confusion matrix.

export interface LabelScores {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvaluationReport {
  examples: number;
  accuracy: number;
  macroF1: number;
  kappa: number;
  perLabel: LabelScores[];
  /** Row = gold label, column = predicted label, in `labels` order. */
  confusion: { labels: string[]; matrix: number[][] };
}

export function evaluatePredictions(pairs: ReadonlyArray<{ gold: string; predicted: string }>): EvaluationReport {
  const goldLabels = [...new Set(pairs.map((p) => p.gold))].sort();
  const extra = [...new Set(pairs.map((p) => p.predicted))].filter((l) => !goldLabels.includes(l)).sort();
  const labels = [...goldLabels, ...extra];
  const index = new Map(labels.map((l, i) => [l, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  for (const { gold, predicted } of pairs) matrix[index.get(gold)!]![index.get(predicted)!]! += 1;

  const n = pairs.length;
  const rowSum = (i: number) => matrix[i]!.reduce((s, x) => s + x, 0);
  const colSum = (j: number) => matrix.reduce((s, row) => s + row[j]!, 0);
  const correct = labels.reduce((s, _, i) => s + matrix[i]![i]!, 0);

  const perLabel = goldLabels.map((label) => {
    const i = index.get(label)!;
    const tp = matrix[i]![i]!;
    const predictedCount = colSum(i);
    const support = rowSum(i);
    const precision = predictedCount === 0 ? 0 : tp / predictedCount;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, precision, recall, f1, support };
  });
  const accuracy = n === 0 ? 0 : correct / n;
  const expected = n === 0 ? 0 : labels.reduce((s, _, i) => s + (rowSum(i) * colSum(i)) / (n * n), 0);
  const kappa = expected === 1 ? 1 : (accuracy - expected) / (1 - expected);
  const macroF1 = perLabel.length === 0 ? 0 : perLabel.reduce((s, x) => s + x.f1, 0) / perLabel.length;
  return { examples: n, accuracy, macroF1, kappa, perLabel, confusion: { labels, matrix } };
}

export function formatEvaluation(report: EvaluationReport, classifierName: string): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `classifier ${classifierName}: ${report.examples} examples`,
    `accuracy ${f(report.accuracy)}   macro-F1 ${f(report.macroF1)}   Cohen's kappa ${f(report.kappa)}`,
    '',
  ];
  const width = Math.max(5, ...report.perLabel.map((s) => s.label.length));
  lines.push(`${'label'.padEnd(width)}  precision  recall     f1  support`);
  for (const s of report.perLabel) {
    lines.push(`${s.label.padEnd(width)}  ${f(s.precision).padStart(9)}  ${f(s.recall).padStart(6)}  ${f(s.f1).padStart(5)}  ${String(s.support).padStart(7)}`);
  }
  lines.push('', 'confusion matrix (rows: gold, columns: predicted)');
  const { labels, matrix } = report.confusion;
  const short = labels.map((l) => l.slice(0, 6));
  const cw = Math.max(4, ...matrix.flat().map((x) => String(x).length), ...short.map((s) => s.length));
  lines.push(`${''.padEnd(width)} ${short.map((s) => s.padStart(cw)).join(' ')}`);
  labels.forEach((label, i) => lines.push(`${label.padEnd(width)} ${matrix[i]!.map((x) => String(x).padStart(cw)).join(' ')}`));
  return lines.join('\n') + '\n';
}
