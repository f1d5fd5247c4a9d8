// Categories in the counts that the release's taxonomy does not have: counted by workers whose
// TAXONOMY_FILE differs from the reporting process's, or from before the file changed. Rows still
// carry them (outside the share denominator); differential privacy, which draws noise over the
// taxonomy's categories only, would drop them, so a DP release refuses instead (release-settings.ts).
import type { Taxonomy } from '../../schemas/taxonomy.js';
import { UNCLASSIFIED, type AggregateCell } from '../aggregate/record.js';

/** "dimension/category" of every cell outside `taxonomy`, sorted, each once. */
export function categoriesOutside(cells: readonly Pick<AggregateCell, 'dimension' | 'category'>[], taxonomy: Taxonomy): string[] {
  const known = new Map(Object.entries(taxonomy.dimensions).map(([name, dim]) => [name, new Set([...dim.categories.map((c) => c.id), UNCLASSIFIED])]));
  const outside = new Set<string>();
  for (const cell of cells) if (!known.get(cell.dimension)?.has(cell.category)) outside.add(`${cell.dimension}/${cell.category}`);
  return [...outside].sort();
}
