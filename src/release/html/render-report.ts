// `report --format html`: one self-contained page (inline CSS and SVG, no script, no external
// resource, so it opens offline and a strict CSP can't break it) with a stacked chart of request
// share per category over time, a token-share view, intervals, suppression marked, and the
// configuration the numbers were produced under.
import type { AggregateRow } from '../../../schemas/aggregate-row.js';
import { rateNotes, type RecordedRates } from '../bucket-rates.js';
import { bucketLabels, escapeHtml, PALETTE } from './escape.js';
import { shareTable } from './share-table.js';
import { stackedChart } from './stacked-chart.js';

export interface HtmlReportSettings {
  sampleRate: number;
  sampleRates?: RecordedRates | undefined;
  bucket: string;
  minAccounts: number;
  minEvents: number;
  dimensions: readonly string[];
  dp: { mechanism: string; epsilon: number; delta: number; accountCap: number; maxTokensPerEvent: number } | null;
  classifier?: string;
}

export interface HtmlReportInput {
  generatedAt: string;
  settings: HtmlReportSettings;
  notes: readonly string[];
  rows: readonly AggregateRow[];
  /** Category ids in taxonomy order: fixes each category's colour. */
  categoryOrder: readonly string[];
  /** Audit entry this report was recorded as, when it came from a store. */
  auditSeq?: number;
}

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:980px;color:#222;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}.meta{color:#666;margin:0 0 16px}
dl.config{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;background:#f7f7f7;padding:10px 14px;border-radius:6px}
dl.config dt{color:#555}dl.config dd{margin:0;font-variant-numeric:tabular-nums}
.views{margin:12px 0}.views label{margin-right:16px;cursor:pointer}
svg.chart{width:100%;height:auto;display:block}.grid{stroke:#e5e5e5}.axis-line{stroke:#999}.axis{font-size:11px;fill:#555}.empty{font-size:11px;fill:#999}
#view-token:checked~main .view-request,#view-request:checked~main .view-token{display:none}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;margin:6px 0 0;padding:0;list-style:none;font-size:12px}
.swatch{display:inline-block;width:11px;height:11px;margin-right:5px;vertical-align:-1px;border-radius:2px}
.swatch.hatch{background:repeating-linear-gradient(45deg,#f3f3f3 0 3px,#888 3px 5px)}
table.shares{border-collapse:collapse;font-size:12px;margin-top:8px;font-variant-numeric:tabular-nums}
table.shares th,table.shares td{border-bottom:1px solid #eee;padding:4px 8px;text-align:left;vertical-align:top}
td.suppressed{background:repeating-linear-gradient(45deg,#fafafa 0 6px,#eee 6px 8px);color:#555}
td.none{color:#bbb}.share{font-weight:600}.sub,.ci-text{color:#777}
.ci-track{stroke:#ddd}.ci-range{fill:#9ab}.ci-point{stroke:#234;stroke-width:2}
ul.notes{color:#555;padding-left:18px}
`;

function settingsList(s: HtmlReportSettings, generatedAt: string, auditSeq?: number): string {
  const items: Array<[string, string]> = [
    ['sample rate', `${s.sampleRate} (estimated totals = sampled ÷ rate)${rateNotes(s.sampleRates, s.sampleRate).length > 0 ? '; buckets counted at another rate use theirs (see the notes)' : ''}`],
    ['bucket', s.bucket],
    ['release thresholds', `a cell needs ≥ ${s.minAccounts} distinct accounts and ≥ ${s.minEvents} sampled events`],
    ['differential privacy', s.dp ? `${s.dp.mechanism}: ε = ${s.dp.epsilon} per bucket, δ = ${s.dp.delta}, ≤ ${s.dp.accountCap} sampled events per account and bucket, ≤ ${s.dp.maxTokensPerEvent} tokens per event` : 'off (exact counts)'],
    ['dimensions', ['topic', ...s.dimensions].join(', ')],
  ];
  if (s.classifier) items.push(['classifier', s.classifier]);
  items.push(['generated', generatedAt]);
  if (auditSeq !== undefined) items.push(['audit entry', `seq ${auditSeq}`]);
  return `<dl class="config">${items.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`;
}

export function renderHtmlReport(input: HtmlReportInput): string {
  const colourOf = new Map(input.categoryOrder.map((c, i) => [c, PALETTE[i % PALETTE.length]!]));
  const colour = (c: string) => colourOf.get(c) ?? '#999';
  const panels = new Map<string, AggregateRow[]>();
  for (const r of input.rows) {
    const key = [r.dimension, r.model ?? '', r.app ?? ''].join('\u0000');
    panels.set(key, [...(panels.get(key) ?? []), r]);
  }
  const sections = [...panels.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, rows], i) => {
    const first = rows[0]!;
    const buckets = [...new Set(rows.map((r) => r.bucketStart))].sort();
    const slice = [first.dimension !== 'topic' ? first.dimension : '', first.model ? `model ${first.model}` : '', first.app ? `app ${first.app}` : ''].filter(Boolean).join(', ');
    const labels = bucketLabels(rows);
    const chartInput = { id: `p${i}`, buckets, labels, rows, colour };
    const legendCats = input.categoryOrder.filter((c) => rows.some((r) => r.category === c && (r.requestShare ?? 0) > 0));
    const legend = legendCats.map((c) => `<li><span class="swatch" style="background:${colour(c)}"></span>${escapeHtml(c)}</li>`).join('') +
      (rows.some((r) => r.suppressed) ? '<li><span class="swatch hatch"></span>suppressed (below thresholds)</li>' : '');
    return `<section class="panel" data-panel="${i}">
<h2>${escapeHtml(slice ? `Shares over time — ${slice}` : 'Shares over time')}</h2>
<figure class="view-request"><figcaption>Request share per category (share of released classified events)</figcaption>${stackedChart(chartInput, 'request')}</figure>
<figure class="view-token"><figcaption>Token share per category (prompt + completion tokens)</figcaption>${stackedChart(chartInput, 'token')}</figure>
<ul class="legend">${legend}</ul>
<h2>Shares with 95% intervals</h2>
${shareTable(rows, buckets, labels, input.categoryOrder, colour)}
</section>`;
  });
  const empty = input.rows.length === 0 ? '<p class="empty-report">No released rows in this range.</p>' : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>prompt-census report</title><style>${STYLE}</style></head>
<body>
<h1>prompt-census report</h1>
<p class="meta">What share of sampled LLM traffic falls in each category, per ${escapeHtml(input.settings.bucket)}. Only released aggregates appear here.</p>
${settingsList(input.settings, input.generatedAt, input.auditSeq)}
<ul class="notes">${input.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>
<input type="radio" name="view" id="view-request" checked><label for="view-request">request share</label>
<input type="radio" name="view" id="view-token"><label for="view-token">token share</label>
<main>${empty}${sections.join('\n')}</main>
</body></html>
`;
}
