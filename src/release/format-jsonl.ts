// JSONL export: one aggregate row per line, keys in canonical (sorted) order so the file's lines are
// exactly what the audit digest was computed over.
import type { AggregateRow } from '../../schemas/aggregate-row.js';
import { canonicalJson } from './canonical-json.js';

export function formatJsonl(rows: readonly AggregateRow[]): string {
  return rows.map((r) => canonicalJson(r) + '\n').join('');
}
