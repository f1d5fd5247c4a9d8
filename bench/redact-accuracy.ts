// Accuracy figures for one redactor: leaks per entity type on the synthetic set (all rows, tuning
// templates, held-out templates), agreement on Presidio's recognizer cases, over-redaction on the
// code-and-prose corpus, and throughput on each.
import type { CorpusDocument } from './data/code-prose-corpus.js';
import { isHeldOut, type PresidioRow, type SynthRow } from './redact-datasets.js';
import { overRedaction, scoreRow, tallyLeaks, type LeakTally, type RowScore } from './redact-metrics.js';
import { redactAndStrip, type BenchRedactor } from './redact-peers.js';

export interface SynthFigures {
  all: Record<string, LeakTally>;
  tuning: Record<string, LeakTally>;
  heldOut: Record<string, LeakTally>;
  overRedaction: number;
  mbPerSecond: number;
}

export interface PresidioFigures {
  /** Per entity type: gold spans, whole-value leaks, negative rows, negative rows with any redaction. */
  byType: Record<string, { spans: number; leaks: number; negatives: number; falsePositives: number }>;
  /** Rows where the redactor did what the case expects (all spans gone; nothing touched on a negative). */
  agreementAll: number;
  agreementWithoutPolicyRows: number;
  agreementNonDefaultConfig: number;
}

export interface CorpusFigures {
  overRedaction: number;
  mbPerSecond: number;
  bySource: Record<string, number>;
}

export async function measureSynth(redactor: BenchRedactor, rows: readonly SynthRow[]): Promise<SynthFigures> {
  const scores: RowScore[] = [];
  const outputs: string[] = [];
  let chars = 0;
  const t0 = performance.now();
  for (const row of rows) {
    outputs.push(await redactAndStrip(redactor, row.text));
    chars += row.text.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  rows.forEach((row, i) => scores.push(scoreRow(row.text, row.spans, outputs[i]!)));
  const pick = (keep: (row: SynthRow) => boolean) => Object.fromEntries(tallyLeaks(scores.filter((_, i) => keep(rows[i]!))));
  return {
    all: pick(() => true),
    tuning: pick((r) => !isHeldOut(r)),
    heldOut: pick(isHeldOut),
    overRedaction: overRedaction(scores),
    mbPerSecond: chars / 1e6 / seconds,
  };
}

/**
 * Presidio's expectations that are policy, not accuracy (see docs/redaction.md): bare domains and
 * URLs count as PII there and not here; there, a bare or oddly grouped nine-digit number is an SSN,
 * here only next to a word that says so.
 */
export function isPolicyRow(row: PresidioRow): boolean {
  if (row.entityType === 'URL') return true;
  if (row.entityType === 'US_SSN') return row.spans.some((s) => !/^\d{3}([-. ])\d{2}\1\d{4}$/.test(s.value));
  return false;
}

export async function measurePresidio(redactor: BenchRedactor, rows: readonly PresidioRow[]): Promise<PresidioFigures> {
  const byType: PresidioFigures['byType'] = {};
  const agree: boolean[] = [];
  for (const row of rows) {
    const out = await redactAndStrip(redactor, row.text);
    const t = (byType[row.entityType] ??= { spans: 0, leaks: 0, negatives: 0, falsePositives: 0 });
    let ok: boolean;
    if (row.expectedCount === 0) {
      t.negatives++;
      ok = out === row.text;
      if (!ok) t.falsePositives++;
    } else {
      const score = scoreRow(row.text, row.spans, out);
      const leaks = score.leaks.filter((l) => l.whole).length;
      t.spans += row.spans.length;
      t.leaks += leaks;
      // Rows whose test asserts a count without positions: agreement means the text changed.
      ok = row.spansComplete ? leaks === 0 : out !== row.text;
    }
    agree.push(ok);
  }
  const rate = (keep: (r: PresidioRow) => boolean) => {
    const idx = rows.map((r, i) => (keep(r) ? i : -1)).filter((i) => i >= 0);
    return idx.filter((i) => agree[i]).length / Math.max(1, idx.length);
  };
  return {
    byType,
    agreementAll: rate((r) => r.defaultConfig),
    agreementWithoutPolicyRows: rate((r) => r.defaultConfig && !isPolicyRow(r)),
    agreementNonDefaultConfig: rate((r) => !r.defaultConfig),
  };
}

export async function measureCorpus(redactor: BenchRedactor, docs: readonly CorpusDocument[]): Promise<CorpusFigures> {
  const bySource: Record<string, number> = {};
  const scores: RowScore[] = [];
  let chars = 0;
  let seconds = 0;
  for (const doc of docs) {
    const t0 = performance.now();
    const out = await redactAndStrip(redactor, doc.text);
    seconds += (performance.now() - t0) / 1000;
    chars += doc.text.length;
    const score = scoreRow(doc.text, [], out);
    scores.push(score);
    bySource[doc.source] = score.overRedactedChars / Math.max(1, score.nonPiiChars);
  }
  return { overRedaction: overRedaction(scores), mbPerSecond: chars / 1e6 / seconds, bySource };
}
