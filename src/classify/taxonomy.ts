// Loads and validates the taxonomy file once per process.
import { readFileSync } from 'node:fs';
import { taxonomySchema, type Taxonomy } from '../../schemas/taxonomy.js';
import { ConfigError } from '../errors/index.js';
import { packagePath } from '../util/package-root.js';
import { issuesFromZod } from '../validation/zod-issues.js';

export const DEFAULT_TAXONOMY_PATH = packagePath('schemas', 'taxonomy.json');
const cache = new Map<string, Taxonomy>();

export function loadTaxonomy(path: string = DEFAULT_TAXONOMY_PATH): Taxonomy {
  const hit = cache.get(path);
  if (hit) return hit;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConfigError('TAXONOMY_FILE', `cannot read ${path}: ${(err as Error).message}`);
  }
  const parsed = taxonomySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = issuesFromZod(parsed.error)[0]!;
    throw new ConfigError('TAXONOMY_FILE', `${path}: ${issue.field}: ${issue.message}`);
  }
  const taxonomy = Object.freeze(parsed.data);
  cache.set(path, taxonomy);
  return taxonomy;
}

export function categoryIds(taxonomy: Taxonomy, dimension = 'topic'): string[] {
  return taxonomy.dimensions[dimension]?.categories.map((c) => c.id) ?? [];
}
