// The offline classifier: a linear model over hashed word and character n-grams, trained on
// shared/data/prompts by `npm run train:local` and shipped in models/. No network, no keys; the model
// is loaded once per process. Below the model's calibrated threshold the answer is `other`.
import { BackendError } from '../../errors/index.js';
import type { Classification, Classifier } from '../classifier.js';
import { loadLocalModel } from './load-model.js';
import type { LocalModel } from './model.js';

export const FALLBACK_CATEGORY = 'other';
const TOP_LABELS = 5;

export interface LocalClassifierOptions {
  /** Model file to use instead of the shipped one (tests, operators with their own training data). */
  modelPath?: string;
  /** Overrides the threshold stored in the model file. */
  threshold?: number;
}

/** The `topic` result for one text, synchronously. */
export function classifyWithModel(model: LocalModel, text: string, threshold: number = model.threshold): Classification {
  const { probabilities, hasFeatures } = model.predict(text);
  const ranked = model.labels.map((name, k) => ({ name, confidence: probabilities[k]! }));
  // Stable order for equal probabilities: by label name, so output never depends on sort internals.
  ranked.sort((a, b) => b.confidence - a.confidence || (a.name < b.name ? -1 : 1));
  const best = ranked[0]!;
  if (!hasFeatures) return { results: { topic: { category: FALLBACK_CATEGORY, confidence: 0 } }, labels: [] };
  // For `other`, the confidence is the best label's, which fell short of the threshold.
  const category = best.confidence >= threshold ? best.name : FALLBACK_CATEGORY;
  return { results: { topic: { category, confidence: best.confidence } }, labels: ranked.slice(0, TOP_LABELS) };
}

export function createLocalClassifier(options: LocalClassifierOptions = {}): Classifier {
  // Loaded here rather than on the first text, so a missing or damaged model stops start-up.
  const model = loadLocalModel(options.modelPath);
  const threshold = options.threshold ?? model.threshold;
  return {
    name: 'local',
    async classify(text, signal) {
      if (signal?.aborted) throw new BackendError('timeout', 'local classification aborted before it started');
      return classifyWithModel(model, text, threshold);
    },
  };
}
