// Training steps shared by the training script, the method comparison and the reproducibility test:
// weight the rows, fit and quantise a model, and collect out-of-fold predictions.
import { FEATURE_VERSION } from '../../src/classify/local/feature-spec.js';
import { FeatureExtractor } from '../../src/classify/local/features.js';
import { MODEL_FORMAT, type ModelFile } from '../../src/classify/local/model-file.js';
import { LocalModel } from '../../src/classify/local/model.js';
import { countFeatures, weighMatrix, type FeatureMatrix, type TrainingRow } from './dataset.js';
import { idfCodes } from './idf.js';
import { quantise } from './quantise.js';
import { NEUTRAL_LABEL } from './augment.js';
import { isTemplated, type TrainingRecipe } from './recipe.js';
import { trainSoftmax, type LinearModel } from './softmax-sgd.js';

export interface PreparedData {
  labels: string[];
  /** IDF code per bucket, learnt from all rows. */
  idf: Uint8Array;
  targets: Int32Array;
  rowWeights: Float64Array;
  matrix: FeatureMatrix;
  /** The training rows' sources, for grouped folds and per-source figures. */
  sources: string[];
  /** Per row: the original it was copied from (augmentation), or -1. Copies train but are never evaluated. */
  copyOf: Int32Array;
}

export type Trainer = (data: PreparedData, rows: Int32Array) => LinearModel;

export function prepare(rows: readonly TrainingRow[], recipe: TrainingRecipe, copyOf: Int32Array = new Int32Array(rows.length).fill(-1)): PreparedData {
  const labels = [...new Set(rows.map((r) => r.label))].filter((l) => l !== NEUTRAL_LABEL).sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  // -1: a neutral row (uniform target), see augment.ts.
  const targets = Int32Array.from(rows, (r) => index.get(r.label) ?? -1);
  const sourceWeight = rows.map((r) => (isTemplated(r.source) ? recipe.templatedWeight : 1));
  const perClass = new Float64Array(labels.length);
  let total = 0;
  let labelled = 0;
  sourceWeight.forEach((w, r) => {
    if (targets[r]! < 0) return;
    perClass[targets[r]!]! += w;
    total += w;
    labelled++;
  });
  // Scaled so the mean labelled row weight is 1 whatever the balancing, which keeps the learning rate meaningful.
  const rowWeights = Float64Array.from(sourceWeight, (w, r) => {
    if (targets[r]! < 0) return recipe.neutralWeight;
    return recipe.balanceClasses ? (w * total) / (labels.length * perClass[targets[r]!]!) / (total / labelled) : w / (total / labelled);
  });
  const counts = countFeatures(rows.map((r) => r.text), new FeatureExtractor(recipe.features));
  const idf = idfCodes(counts, 1 << recipe.features.hashBits);
  const matrix = weighMatrix(counts, recipe.features, idf);
  return { labels, idf, targets, rowWeights, matrix, sources: rows.map((r) => r.source), copyOf };
}

/** Folds computed on the original rows (by `assign`), with every copy put in its original's fold. */
export function foldsWithCopies(data: PreparedData, assign: (originals: Int32Array) => Int32Array): Int32Array {
  const originals = Int32Array.from(data.copyOf.keys()).filter((r) => data.copyOf[r] === -1);
  const assigned = assign(originals);
  const foldOf = new Int32Array(data.copyOf.length);
  originals.forEach((r, i) => (foldOf[r] = assigned[i]!));
  data.copyOf.forEach((original, r) => {
    if (original >= 0) foldOf[r] = foldOf[original]!;
  });
  return foldOf;
}

export function softmaxTrainer(recipe: TrainingRecipe): Trainer {
  return (data, rows) =>
    trainSoftmax({ matrix: data.matrix, targets: data.targets, rowWeights: data.rowWeights, rows }, data.labels.length, 1 << recipe.features.hashBits, recipe.sgd);
}

export function toModelFile(
  model: LinearModel,
  labels: string[],
  idf: Uint8Array,
  recipe: TrainingRecipe,
  calibration: { temperature: number; threshold: number },
  provenance: Record<string, unknown>,
): ModelFile {
  const { weights, weightScale } = quantise(model);
  return {
    header: {
      format: MODEL_FORMAT,
      featureVersion: FEATURE_VERSION,
      features: recipe.features,
      labels,
      biases: Array.from(model.biases, (b) => Number(b.toFixed(6))),
      weightScale,
      temperature: calibration.temperature,
      threshold: calibration.threshold,
      provenance,
    },
    idf,
    weights,
  };
}

/**
 * Logits (uncalibrated, row-major rows × labels) for the original rows of the folds in `only` (default:
 * all folds), each from a model trained on the other folds. Copies and rows outside `only` keep zeros.
 */
export function outOfFoldLogits(data: PreparedData, folds: Int32Array, foldCount: number, trainer: Trainer, recipe: TrainingRecipe, only?: readonly number[]): Float64Array {
  const classes = data.labels.length;
  const logits = new Float64Array(data.targets.length * classes);
  const { offsets, indices, values } = data.matrix;
  for (let f = 0; f < foldCount; f++) {
    if (only !== undefined && !only.includes(f)) continue;
    const trainRows: number[] = [];
    const testRows: number[] = [];
    folds.forEach((fold, r) => {
      if (fold !== f) trainRows.push(r);
      else if (data.copyOf[r] === -1) testRows.push(r);
    });
    const file = toModelFile(trainer(data, Int32Array.from(trainRows)), data.labels, data.idf, recipe, { temperature: 1, threshold: 0 }, {});
    const model = new LocalModel(file);
    for (const r of testRows) {
      const from = offsets[r]!;
      const to = offsets[r + 1]!;
      const row = model.logitsVector({ indices: indices.subarray(from, to), values: values.subarray(from, to), length: to - from });
      logits.set(row, r * classes);
    }
  }
  return logits;
}
