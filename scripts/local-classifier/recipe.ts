// Everything that decides the shipped model, in one place: feature settings, SGD settings, how rows
// are weighted, and how calibration and the `other` threshold are chosen. The values were picked by
// cross-validation on the training file (scripts/local-classifier/compare-methods.ts; figures in
// docs/local-classifier.md).
import type { FeatureSpec } from '../../src/classify/local/feature-spec.js';
import type { SgdOptions } from './softmax-sgd.js';

export interface TrainingRecipe {
  features: FeatureSpec;
  sgd: SgdOptions;
  /** Weight of a row from a templated or authored source, relative to a real prompt (1). */
  templatedWeight: number;
  /** Add a request-only copy of each templated translation row (see augment.ts). */
  requestOnlyCopies: boolean;
  /** Add each non-English sentence of the templated translation rows alone, with a uniform target. */
  neutralSentences: boolean;
  /** Weight of a neutral row. */
  neutralWeight: number;
  /** Give every label the same total weight (macro-F1 counts every label equally). */
  balanceClasses: boolean;
  /**
   * Calibration holds out 1/calibrationFolds of the rows (one stratified fold), trains on the rest and
   * fits the temperature and the threshold on the held-out predictions. One fold rather than all keeps
   * training short enough to rerun in the test suite.
   */
  calibrationFolds: number;
  /** Largest share of labelled held-out rows the `other` threshold may turn into `other`. */
  maxOtherShare: number;
  /** Highest threshold considered, whatever the budget allows. */
  maxThreshold: number;
}

/**
 * Sources whose rows were generated from templates (see the data README): they teach the label but
 * also the template's wording, so they count less than real prompts.
 */
export const TEMPLATED_SOURCES: readonly string[] = ['ttl_roleplay_templated', 'wmt22_templated', 'authored_marketing_templates', 'authored_creative_templates'];

export function isTemplated(source: string): boolean {
  return TEMPLATED_SOURCES.includes(source.split(':')[0]!);
}

export const SHIPPED_RECIPE: TrainingRecipe = {
  features: {
    hashBits: 17,
    charMin: 3,
    charMax: 5,
    ideoMin: 1,
    ideoMax: 3,
    maxWordChars: 24,
    edgeTokens: 8,
    wordWeight: 1,
    charWeight: 1,
    edgeWeight: 1,
    idfPower: 1.5,
  },
  sgd: { epochs: 8, learningRate: 1.5, l2: 1e-5, labelSmoothing: 0.3, seed: 20240601 },
  templatedWeight: 0.5,
  requestOnlyCopies: true,
  neutralSentences: true,
  neutralWeight: 1,
  balanceClasses: true,
  calibrationFolds: 5,
  maxOtherShare: 0.005,
  maxThreshold: 0.5,
};
