// The alternatives compare-methods.ts measures against the shipped recipe (figures in docs/local-classifier.md).
import type { FeatureSpec } from '../../src/classify/local/feature-spec.js';
import type { Trainer } from './fit.js';
import { naiveBayesTrainer } from './naive-bayes.js';
import type { TrainingRecipe } from './recipe.js';
import type { SgdOptions } from './softmax-sgd.js';

export interface Variant {
  name: string;
  recipe: Partial<Omit<TrainingRecipe, 'features' | 'sgd'>> & { features?: Partial<FeatureSpec>; sgd?: Partial<SgdOptions> };
  trainer?: (recipe: TrainingRecipe) => Trainer;
}

export const VARIANTS: Variant[] = [
  { name: 'shipped', recipe: {} },
  { name: 'naive-bayes', recipe: {}, trainer: (r) => naiveBayesTrainer(1 << r.features.hashBits, 0.001) },
  { name: 'no-idf', recipe: { features: { idfPower: 0 } } },
  { name: 'words-only', recipe: { features: { charWeight: 0 } } },
  { name: 'chars-only', recipe: { features: { wordWeight: 0, edgeWeight: 0 } } },
  { name: 'no-edges', recipe: { features: { edgeTokens: 0, edgeWeight: 0 } } },
  { name: 'no-label-smoothing', recipe: { sgd: { labelSmoothing: 0 } } },
  { name: 'no-translation-copies', recipe: { requestOnlyCopies: false, neutralSentences: false } },
  { name: 'templated=1', recipe: { templatedWeight: 1 } },
  { name: 'no-class-balance', recipe: { balanceClasses: false } },
  { name: 'hashBits=19', recipe: { features: { hashBits: 19 } } },
];
