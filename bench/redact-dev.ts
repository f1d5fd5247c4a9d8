// Developer loop: our figures only, with the spans that leak or are over-redacted printed, so a
// detector change can be judged in seconds. Prints text from the benchmark data only.
//   node dist/bench/redact-dev.js [TYPE] [--corpus]
import { redact } from '../src/redact/index.js';
import { loadCodeProseCorpus } from './data/code-prose-corpus.js';
import { measureCorpus, measureSynth } from './redact-accuracy.js';
import { isHeldOut, loadSynth } from './redact-datasets.js';
import { normaliseValue } from './redact-metrics.js';
import { ours } from './redact-peers.js';

const type = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : undefined;
const rows = loadSynth();
const figures = await measureSynth(ours, rows);
for (const [t, v] of Object.entries(figures.tuning)) {
  const h = figures.heldOut[t];
  process.stdout.write(`${t.padEnd(18)} tuning ${(v.wholeLeaks / v.spans).toFixed(3)} (${v.spans})  held-out ${h ? (h.wholeLeaks / h.spans).toFixed(3) : '-'}  token ${(v.tokenLeaks / v.spans).toFixed(3)}\n`);
}
process.stdout.write(`over-redaction synth ${(figures.overRedaction * 100).toFixed(2)}%  ${figures.mbPerSecond.toFixed(1)} MB/s\n`);
if (type) {
  for (const row of rows) {
    if (isHeldOut(row)) continue;
    const out = redact(row.text).text;
    for (const s of row.spans) if (s.type === type && normaliseValue(out.replace(/\[[A-Z_]+_\d+\]/g, ' ')).includes(normaliseValue(s.value))) process.stdout.write(`LEAK ${JSON.stringify(s.value)} in ${JSON.stringify(out)}\n`);
  }
}
if (process.argv.includes('--corpus')) {
  const corpus = await measureCorpus(ours, loadCodeProseCorpus());
  process.stdout.write(`corpus over-redaction ${(corpus.overRedaction * 100).toFixed(3)}% ${corpus.mbPerSecond.toFixed(1)} MB/s ${JSON.stringify(corpus.bySource)}\n`);
  for (const doc of loadCodeProseCorpus()) {
    const out = redact(doc.text).text;
    for (const m of out.matchAll(/.{0,40}\[[A-Z_]+_\d+\].{0,20}/g)) process.stdout.write(`OVER ${doc.source}: ${JSON.stringify(m[0])}\n`);
  }
}
