// `npm run bench:redact`: leaks per entity type, over-redaction and throughput for our redactor
// and the npm peers (redact-pii, openredaction), measured in the same run, plus worst-case timing
// on adversarial inputs. `runRedactBench()` returns the figures for `npm run bench`.
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { redact } from '../src/redact/index.js';
import { packagePath } from '../src/util/package-root.js';
import { loadCodeProseCorpus } from './data/code-prose-corpus.js';
import { ADVERSARIAL_SHAPES, ordinaryPrompt } from './redact-adversarial.js';
import { measureCorpus, measurePresidio, measureSynth, type CorpusFigures, type PresidioFigures, type SynthFigures } from './redact-accuracy.js';
import { loadPresidio, loadSynth } from './redact-datasets.js';
import { bestMbPerSecond } from './redact-throughput.js';
import { ours, peerRedactors, type BenchRedactor } from './redact-peers.js';
import { measurePromptCorpus, oursTyped, peerTypedRedactors, type PromptCorpusFigures } from './redact-prompt-corpus.js';
import { readAudit, scoreAudit, type AuditScore } from './redact-person-audit.js';
import { loadPrompts, trainSample } from './redact-prompts.js';

const MIB = 1024 * 1024;
const PEER_WORST_CASE_CHARS = 64 * 1024;
const PEER_DEADLINE_MS = 20_000;

export interface RedactorFigures {
  name: string;
  synth: SynthFigures;
  presidio: PresidioFigures;
  corpus: CorpusFigures;
  /** MB/s on a 1 MiB ordinary prompt. */
  promptMbPerSecond: number;
}

export interface WorstCase {
  shape: string;
  /** Our time on 1 MiB of the shape over our time on a 1 MiB ordinary prompt. */
  ratioToOrdinary: number;
  ms: number;
  /** Peers on PEER_WORST_CASE_CHARS of the shape: ms, or null when stopped at the deadline. */
  peersMs: Record<string, number | null>;
}

export interface PromptFigures {
  /** Per corpus (dev, the train sample): one row per redactor. */
  corpora: { corpus: string; rows: PromptCorpusFigures[] }[];
  /** Hand audits of our PERSON spans on dev (bench/data/person-audit-*.json), scored now. */
  audits: { file: string; detector: string; totalSpans: number; score: AuditScore }[];
}

export interface RedactBenchFigures {
  redactors: RedactorFigures[];
  prompts: PromptFigures;
  ordinaryMs: number;
  worstCase: WorstCase[];
}

/** Prompts drawn from train.jsonl for the second prompt corpus. */
const TRAIN_SAMPLE_SIZE = 1500;
const AUDIT_FILES = ['person-audit-dev-before.json', 'person-audit-dev-round1.json', 'person-audit-dev-after.json'];

async function measurePrompts(peers: boolean): Promise<PromptFigures> {
  const redactors = [oursTyped, ...(peers ? peerTypedRedactors() : [])];
  const corpora: PromptFigures['corpora'] = [];
  for (const [corpus, rows] of [
    ['dev.jsonl (all)', loadPrompts('dev')],
    [`train.jsonl (${TRAIN_SAMPLE_SIZE}, seeded)`, trainSample(TRAIN_SAMPLE_SIZE)],
  ] as const) {
    const figures: PromptCorpusFigures[] = [];
    for (const r of redactors) figures.push(await measurePromptCorpus(r, rows));
    corpora.push({ corpus, rows: figures });
  }
  const dev = loadPrompts('dev');
  const audits: PromptFigures['audits'] = [];
  for (const file of AUDIT_FILES) {
    const path = packagePath('bench', 'data', file);
    if (!existsSync(path)) continue; // an audit not written yet
    const audit = readAudit(path);
    audits.push({ file, detector: audit.detector, totalSpans: audit.totalSpans, score: scoreAudit(audit, dev) });
  }
  return { corpora, audits };
}

function bestMs(fn: () => void, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Rounds of each throughput measure (best kept): more for ours, which is fast enough to afford them. */
const THROUGHPUT_ROUNDS = { ours: 7, peer: 3 };

async function measure(redactor: BenchRedactor, rounds: number): Promise<RedactorFigures> {
  await redactor.redact('Warm up for Anna at 12 Main Street.'); // load word lists, compile patterns
  const synthRows = loadSynth();
  const corpus = loadCodeProseCorpus();
  const synth = await measureSynth(redactor, synthRows);
  const corpusFigures = await measureCorpus(redactor, corpus);
  // The accuracy passes above time one cold round; throughput is measured apart, best of `rounds`.
  synth.mbPerSecond = await bestMbPerSecond(redactor, synthRows.map((r) => r.text), rounds);
  corpusFigures.mbPerSecond = await bestMbPerSecond(redactor, corpus.map((d) => d.text), rounds);
  return {
    name: redactor.name,
    synth,
    presidio: await measurePresidio(redactor, loadPresidio()),
    corpus: corpusFigures,
    promptMbPerSecond: await bestMbPerSecond(redactor, [ordinaryPrompt(MIB)], rounds),
  };
}

function peerOnce(peer: string, text: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(fileURLToPath(new URL('./redact-peer-worker.js', import.meta.url)), { workerData: { peer, text } });
    const timer = setTimeout(() => void worker.terminate().then(() => resolve(null)), PEER_DEADLINE_MS);
    worker.once('message', (ms: number) => {
      clearTimeout(timer);
      void worker.terminate().then(() => resolve(ms));
    });
    worker.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

async function worstCases(peerNames: string[]): Promise<{ ordinaryMs: number; rows: WorstCase[] }> {
  const ordinary = ordinaryPrompt(MIB);
  redact(ordinary);
  const ordinaryMs = bestMs(() => redact(ordinary));
  const rows: WorstCase[] = [];
  for (const [shape, make] of Object.entries(ADVERSARIAL_SHAPES)) {
    const text = make(MIB);
    redact(text);
    const ms = bestMs(() => redact(text));
    const peersMs: Record<string, number | null> = {};
    for (const peer of peerNames) peersMs[peer] = await peerOnce(peer, make(PEER_WORST_CASE_CHARS));
    rows.push({ shape, ms, ratioToOrdinary: ms / ordinaryMs, peersMs });
  }
  return { ordinaryMs, rows };
}

export async function runRedactBench(options: { peers?: boolean } = {}): Promise<RedactBenchFigures> {
  const peers = options.peers === false ? [] : peerRedactors();
  const redactors: RedactorFigures[] = [];
  for (const r of [ours, ...peers]) redactors.push(await measure(r, r === ours ? THROUGHPUT_ROUNDS.ours : THROUGHPUT_ROUNDS.peer));
  const prompts = await measurePrompts(peers.length > 0);
  const { ordinaryMs, rows } = await worstCases(peers.map((p) => p.name));
  return { redactors, prompts, ordinaryMs, worstCase: rows };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatRedactBench(f: RedactBenchFigures): string {
  const lines: string[] = [];
  const names = f.redactors.map((r) => r.name);
  const col = (s: string) => s.padStart(16);
  lines.push(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
  lines.push('', 'Leak rate per entity type on synth_dataset_v2.json (whole-value leaks; token leaks in brackets)');
  lines.push('type'.padEnd(20) + 'spans'.padStart(6) + names.map(col).join('') + col('ours tuning') + col('ours held-out'));
  const types = Object.keys(f.redactors[0]!.synth.all).sort((a, b) => f.redactors[0]!.synth.all[b]!.spans - f.redactors[0]!.synth.all[a]!.spans);
  for (const t of types) {
    const cells = f.redactors.map((r) => {
      const v = r.synth.all[t]!;
      return col(`${pct(v.wholeLeaks / v.spans)} [${pct(v.tokenLeaks / v.spans)}]`);
    });
    const h = f.redactors[0]!.synth.heldOut[t];
    const tu = f.redactors[0]!.synth.tuning[t];
    lines.push(t.padEnd(20) + String(f.redactors[0]!.synth.all[t]!.spans).padStart(6) + cells.join('') + col(tu ? pct(tu.wholeLeaks / tu.spans) : '-') + col(h ? pct(h.wholeLeaks / h.spans) : '-'));
  }
  lines.push('', 'Presidio recognizer cases (default config): span leaks / negatives touched, per entity type');
  for (const t of Object.keys(f.redactors[0]!.presidio.byType)) {
    const cells = f.redactors.map((r) => {
      const v = r.presidio.byType[t]!;
      return col(`${v.spans ? pct(v.leaks / v.spans) : '-'} / ${v.negatives ? `${v.falsePositives}/${v.negatives}` : '-'}`);
    });
    lines.push(t.padEnd(26) + cells.join(''));
  }
  for (const [label, key] of [
    ['agreement, all rows', 'agreementAll'],
    ['agreement, without policy rows', 'agreementWithoutPolicyRows'],
    ['agreement, non-default-config rows', 'agreementNonDefaultConfig'],
  ] as const) {
    lines.push(label.padEnd(26) + f.redactors.map((r) => col(pct(r.presidio[key]))).join(''));
  }
  lines.push('', 'Over-redaction (letters/digits outside gold spans removed) and throughput');
  lines.push(''.padEnd(26) + names.map(col).join(''));
  lines.push('synth negatives'.padEnd(26) + f.redactors.map((r) => col(`${(r.synth.overRedaction * 100).toFixed(2)}%`)).join(''));
  lines.push('code-and-prose corpus'.padEnd(26) + f.redactors.map((r) => col(`${(r.corpus.overRedaction * 100).toFixed(3)}%`)).join(''));
  const fastestPeer = (pick: (r: RedactorFigures) => number) => Math.max(...f.redactors.slice(1).map(pick), Number.MIN_VALUE);
  for (const [label, pick] of [
    ['MB/s synth rows', (r: RedactorFigures) => r.synth.mbPerSecond],
    ['MB/s code-and-prose', (r: RedactorFigures) => r.corpus.mbPerSecond],
    ['MB/s 1 MiB prompt', (r: RedactorFigures) => r.promptMbPerSecond],
  ] as const) {
    const ratio = f.redactors.length > 1 ? `  (ours / fastest peer: ${(pick(f.redactors[0]!) / fastestPeer(pick)).toFixed(1)}×)` : '';
    lines.push(label.padEnd(26) + f.redactors.map((r) => col(pick(r).toFixed(2))).join('') + ratio);
  }
  lines.push('', 'Prompt corpora (../shared/data/prompts, almost no PII): prompts changed, letters/digits removed, spans per 1,000 prompts');
  for (const { corpus, rows } of f.prompts.corpora) {
    lines.push(`${corpus}, ${rows[0]?.prompts ?? 0} prompts`);
    for (const r of rows) {
      const types = Object.entries(r.spansPerThousand)
        .slice(0, 6)
        .map(([t, n]) => `${t} ${n.toFixed(0)}`)
        .join(', ');
      lines.push(`  ${r.redactor.padEnd(14)} changed ${pct(r.changedShare).padStart(6)}  removed ${(r.redactedChars * 100).toFixed(2).padStart(5)}%  ${types}`);
    }
  }
  for (const a of f.prompts.audits) {
    const s = a.score;
    lines.push(
      `PERSON audit ${a.file} (${a.detector}; ${s.audited} of ${a.totalSpans} spans): precision ${pct(s.precision)}; ` +
        `now still found: ${pct(s.personsKept)} of its names, ${pct(s.nonPersonsKept)} of its non-names`,
    );
  }
  lines.push('', `Worst case: 1 MiB of each shape vs a 1 MiB ordinary prompt (${f.ordinaryMs.toFixed(0)} ms); peers on ${PEER_WORST_CASE_CHARS / 1024} KiB, stopped after ${PEER_DEADLINE_MS / 1000} s`);
  for (const w of f.worstCase) {
    const peers = Object.entries(w.peersMs).map(([p, ms]) => `${p} ${ms === null ? 'timeout' : `${ms.toFixed(0)} ms`}`).join(', ');
    lines.push(`${w.shape.padEnd(28)} ${w.ms.toFixed(0).padStart(6)} ms  ${w.ratioToOrdinary.toFixed(2)}× ordinary   ${peers}`);
  }
  return lines.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures = await runRedactBench({ peers: !process.argv.includes('--no-peers') });
  process.stdout.write(formatRedactBench(figures));
}
