// The contract every backend meets (DESIGN §7). Backends return raw categories; `normalise`
// forces each into its dimension's closed set so nothing outside the taxonomy reaches a counter.
import type { Classification } from '../../schemas/classification.js';
import type { Taxonomy } from '../../schemas/taxonomy.js';

export type { Classification };

export interface Classifier {
  /** Backend name as used by CLASSIFIER and in metrics labels. */
  readonly name: string;
  /** `text` is a redacted transcript. Rejects with BackendError on failure; never resolves with text. */
  classify(text: string, signal?: AbortSignal): Promise<Classification>;
  close?(): Promise<void>;
}

/** Replace any category that is not in its dimension with the dimension's fallback (usually `other`). */
export function normalise(classification: Classification, taxonomy: Taxonomy): Classification {
  const results: Classification['results'] = {};
  for (const [name, dim] of Object.entries(taxonomy.dimensions)) {
    const result = classification.results[name];
    const known = result !== undefined && dim.categories.some((c) => c.id === result.category);
    results[name] = known ? result : { category: dim.fallback, confidence: result?.confidence ?? 0 };
  }
  return { ...classification, results };
}
