// `npm run bench`: every benchmark, each printing its figures next to a baseline measured in the same run.
import { describeMachine } from './machine.js';
import { formatEmbeddedBench, runEmbeddedBench } from './embedded.js';

interface Bench {
  name: string;
  run(): Promise<string>;
}

const benches: Bench[] = [{ name: 'embedded', run: async () => formatEmbeddedBench(await runEmbeddedBench()) }];

const only = process.argv.slice(2);
console.log(`prompt-census benchmarks — ${describeMachine()}\n`);
for (const bench of benches) {
  if (only.length > 0 && !only.includes(bench.name)) continue;
  console.log(await bench.run());
  console.log('');
}
