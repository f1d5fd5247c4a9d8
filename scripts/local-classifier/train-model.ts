// Trains the model that ships: fits the temperature and the `other` threshold on out-of-fold
// predictions, then trains on every row and encodes the result. Deterministic: the same data file
// and recipe give the same bytes.
import { createHash } from 'node:crypto';
import { encodeModel } from '../../src/classify/local/model-file.js';
import { fitTemperature } from './calibrate.js';
import type { AugmentedRows } from './augment.js';
import { foldsWithCopies, outOfFoldLogits, prepare, softmaxTrainer, toModelFile } from './fit.js';
import { stratifiedFolds } from './folds.js';
import type { TrainingRecipe } from './recipe.js';
import { chooseThreshold, evaluate, predictFromLogits } from './scoring.js';

export interface TrainedModel {
  bytes: Buffer;
  sha256: string;
  /** Figures on the calibration hold-out, from the model trained without it (with the threshold, as shipped). */
  calibration: { heldOutRows: number; macroF1: number; accuracy: number; otherShare: number };
  temperature: number;
  threshold: number;
}

export interface TrainingInputs {
  /** The labelled rows plus augmentation copies. */
  augmented: AugmentedRows;
  /** Provenance recorded in the model header: the input files and their SHA-256. */
  provenance: Record<string, unknown>;
}

export function trainModel(inputs: TrainingInputs, recipe: TrainingRecipe): TrainedModel {
  const { rows, copyOf } = inputs.augmented;
  const prepared = prepare(rows, recipe, copyOf);
  const trainer = softmaxTrainer(recipe);
  const classes = prepared.labels.length;

  const folds = foldsWithCopies(prepared, (originals) => stratifiedFolds(originals.map((r) => prepared.targets[r]!), recipe.calibrationFolds, recipe.sgd.seed));
  const heldOut = Int32Array.from(rows.keys()).filter((r) => folds[r] === 0 && copyOf[r] === -1);
  const allLogits = outOfFoldLogits(prepared, folds, recipe.calibrationFolds, trainer, recipe, [0]);
  const logits = new Float64Array(heldOut.length * classes);
  heldOut.forEach((r, i) => logits.set(allLogits.subarray(r * classes, (r + 1) * classes), i * classes));
  const targets = heldOut.map((r) => prepared.targets[r]!);
  const temperature = fitTemperature(logits, targets, classes);
  const threshold = chooseThreshold(predictFromLogits(logits, classes, temperature, 0).confidence, recipe.maxOtherShare, recipe.maxThreshold);
  const predictions = predictFromLogits(logits, classes, temperature, threshold);
  const report = evaluate(predictions, targets, prepared.labels);
  const otherShare = predictions.predicted.reduce((n, p) => n + (p < 0 ? 1 : 0), 0) / predictions.predicted.length;
  const calibration = { heldOutRows: heldOut.length, macroF1: round(report.macroF1), accuracy: round(report.accuracy), otherShare: round(otherShare) };

  const all = Int32Array.from(rows.keys());
  const file = toModelFile(trainer(prepared, all), prepared.labels, prepared.idf, recipe, { temperature, threshold }, {
    ...inputs.provenance,
    rows: { labelled: copyOf.filter((c) => c < 0).length, augmentationCopies: copyOf.filter((c) => c >= 0).length },
    recipe,
    calibration,
    licences: 'NOTICE.md',
  });
  const bytes = encodeModel(file);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex'), calibration, temperature, threshold };
}

function round(x: number): number {
  return Number(x.toFixed(4));
}
