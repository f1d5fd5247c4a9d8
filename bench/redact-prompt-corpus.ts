// Over-redaction on real prompts (../shared/data/prompts: public benchmark prompts with almost no
// personal data): the share of prompts a redactor changes, its spans per type per 1,000 prompts and
// the share of letters and digits it removes, for ours and the npm peers in the same run. Names of
// public figures do occur in these prompts, so not every span is wrong: the hand audit of person
// spans (redact-person-audit.ts) says how many are.
import { OpenRedaction } from 'openredaction';
import redactPii from 'redact-pii';
import { redact } from '../src/redact/index.js';
import type { PromptRow } from './redact-prompts.js';
import { overRedaction, scoreRow, type RowScore } from './redact-metrics.js';

/** A redactor that says what it found: the redacted text (placeholders stripped) and spans per type. */
export interface TypedRedactor {
  name: string;
  redact(text: string): Promise<{ stripped: string; changed: boolean; counts: Record<string, number> }>;
}

export interface PromptCorpusFigures {
  redactor: string;
  prompts: number;
  /** Share of prompts whose text changed. */
  changedShare: number;
  /** Spans per type per 1,000 prompts, in the redactor's own type names. */
  spansPerThousand: Record<string, number>;
  /** Share of letter and digit characters removed. */
  redactedChars: number;
}

const OURS_PLACEHOLDER = /\[[A-Z_]+_\d+\]/g;

export const oursTyped: TypedRedactor = {
  name: 'prompt-census',
  redact: async (text) => {
    const r = redact(text);
    return { stripped: r.text.replace(OURS_PLACEHOLDER, ' '), changed: r.text !== text, counts: r.found };
  },
};

// redact-pii writes each type's name in upper snake case (its built-in redactors).
const REDACT_PII_TYPES = /\b(?:PERSON_NAME|EMAIL_ADDRESS|PHONE_NUMBER|CREDIT_CARD_NUMBER|STREET_ADDRESS|ZIPCODE|IP_ADDRESS|US_SOCIAL_SECURITY_NUMBER|USERNAME|PASSWORD|CREDENTIALS|DIGITS|URL)\b/g;

function countMatches(text: string, pattern: RegExp): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(pattern)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

export function peerTypedRedactors(): TypedRedactor[] {
  const pii = new redactPii.SyncRedactor();
  const open = new OpenRedaction({ redactionMode: 'placeholder' });
  return [
    {
      name: 'redact-pii',
      redact: async (text) => {
        const out = pii.redact(text);
        // A type name already in the prompt is no finding.
        const before = countMatches(text, REDACT_PII_TYPES);
        const counts: Record<string, number> = {};
        for (const [type, n] of countMatches(out, REDACT_PII_TYPES)) if (n > (before.get(type) ?? 0)) counts[type] = n - (before.get(type) ?? 0);
        return { stripped: out.replace(REDACT_PII_TYPES, ' '), changed: out !== text, counts };
      },
    },
    {
      name: 'openredaction',
      redact: async (text) => {
        const r = await open.detect(text);
        const counts: Record<string, number> = {};
        for (const d of r.detections) counts[d.type] = (counts[d.type] ?? 0) + 1;
        return { stripped: r.redacted.replace(/\[[A-Z0-9_]+_\d{4}\]/g, ' '), changed: r.redacted !== text, counts };
      },
    },
  ];
}

export async function measurePromptCorpus(redactor: TypedRedactor, rows: readonly PromptRow[]): Promise<PromptCorpusFigures> {
  let changed = 0;
  const totals: Record<string, number> = {};
  const scores: RowScore[] = [];
  for (const row of rows) {
    const r = await redactor.redact(row.text);
    if (r.changed) changed++;
    for (const [type, n] of Object.entries(r.counts)) totals[type] = (totals[type] ?? 0) + n;
    scores.push(scoreRow(row.text, [], r.stripped));
  }
  const perThousand = Object.fromEntries(
    Object.entries(totals)
      .sort((a, b) => b[1] - a[1])
      .map(([type, n]) => [type, (n * 1000) / Math.max(1, rows.length)]),
  );
  return { redactor: redactor.name, prompts: rows.length, changedShare: changed / Math.max(1, rows.length), spansPerThousand: perThousand, redactedChars: overRedaction(scores) };
}
