// Developer loop for speed: time of each detector and of the whole `redact` call on the synth rows
// (short texts, so per-call overhead shows), the code-and-prose corpus and a 1 MiB ordinary prompt.
// Best of several rounds, so a busy shared machine skews less.
//   node dist/bench/redact-profile.js [rounds]
import { defaultDetectors, redact } from '../src/redact/index.js';
import { loadCodeProseCorpus } from './data/code-prose-corpus.js';
import { ordinaryPrompt } from './redact-adversarial.js';
import { loadSynth } from './redact-datasets.js';

const rounds = Number(process.argv[2] ?? 5);
const sets: [string, string[]][] = [
  ['synth rows', loadSynth().map((r) => r.text)],
  ['code-and-prose', loadCodeProseCorpus().map((d) => d.text)],
  ['1 MiB prompt', [ordinaryPrompt(1024 * 1024)]],
];

function bestMs(fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

for (const [label, texts] of sets) {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  for (const t of texts) redact(t); // warm up: word lists, JIT
  const line = (name: string, ms: number) => `  ${name.padEnd(16)} ${ms.toFixed(1).padStart(8)} ms ${(chars / 1e3 / ms).toFixed(1).padStart(8)} MB/s\n`;
  process.stdout.write(`${label}: ${texts.length} texts, ${(chars / 1e6).toFixed(2)} MB\n`);
  process.stdout.write(line('redact()', bestMs(() => texts.forEach((t) => redact(t)))));
  for (const d of defaultDetectors) process.stdout.write(line(d.name, bestMs(() => texts.forEach((t) => d.find(t)))));
}
