// `npm run bench`: every benchmark, each printing its figures next to a baseline measured in the same run.
// `npm run bench -- NAME…` runs only the named ones (embedded, local-classifier, redact, offer-http,
// middleware-http, worker, redis-cost).
import { loadavg } from 'node:os';
import { describeMachine } from './machine.js';
import { formatEmbeddedBench, runEmbeddedBench } from './embedded.js';
import { formatLocalClassifierBench, runLocalClassifierBench } from './local-classifier.js';
import { formatMiddlewareHttpBench, runMiddlewareHttpBench } from './middleware-http.js';
import { formatOfferHttpBench, runOfferHttpBench } from './offer-http.js';
import { formatRedactBench, runRedactBench } from './redact.js';
import { formatRedisCostBench, runRedisCostBench } from './redis-cost.js';
import { formatWorkerBench, runWorkerBench } from './worker.js';

interface Bench {
  name: string;
  run(): Promise<string>;
}

const benches: Bench[] = [
  { name: 'embedded', run: async () => formatEmbeddedBench(await runEmbeddedBench()) },
  { name: 'local-classifier', run: async () => formatLocalClassifierBench(runLocalClassifierBench()) },
  { name: 'redact', run: async () => formatRedactBench(await runRedactBench()) },
  { name: 'offer-http', run: async () => formatOfferHttpBench(await runOfferHttpBench()) },
  { name: 'middleware-http', run: async () => formatMiddlewareHttpBench(await runMiddlewareHttpBench()) },
  { name: 'worker', run: async () => formatWorkerBench(await runWorkerBench()) },
  { name: 'redis-cost', run: async () => formatRedisCostBench(await runRedisCostBench()) },
];

const only = process.argv.slice(2);
console.log(`prompt-census benchmarks — ${describeMachine()}\n`);
for (const bench of benches) {
  if (only.length > 0 && !only.includes(bench.name)) continue;
  // Other processes on the machine move these figures; the load average says how busy it was.
  const load = loadavg()[0]!.toFixed(2);
  console.log(await bench.run());
  console.log(`  (1-minute load average before / after: ${load} / ${loadavg()[0]!.toFixed(2)})\n`);
}
