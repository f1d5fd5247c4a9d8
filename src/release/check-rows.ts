// What `audit verify` accepts as a released row: exactly the aggregate row schema's fields, numbers
// where numbers belong, and a category that is a taxonomy id of the row's dimension, `unclassified`
// or `suppressed`. Anything else (a stray field, a free-text value) is named by line and field,
// never quoted: a value that should not be there may be exactly what must not be printed.
import { aggregateRowSchema, type AggregateRow } from '../../schemas/aggregate-row.js';
import type { Taxonomy } from '../../schemas/taxonomy.js';
import { UNCLASSIFIED } from '../aggregate/record.js';
import { issuesFromZod } from '../validation/zod-issues.js';
import { SUPPRESSED } from './build-rows.js';

export type RowCheck = { ok: true; row: AggregateRow } | { ok: false; field: string; message: string };

export function allowedCategories(taxonomy: Taxonomy, dimension: string): Set<string> | undefined {
  const dim = taxonomy.dimensions[dimension];
  if (!dim) return undefined;
  return new Set([...dim.categories.map((c) => c.id), UNCLASSIFIED, SUPPRESSED]);
}

export function checkRow(value: unknown, taxonomy: Taxonomy): RowCheck {
  const parsed = aggregateRowSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      // Key names are checked against a fixed pattern before they are shown: they are input too.
      const shown = issue.keys.map((k) => (/^[A-Za-z0-9_]{1,40}$/.test(k) ? k : '(unprintable)'));
      return { ok: false, field: shown.join(', '), message: 'field not allowed' };
    }
    const first = issuesFromZod(parsed.error)[0]!;
    return { ok: false, field: first.field, message: first.message };
  }
  const row = parsed.data;
  const allowed = allowedCategories(taxonomy, row.dimension);
  if (!allowed) return { ok: false, field: 'dimension', message: 'not a dimension of the taxonomy' };
  if (!allowed.has(row.category)) return { ok: false, field: 'category', message: 'not a category id of the taxonomy' };
  if (row.suppressed !== (row.category === SUPPRESSED)) return { ok: false, field: 'suppressed', message: 'must be true exactly on the suppressed row' };
  return { ok: true, row };
}
