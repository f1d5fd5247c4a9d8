// Hand audit of PERSON spans on real prompts. `sample` draws a seeded random sample of the person
// detector's spans on a prompt split and writes them with a few words of context, for a person to
// mark each as a person's name or not (bench/data/person-audit-*.json, see bench/data/README.md).
// `scoreAudit` reads such a file back: the audited precision, and which audited spans the current
// detector still finds, so a later change can be checked against the same verdicts.
//   node dist/bench/redact-person-audit.js sample dev 150 SEED > file.json
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { personDetector } from '../src/redact/detectors/person.js';
import type { Span } from '../src/redact/types.js';
import { loadPrompts, type PromptRow, type PromptSplit } from './redact-prompts.js';
import { mulberry32 } from './synthetic-events.js';

export interface AuditedSpan {
  /** Line index of the prompt in its split. */
  row: number;
  start: number;
  end: number;
  before: string;
  span: string;
  after: string;
  /** The hand verdict: true when the span is (part of) a person's name, real or fictional. */
  person: boolean | null;
  /** What the span is when it is no person: place, organisation, eponym, product, foreign word, … */
  note?: string;
}

export interface AuditFile {
  split: PromptSplit;
  seed: number;
  /** What produced the spans (a commit or a description). */
  detector: string;
  /** Person spans the detector emitted on the whole split when the sample was drawn. */
  totalSpans: number;
  spans: AuditedSpan[];
}

/** Overlapping person spans merged, as `redact` would replace them. */
export function personSpans(text: string): Span[] {
  const spans = personDetector.find(text).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

const CONTEXT_WORDS = 4;
const CONTEXT_CHARS = 40;

// A few words either side, cut at a line break, so the fixture holds no more of a prompt than needed.
function around(text: string, start: number, end: number): { before: string; after: string } {
  let before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  before = before.slice(before.lastIndexOf('\n') + 1).split(' ').slice(-CONTEXT_WORDS - 1).join(' ');
  let after = text.slice(end, end + CONTEXT_CHARS);
  const nl = after.indexOf('\n');
  if (nl >= 0) after = after.slice(0, nl);
  after = after.split(' ').slice(0, CONTEXT_WORDS + 1).join(' ');
  return { before, after };
}

export function sample(rows: readonly PromptRow[], size: number, seed: number): { total: number; spans: AuditedSpan[] } {
  const all: { row: PromptRow; span: Span }[] = [];
  for (const row of rows) for (const span of personSpans(row.text)) all.push({ row, span });
  const rand = mulberry32(seed);
  const picked = new Set<number>();
  while (picked.size < Math.min(size, all.length)) picked.add(Math.floor(rand() * all.length));
  const spans = [...picked]
    .sort((a, b) => a - b)
    .map((i) => {
      const { row, span } = all[i]!;
      return { row: row.index, start: span.start, end: span.end, ...around(row.text, span.start, span.end), span: row.text.slice(span.start, span.end), person: null };
    })
    .map(({ row, start, end, before, span, after, person }) => ({ row, start, end, before, span, after, person }));
  return { total: all.length, spans };
}

export interface AuditScore {
  audited: number;
  persons: number;
  /** Share of audited spans that are person names. */
  precision: number;
  /** Audited person names the current detector still covers, of all audited person names. */
  personsKept: number;
  /** Audited non-person spans the current detector still touches, of all audited non-persons. */
  nonPersonsKept: number;
}

/** Verdicts of an audit file, and what the current detector does on the same spans. */
export function scoreAudit(audit: AuditFile, rows: readonly PromptRow[]): AuditScore {
  const byIndex = new Map(rows.map((r) => [r.index, r]));
  const spansOf = new Map<number, Span[]>();
  let persons = 0;
  let personsKept = 0;
  let nonPersons = 0;
  let nonPersonsKept = 0;
  for (const a of audit.spans) {
    const row = byIndex.get(a.row);
    if (!row || row.text.slice(a.start, a.end) !== a.span) throw new Error(`audit row ${a.row} no longer matches its prompt`);
    let found = spansOf.get(a.row);
    if (!found) spansOf.set(a.row, (found = personSpans(row.text)));
    const touched = found.some((s) => s.start < a.end && s.end > a.start);
    if (a.person) {
      persons++;
      if (touched) personsKept++;
    } else {
      nonPersons++;
      if (touched) nonPersonsKept++;
    }
  }
  const n = audit.spans.length;
  return {
    audited: n,
    persons,
    precision: persons / Math.max(1, n),
    personsKept: personsKept / Math.max(1, persons),
    nonPersonsKept: nonPersonsKept / Math.max(1, nonPersons),
  };
}

export function readAudit(file: string | URL): AuditFile {
  return JSON.parse(readFileSync(file, 'utf8')) as AuditFile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv[2] === 'sample') {
  const split = (process.argv[3] ?? 'dev') as PromptSplit;
  const size = Number(process.argv[4] ?? 150);
  const seed = Number(process.argv[5] ?? 1);
  const { total, spans } = sample(loadPrompts(split), size, seed);
  const file: AuditFile = { split, seed, detector: process.argv[6] ?? 'working tree', totalSpans: total, spans };
  process.stdout.write(JSON.stringify(file, null, 1) + '\n');
}
