// Google content-category paths → taxonomy categories: drop labels under the confidence floor, take the
// most confident remaining path, and map it by the longest matching prefix in the taxonomy file.
import type { TaxonomyDimension } from '../../../schemas/taxonomy.js';
import type { Classification } from '../classifier.js';

export interface GoogleCategory {
  name: string;
  confidence: number;
}

/** Longest prefix of `path` in `mapping`, matched on whole path segments ("/Science" ≠ "/Sciences"). */
export function mapGooglePath(path: string, mapping: TaxonomyDimension['googleMapping']): string | undefined {
  let best: { length: number; category: string } | undefined;
  for (const { prefix, category } of mapping) {
    const bare = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
    const matches = path === bare || path.startsWith(bare + '/');
    if (matches && (best === undefined || bare.length > best.length)) best = { length: bare.length, category };
  }
  return best?.category;
}

/** Fill every dimension that has a Google mapping; the others are left to `normalise` (fallback). */
export function classificationFromGoogle(
  categories: readonly GoogleCategory[],
  dimensions: Record<string, TaxonomyDimension>,
  minConfidence: number,
): Classification {
  const kept = categories.filter((c) => c.confidence >= minConfidence).sort((a, b) => b.confidence - a.confidence);
  const results: Classification['results'] = {};
  for (const [name, dim] of Object.entries(dimensions)) {
    if (dim.googleMapping.length === 0) continue;
    const top = kept[0];
    const category = top === undefined ? undefined : mapGooglePath(top.name, dim.googleMapping);
    results[name] = category === undefined ? { category: dim.fallback, confidence: 0 } : { category, confidence: top!.confidence };
  }
  return { results, labels: kept.slice(0, 64).map((c) => ({ name: c.name.slice(0, 256), confidence: c.confidence })) };
}
