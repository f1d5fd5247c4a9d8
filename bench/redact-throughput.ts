// Throughput of one redactor on a set of texts: the best of several rounds, each text redacted in
// turn (so per-call overhead counts on short texts), after one warm-up round. Best-of, because the
// benchmark machine is shared and a slow round says more about the neighbours than the code.
import type { BenchRedactor } from './redact-peers.js';

export async function bestMbPerSecond(redactor: BenchRedactor, texts: readonly string[], rounds: number): Promise<number> {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  for (const text of texts) await redactor.redact(text);
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const text of texts) await redactor.redact(text);
    best = Math.min(best, performance.now() - t0);
  }
  return chars / 1e3 / best;
}
