// Compares ways of training the local classifier by cross-validation on the training file and prints
// one line per variant (variants.ts). Columns: stratified 5-fold macro-F1 and accuracy; macro-F1 on
// real (non-templated) prompts only; accuracy on non-Latin-script prompts whose label is not
// translation; macro-F1 with whole sources held out (--grouped).
// Usage: node dist/scripts/local-classifier/compare-methods.js [--data FILE] [--only a,b] [--grouped] [--detail]
import { parseArgs } from 'node:util';
import { formatEvaluation, type EvaluationReport } from '../../src/classify/evaluation-metrics.js';
import { withTranslationCopies } from './augment.js';
import { crossValidate } from './cross-validate.js';
import { readRows } from './dataset.js';
import { prepare, softmaxTrainer, type PreparedData, type Trainer } from './fit.js';
import { SHIPPED_RECIPE, type TrainingRecipe } from './recipe.js';
import { DEFAULT_TRAIN_DATA, templatesPathFor } from './retrain.js';
import { VARIANTS } from './variants.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_TRAIN_DATA },
    only: { type: 'string' },
    grouped: { type: 'boolean', default: false },
    detail: { type: 'boolean', default: false },
    folds: { type: 'string', default: '5' },
  },
});
const labelled = readRows(values.data!);
const only = values.only?.split(',');
const f = (x: number) => x.toFixed(4);

/** Accuracy over the rows whose gold label is not `translation`. */
function accuracyWithoutTranslation(report: EvaluationReport): number {
  const { labels, matrix } = report.confusion;
  let correct = 0;
  let total = 0;
  labels.forEach((label, i) => {
    if (label === 'translation') return;
    correct += matrix[i]![i]!;
    total += matrix[i]!.reduce((s, x) => s + x, 0);
  });
  return total === 0 ? 0 : correct / total;
}

console.log(['variant', 'cv-macroF1', 'cv-acc', 'real-macroF1', 'nonLatin-nonTransl-acc', 'grouped-macroF1', 'T', 'logloss', 's'].join('\t'));
let cached: { key: string; data: PreparedData; texts: string[] } | undefined;
for (const variant of VARIANTS) {
  if (only && !only.includes(variant.name)) continue;
  const recipe: TrainingRecipe = {
    ...SHIPPED_RECIPE,
    ...variant.recipe,
    features: { ...SHIPPED_RECIPE.features, ...variant.recipe.features },
    sgd: { ...SHIPPED_RECIPE.sgd, ...variant.recipe.sgd },
  };
  const key = JSON.stringify([recipe.features, recipe.templatedWeight, recipe.balanceClasses, recipe.requestOnlyCopies, recipe.neutralSentences, recipe.neutralWeight]);
  if (cached?.key !== key) {
    const augmented = withTranslationCopies(labelled, templatesPathFor(values.data!), { requestOnly: recipe.requestOnlyCopies, neutralSentences: recipe.neutralSentences });
    cached = { key, data: prepare(augmented.rows, recipe, augmented.copyOf), texts: augmented.rows.map((r) => r.text) };
  }
  const trainer: Trainer = variant.trainer ? variant.trainer(recipe) : softmaxTrainer(recipe);
  const cv = crossValidate(cached.data, cached.texts, trainer, recipe, { folds: Number(values.folds), seed: 7, grouped: values.grouped! });
  console.log(
    [variant.name, f(cv.stratified.macroF1), f(cv.stratified.accuracy), f(cv.realOnly.macroF1), f(accuracyWithoutTranslation(cv.nonLatin)), values.grouped ? f(cv.grouped.macroF1) : '-', cv.temperature, f(cv.calibratedLogLoss), cv.seconds.toFixed(1)].join('\t'),
  );
  if (values.detail) {
    console.log(formatEvaluation(cv.stratified, `${variant.name} stratified`));
    console.log(formatEvaluation(cv.realOnly, `${variant.name} real prompts only`));
    console.log(formatEvaluation(cv.nonLatin, `${variant.name} non-Latin-script prompts`));
    if (values.grouped) console.log(formatEvaluation(cv.grouped, `${variant.name} grouped by source`));
  }
}
