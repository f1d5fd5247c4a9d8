// The numbers behind the chart: per category and bucket, request share with its 95% interval drawn
// as a small range bar, token share, and sampled events; suppressed rows are marked.
import type { AggregateRow } from '../../../schemas/aggregate-row.js';
import { escapeHtml, pct } from './escape.js';

function intervalBar(r: AggregateRow): string {
  if (r.requestShare === null || !r.shareCi95) return '';
  const [lo, hi] = r.shareCi95;
  const w = 80;
  return `<svg class="ci" width="${w}" height="10" aria-hidden="true"><line x1="0" x2="${w}" y1="5" y2="5" class="ci-track"/><rect x="${(lo * w).toFixed(1)}" y="2" width="${Math.max(1, (hi - lo) * w).toFixed(1)}" height="6" class="ci-range"/><line x1="${(r.requestShare * w).toFixed(1)}" x2="${(r.requestShare * w).toFixed(1)}" y1="0" y2="10" class="ci-point"/></svg>`;
}

export function shareTable(rows: readonly AggregateRow[], buckets: readonly string[], labels: ReadonlyMap<string, string>, categoryOrder: readonly string[], colour: (c: string) => string): string {
  const present = new Set(rows.map((r) => r.category));
  const categories = [...categoryOrder.filter((c) => present.has(c)), ...[...present].filter((c) => !categoryOrder.includes(c)).sort()];
  const head = buckets.map((b) => `<th scope="col">${escapeHtml(labels.get(b) ?? b)}</th>`).join('');
  const body = categories.map((category) => {
    const cells = buckets.map((b) => {
      const r = rows.find((x) => x.bucketStart === b && x.category === category);
      if (!r) return '<td class="none">—</td>';
      if (r.suppressed) return `<td class="suppressed" title="cells below the release thresholds, folded together">suppressed · ${r.sampledEvents} sampled</td>`;
      const ci = r.shareCi95 ? `<span class="ci-text">${pct(r.shareCi95[0])}–${pct(r.shareCi95[1])}</span>` : '';
      return `<td><span class="share">${pct(r.requestShare)}</span> ${intervalBar(r)} ${ci}<br><span class="sub">tokens ${pct(r.tokenShare)} · ${r.sampledEvents} sampled</span></td>`;
    });
    const swatch = category === 'suppressed' ? '<span class="swatch hatch"></span>' : `<span class="swatch" style="background:${colour(category)}"></span>`;
    return `<tr><th scope="row">${swatch}${escapeHtml(category)}</th>${cells.join('')}</tr>`;
  });
  return `<table class="shares"><thead><tr><th scope="col">category</th>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}
