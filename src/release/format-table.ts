// Plain-text report: one table per bucket (and model/app slice) with sampled counts, estimated
// events, request share with its 95% interval, and token share.
import type { AggregateRow } from '../../schemas/aggregate-row.js';

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const ci = (r: AggregateRow) => (r.shareCi95 ? `${pct(r.shareCi95[0])}–${pct(r.shareCi95[1])}` : '');
const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

function heading(row: AggregateRow): string {
  const label = row.bucket === 'week' ? 'Week of' : row.bucket === 'day' ? 'Day' : 'Hour';
  const when = row.bucket === 'hour' ? row.bucketStart.slice(0, 16).replace('T', ' ') + ' UTC' : row.bucketStart.slice(0, 10);
  const slice = [row.model ? `model ${row.model}` : '', row.app ? `app ${row.app}` : ''].filter(Boolean).join(', ');
  return `${label} ${when}${slice ? ` (${slice})` : ''}${row.dimension !== 'topic' ? ` [${row.dimension}]` : ''}`;
}

export function formatTable(rows: readonly AggregateRow[]): string {
  if (rows.length === 0) return 'No sampled events.\n';
  const columns = ['category', 'sampled', 'est. events', 'request share', '95% CI', 'token share'];
  const out: string[] = [];
  let group = '';
  let body: string[][] = [];
  const flush = () => {
    if (body.length === 0) return;
    const widths = columns.map((c, i) => Math.max(c.length, ...body.map((r) => r[i]!.length)));
    const line = (cells: string[]) =>
      cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
    out.push(line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line), '');
    body = [];
  };
  for (const row of rows) {
    const h = heading(row);
    if (h !== group) {
      flush();
      const total = rows.filter((r) => heading(r) === h).reduce((s, r) => s + r.sampledEvents, 0);
      out.push(`${h}: ${total} sampled events`);
      group = h;
    }
    body.push([
      row.suppressed ? '(suppressed)' : row.category,
      String(row.sampledEvents),
      num(row.estimatedEvents),
      pct(row.requestShare),
      ci(row),
      pct(row.tokenShare),
    ]);
  }
  flush();
  return out.join('\n');
}
