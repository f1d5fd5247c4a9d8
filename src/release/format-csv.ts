// CSV export of aggregate rows (RFC 4180 quoting). Column order is the schema's field order.
import type { AggregateRow } from '../../schemas/aggregate-row.js';

export const CSV_COLUMNS = [
  'bucketStart', 'bucket', 'dimension', 'category', 'model', 'app', 'sampledEvents', 'estimatedEvents',
  'promptTokens', 'completionTokens', 'requestShare', 'tokenShare', 'shareCiLow', 'shareCiHigh',
  'distinctAccountsEst', 'suppressed',
] as const;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatCsv(rows: readonly AggregateRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    const flat: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      ...r,
      model: r.model,
      app: r.app,
      shareCiLow: r.shareCi95?.[0],
      shareCiHigh: r.shareCi95?.[1],
    };
    lines.push(CSV_COLUMNS.map((c) => cell(flat[c])).join(','));
  }
  return lines.join('\n') + '\n';
}
