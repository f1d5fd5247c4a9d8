// Cross-validated figures for one way of training: stratified folds (overall, on real prompts only,
// on non-Latin-script prompts) and grouped-by-source folds (generalisation to unseen sources).
// Only original rows are scored; augmentation copies train with their original's fold.
import type { EvaluationReport } from '../../src/classify/evaluation-metrics.js';
import { fitTemperature, logLoss } from './calibrate.js';
import { foldsWithCopies, outOfFoldLogits, type PreparedData, type Trainer } from './fit.js';
import { groupedFolds, stratifiedFolds } from './folds.js';
import { isTemplated, type TrainingRecipe } from './recipe.js';
import { evaluate, predictFromLogits } from './scoring.js';

export interface CvFigures {
  stratified: EvaluationReport;
  realOnly: EvaluationReport;
  nonLatin: EvaluationReport;
  grouped: EvaluationReport;
  temperature: number;
  calibratedLogLoss: number;
  seconds: number;
}

const NON_LATIN_LETTERS = /[^\P{L}\p{Script=Latin}]/gu;

export function isMostlyNonLatin(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const nonLatin = text.match(NON_LATIN_LETTERS)?.length ?? 0;
  return letters > 0 && nonLatin / letters >= 0.3;
}

/** The original rows' logits, targets and sources, in row order. */
function originalsOf(data: PreparedData, logits: Float64Array) {
  const classes = data.labels.length;
  const rows = Int32Array.from(data.copyOf.keys()).filter((r) => data.copyOf[r] === -1);
  const picked = new Float64Array(rows.length * classes);
  rows.forEach((r, i) => picked.set(logits.subarray(r * classes, (r + 1) * classes), i * classes));
  return { rows, logits: picked, targets: rows.map((r) => data.targets[r]!) };
}

export function crossValidate(data: PreparedData, texts: readonly string[], trainer: Trainer, recipe: TrainingRecipe, options: { folds: number; seed: number; grouped: boolean }): CvFigures {
  const started = process.hrtime.bigint();
  const classes = data.labels.length;
  const folds = foldsWithCopies(data, (o) => stratifiedFolds(o.map((r) => data.targets[r]!), options.folds, options.seed));
  const scored = originalsOf(data, outOfFoldLogits(data, folds, options.folds, trainer, recipe));
  const temperature = fitTemperature(scored.logits, scored.targets, classes);
  const predictions = predictFromLogits(scored.logits, classes, temperature, 0);
  const source = (i: number) => data.sources[scored.rows[i]!]!;
  const nonLatin = Array.from(scored.rows, (r) => isMostlyNonLatin(texts[r]!));
  let grouped = evaluate(predictions, scored.targets, data.labels, () => false);
  if (options.grouped) {
    const groupFolds = foldsWithCopies(data, (o) => groupedFolds(Array.from(o, (r) => data.sources[r]!), o.map((r) => data.targets[r]!), options.folds));
    const groupScored = originalsOf(data, outOfFoldLogits(data, groupFolds, options.folds, trainer, recipe));
    grouped = evaluate(predictFromLogits(groupScored.logits, classes, 1, 0), groupScored.targets, data.labels);
  }
  return {
    stratified: evaluate(predictions, scored.targets, data.labels),
    realOnly: evaluate(predictions, scored.targets, data.labels, (i) => !isTemplated(source(i))),
    nonLatin: evaluate(predictions, scored.targets, data.labels, (i) => nonLatin[i]!),
    grouped,
    temperature,
    calibratedLogLoss: logLoss(scored.logits, scored.targets, classes, temperature),
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
}
