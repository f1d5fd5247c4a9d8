// Reads the shipped model file once per process (synchronously: it is a few megabytes of plain bytes)
// and keeps the decoded model for every classifier created afterwards.
import { readFileSync } from 'node:fs';
import { BackendError } from '../../errors/index.js';
import { packagePath } from '../../util/package-root.js';
import { decodeModel } from './model-file.js';
import { LocalModel } from './model.js';

export const DEFAULT_MODEL_PATH = packagePath('models', 'local-classifier.bin');

const cache = new Map<string, LocalModel>();

/** The decoded model at `path`; throws BackendError('backend_unavailable') naming the path and the problem. */
export function loadLocalModel(path: string = DEFAULT_MODEL_PATH): LocalModel {
  const hit = cache.get(path);
  if (hit) return hit;
  let model: LocalModel;
  try {
    model = new LocalModel(decodeModel(readFileSync(path)));
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new BackendError('backend_unavailable', `local model ${path}: ${reason}`);
  }
  cache.set(path, model);
  return model;
}
