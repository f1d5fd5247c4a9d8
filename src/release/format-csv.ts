// CSV export of aggregate rows (RFC 4180 quoting). Column order is the schema's field order, with
// the interval pairs split into low/high columns; parse-rows.ts reads it back to the same rows.
import type { AggregateRow } from '../../schemas/aggregate-row.js';

export const CSV_COLUMNS = [
  'bucketStart', 'bucket', 'dimension', 'category', 'model', 'app', 'sampledEvents', 'estimatedEvents',
  'estimatedEventsCiLow', 'estimatedEventsCiHigh', 'promptTokens', 'completionTokens', 'requestShare',
  'tokenShare', 'shareCiLow', 'shareCiHigh', 'distinctAccountsEst', 'suppressed',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatCsv(rows: readonly AggregateRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    const flat: Record<CsvColumn, unknown> = {
      ...r,
      model: r.model,
      app: r.app,
      estimatedEventsCiLow: r.estimatedEventsCi95[0],
      estimatedEventsCiHigh: r.estimatedEventsCi95[1],
      shareCiLow: r.shareCi95?.[0],
      shareCiHigh: r.shareCi95?.[1],
    };
    lines.push(CSV_COLUMNS.map((c) => cell(flat[c])).join(','));
  }
  return lines.join('\n') + '\n';
}
