// Leak and over-redaction measures for any redactor, computed from its output text alone, so ours
// and the npm peers are judged by the same rules.
//   whole-value leak (the acceptance measure): the gold value, with spaces, dashes, dots and
//     parentheses dropped and lower-cased, still appears in the output.
//   token leak (stricter): some word of the gold value (a letter/digit run of 2+ characters) is in
//     the output more often than in the input's text outside all gold spans.
//   over-redaction: letter/digit characters outside gold spans that are missing from the output.

export interface GoldSpan {
  type: string;
  start: number;
  end: number;
  value: string;
}

const TOKEN = /[\p{L}\p{N}]{2,}/gu;

export function normaliseValue(value: string): string {
  return value.replace(/[\s\-.()]/g, '').toLowerCase();
}

function tokenCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(TOKEN)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

/** The input with every gold span blanked out: the text that should come through unchanged. */
function residual(text: string, spans: readonly GoldSpan[]): string {
  // UTF-16 offsets, as the gold spans use.
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

export interface RowScore {
  leaks: { type: string; whole: boolean; token: boolean }[];
  nonPiiChars: number;
  overRedactedChars: number;
}

/** Score one redacted text; `output` must already have the redactor's placeholders removed. */
export function scoreRow(input: string, spans: readonly GoldSpan[], output: string): RowScore {
  const outNorm = normaliseValue(output);
  const outCounts = tokenCounts(output);
  const restCounts = tokenCounts(residual(input, spans));
  const leaks = spans.map((s) => {
    const whole = outNorm.includes(normaliseValue(s.value));
    let token = false;
    for (const [tok] of tokenCounts(s.value)) if ((outCounts.get(tok) ?? 0) > (restCounts.get(tok) ?? 0)) token = true;
    return { type: s.type, whole, token };
  });
  let nonPiiChars = 0;
  let overRedactedChars = 0;
  for (const [tok, n] of restCounts) {
    nonPiiChars += n * tok.length;
    overRedactedChars += Math.max(0, n - (outCounts.get(tok) ?? 0)) * tok.length;
  }
  return { leaks, nonPiiChars, overRedactedChars };
}

export interface LeakTally {
  spans: number;
  wholeLeaks: number;
  tokenLeaks: number;
}

export function tallyLeaks(rows: readonly RowScore[]): Map<string, LeakTally> {
  const byType = new Map<string, LeakTally>();
  for (const row of rows) {
    for (const leak of row.leaks) {
      const t = byType.get(leak.type) ?? { spans: 0, wholeLeaks: 0, tokenLeaks: 0 };
      t.spans++;
      if (leak.whole) t.wholeLeaks++;
      if (leak.token) t.tokenLeaks++;
      byType.set(leak.type, t);
    }
  }
  return byType;
}

export function overRedaction(rows: readonly RowScore[]): number {
  const total = rows.reduce((n, r) => n + r.nonPiiChars, 0);
  return total === 0 ? 0 : rows.reduce((n, r) => n + r.overRedactedChars, 0) / total;
}
