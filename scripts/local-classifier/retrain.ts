// Trains the shipped recipe from a data file: checks the labels against the taxonomy, records the
// file's SHA-256 in the model's provenance, and returns the model bytes. Used by `npm run train:local`
// and by the reproducibility test.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { categoryIds, loadTaxonomy } from '../../src/classify/taxonomy.js';
import { packagePath } from '../../src/util/package-root.js';
import { withTranslationCopies } from './augment.js';
import { readRows } from './dataset.js';
import { SHIPPED_RECIPE } from './recipe.js';
import { trainModel, type TrainedModel } from './train-model.js';

/** The data README's location relative to a checkout: ../shared/data/prompts/train.jsonl. */
export const DEFAULT_TRAIN_DATA = packagePath('..', 'shared', 'data', 'prompts', 'train.jsonl');
export const SHIPPED_MODEL = packagePath('models', 'local-classifier.bin');

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The request templates shipped beside the data file (used to find the sentence in translation rows). */
export function templatesPathFor(dataPath: string): string {
  return join(dirname(dataPath), 'templates.py');
}

/** SHA-256 of each training input, as recorded in the model header. */
export function inputDigests(dataPath: string): { data: { file: string; sha256: string }; templates?: { file: string; sha256: string } } {
  const data = { file: basename(dataPath), sha256: sha256Of(readFileSync(dataPath)) };
  if (!SHIPPED_RECIPE.requestOnlyCopies && !SHIPPED_RECIPE.neutralSentences) return { data };
  const templatesPath = templatesPathFor(dataPath);
  return { data, templates: { file: basename(templatesPath), sha256: sha256Of(readFileSync(templatesPath)) } };
}

export function retrainFromFile(dataPath: string = DEFAULT_TRAIN_DATA): TrainedModel & { rows: number } {
  const rows = readRows(dataPath);
  const known = new Set(categoryIds(loadTaxonomy()));
  const unknown = [...new Set(rows.map((r) => r.label))].filter((l) => !known.has(l));
  if (unknown.length > 0) throw new Error(`labels not in the taxonomy's topic dimension: ${unknown.join(', ')}`);
  const augmented = withTranslationCopies(rows, templatesPathFor(dataPath), { requestOnly: SHIPPED_RECIPE.requestOnlyCopies, neutralSentences: SHIPPED_RECIPE.neutralSentences });
  return { ...trainModel({ augmented, provenance: inputDigests(dataPath) }, SHIPPED_RECIPE), rows: rows.length };
}
