import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel } from '../../../src/classify/local/model-file.js';
import { prepare, softmaxTrainer, toModelFile } from '../../../scripts/local-classifier/fit.js';
import { SHIPPED_RECIPE } from '../../../scripts/local-classifier/recipe.js';
import { DEFAULT_TRAIN_DATA, inputDigests, retrainFromFile, SHIPPED_MODEL, sha256Of } from '../../../scripts/local-classifier/retrain.js';

describe('local classifier training', () => {
  it('gives identical bytes for identical input within one process', () => {
    const rows = ['alpha beta', 'gamma delta', 'beta gamma', 'delta alpha', 'alpha alpha', 'delta delta'].map((text, i) => ({ text, label: i % 2 ? 'b' : 'a', source: 's' }));
    const recipe = { ...SHIPPED_RECIPE, features: { ...SHIPPED_RECIPE.features, hashBits: 10 }, sgd: { ...SHIPPED_RECIPE.sgd, epochs: 3 } };
    const once = () => {
      const data = prepare(rows, recipe);
      return encodeModel(toModelFile(softmaxTrainer(recipe)(data, Int32Array.from(rows.keys())), data.labels, data.idf, recipe, { temperature: 1, threshold: 0.3 }, {}));
    };
    expect(sha256Of(once())).toBe(sha256Of(once()));
  });

  // The shipped model must be exactly what `npm run train:local` makes from the training file.
  it('retraining from ../shared/data/prompts/train.jsonl reproduces models/local-classifier.bin byte for byte', () => {
    const shipped = readFileSync(SHIPPED_MODEL);
    const provenance = decodeModel(shipped).header.provenance;
    // Different input files make a different model, not a reproducibility failure: say which it is.
    const digests = inputDigests(DEFAULT_TRAIN_DATA);
    expect(digests.data, 'training data differs from the data the shipped model was trained on').toEqual(provenance.data);
    expect(digests.templates, 'templates.py differs from the one the shipped model was trained on').toEqual(provenance.templates);
    const retrained = retrainFromFile(DEFAULT_TRAIN_DATA);
    expect(retrained.sha256).toBe(sha256Of(shipped));
  }, 600_000);
});
