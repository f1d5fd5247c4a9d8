// Guard for speed work on the redactor: the SHA-256 of every redacted text (and its counts) over
// every set the benchmarks use, so a change meant to be faster can be checked to change nothing.
// Writes one digest per text to a file; given a second file, lists the texts whose output differs.
// Prints set names, indices and digests only, never text.
//   node dist/bench/redact-fingerprint.js OUT.json [BASELINE.json]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { redact } from '../src/redact/index.js';
import { loadCodeProseCorpus } from './data/code-prose-corpus.js';
import { ADVERSARIAL_SHAPES, ordinaryPrompt } from './redact-adversarial.js';
import { loadPresidio, loadSynth } from './redact-datasets.js';
import { loadPrompts } from './redact-prompts.js';

const synth = loadSynth().map((r) => r.text);
const sets: Record<string, string[]> = {
  synth,
  // Lower- and upper-cased rows reach the detectors' paths for text written without capitals.
  'synth lower-cased': synth.map((t) => t.toLowerCase()),
  'synth upper-cased': synth.map((t) => t.toUpperCase()),
  presidio: loadPresidio().map((r) => r.text),
  'code-and-prose': loadCodeProseCorpus().map((d) => d.text),
  'dev prompts': loadPrompts('dev').map((r) => r.text),
  'train prompts': loadPrompts('train').map((r) => r.text),
  '1 MiB prompt': [ordinaryPrompt(1024 * 1024)],
  adversarial: Object.values(ADVERSARIAL_SHAPES).map((shape) => shape(64 * 1024)),
};

const digests: Record<string, string[]> = {};
const total = createHash('sha256');
for (const [name, texts] of Object.entries(sets)) {
  digests[name] = texts.map((text) => {
    const r = redact(text);
    const d = createHash('sha256').update(r.text).update('\0').update(JSON.stringify(r.found)).digest('hex');
    total.update(d);
    return d;
  });
}
const [out, baseline] = process.argv.slice(2);
if (out) writeFileSync(out, JSON.stringify(digests));
process.stdout.write(`all outputs: ${total.digest('hex')}\n`);
if (baseline) {
  const before = JSON.parse(readFileSync(baseline, 'utf8')) as Record<string, string[]>;
  let differ = 0;
  for (const [name, now] of Object.entries(digests)) {
    const was = before[name] ?? [];
    const changed = now.flatMap((d, i) => (d === was[i] ? [] : [i]));
    differ += changed.length;
    process.stdout.write(`${name.padEnd(18)} ${now.length} texts, ${changed.length} differ${changed.length ? ': ' + changed.slice(0, 20).join(' ') : ''}\n`);
  }
  process.stdout.write(differ === 0 ? 'identical\n' : `${differ} outputs differ\n`);
  process.exitCode = differ === 0 ? 0 : 1;
}
