// Inline SVG stacked bar chart: one bar per bucket, one segment per released category, for either
// request share or token share. Buckets with a suppressed row get a hatched marker under the bar.
// Every segment carries a <title> with its share and interval (a tooltip without any script).
import type { AggregateRow } from '../../../schemas/aggregate-row.js';
import { escapeHtml, pct } from './escape.js';

export type ShareView = 'request' | 'token';

export interface ChartInput {
  id: string;
  buckets: string[];
  /** Bucket start → its column label (bucketLabels). */
  labels: ReadonlyMap<string, string>;
  rows: readonly AggregateRow[];
  colour: (category: string) => string;
}

const W = 880;
const H = 340;
const M = { top: 16, right: 16, bottom: 64, left: 48 };

export function stackedChart(input: ChartInput, view: ShareView): string {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const band = plotW / Math.max(1, input.buckets.length);
  const barW = Math.min(56, band * 0.7);
  const y = (share: number) => M.top + plotH * (1 - share);
  const parts: string[] = [];
  parts.push(`<svg class="chart view-${view}" id="${input.id}-${view}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${view} share per category over time">`);
  parts.push(`<defs><pattern id="${input.id}-${view}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f3f3f3"/><line x1="0" y1="0" x2="0" y2="6" stroke="#888" stroke-width="2"/></pattern></defs>`);
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(`<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${y(tick)}" y2="${y(tick)}"/>`);
    parts.push(`<text class="axis" x="${M.left - 6}" y="${y(tick) + 4}" text-anchor="end">${tick * 100}%</text>`);
  }
  input.buckets.forEach((bucketStart, i) => {
    const x = M.left + band * i + (band - barW) / 2;
    const rows = input.rows.filter((r) => r.bucketStart === bucketStart);
    const label = input.labels.get(bucketStart) ?? bucketStart;
    let acc = 0;
    for (const r of rows) {
      const share = view === 'request' ? r.requestShare : r.tokenShare;
      if (share === null || share <= 0) continue;
      const ci = view === 'request' && r.shareCi95 ? `, 95% CI ${pct(r.shareCi95[0])}–${pct(r.shareCi95[1])}` : '';
      const title = `${label} · ${r.category}: ${pct(share)}${ci} (${r.sampledEvents} sampled)`;
      parts.push(`<rect class="seg" data-bucket="${bucketStart}" data-category="${escapeHtml(r.category)}" x="${x.toFixed(1)}" y="${y(acc + share).toFixed(1)}" width="${barW.toFixed(1)}" height="${(plotH * share).toFixed(1)}" fill="${input.colour(r.category)}"><title>${escapeHtml(title)}</title></rect>`);
      acc += share;
    }
    if (acc === 0) parts.push(`<text class="empty" x="${(x + barW / 2).toFixed(1)}" y="${y(0.5)}" text-anchor="middle">n/a</text>`);
    const suppressed = rows.find((r) => r.suppressed);
    if (suppressed) {
      const total = rows.reduce((s, r) => s + r.sampledEvents, 0);
      const title = `${label}: ${suppressed.sampledEvents} of ${total} sampled events suppressed (cells below the release thresholds)`;
      parts.push(`<rect class="suppressed-mark" data-bucket="${bucketStart}" x="${x.toFixed(1)}" y="${M.top + plotH + 4}" width="${barW.toFixed(1)}" height="9" fill="url(#${input.id}-${view}-hatch)" stroke="#888"><title>${escapeHtml(title)}</title></rect>`);
    }
    parts.push(`<text class="axis" x="${(x + barW / 2).toFixed(1)}" y="${M.top + plotH + 28}" text-anchor="middle">${escapeHtml(label)}</text>`);
  });
  parts.push(`<line class="axis-line" x1="${M.left}" x2="${W - M.right}" y1="${y(0)}" y2="${y(0)}"/>`);
  parts.push('</svg>');
  return parts.join('');
}
