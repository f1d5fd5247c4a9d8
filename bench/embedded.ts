// Embedded pipeline throughput: 100,000 generated events at rate 1 with the local classifier,
// against a baseline measured in the same run: reading and JSON-parsing the same lines.
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { createClassifier } from '../src/classify/create-classifier.js';
import { loadTaxonomy } from '../src/classify/taxonomy.js';
import { loadConfig } from '../src/config.js';
import { runEmbedded } from '../src/embedded/run-embedded.js';
import { syntheticNdjson } from './synthetic-events.js';
import { describeMachine, fmtRate } from './machine.js';

export interface EmbeddedBenchResult {
  events: number;
  parseEventsPerSecond: number;
  pipelineEventsPerSecond: number;
  ratio: number;
}

async function parseOnly(text: string): Promise<number> {
  let n = 0;
  for await (const line of createInterface({ input: Readable.from([text]), crlfDelay: Infinity })) {
    if (line) {
      JSON.parse(line);
      n++;
    }
  }
  return n;
}

export async function runEmbeddedBench(events = 100_000): Promise<EmbeddedBenchResult> {
  const text = syntheticNdjson(events, 2024);
  const config = loadConfig({ SAMPLE_RATE: '1', LOG_LEVEL: 'silent' }, { mode: 'embedded' });
  const taxonomy = loadTaxonomy();
  const classifier = createClassifier(config);

  await parseOnly(text.slice(0, text.indexOf('\n', 1_000_000) + 1)); // warm-up on whole lines
  let t = process.hrtime.bigint();
  await parseOnly(text);
  const parseSeconds = Number(process.hrtime.bigint() - t) / 1e9;

  t = process.hrtime.bigint();
  const { totals } = await runEmbedded(Readable.from([text]), { config, classifier, taxonomy });
  const pipelineSeconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (totals.sampledEvents !== events) throw new Error(`expected ${events} sampled events, got ${totals.sampledEvents}`);

  const parseEventsPerSecond = events / parseSeconds;
  const pipelineEventsPerSecond = events / pipelineSeconds;
  return { events, parseEventsPerSecond, pipelineEventsPerSecond, ratio: pipelineEventsPerSecond / parseEventsPerSecond };
}

export function formatEmbeddedBench(r: EmbeddedBenchResult): string {
  return [
    `embedded pipeline, ${r.events.toLocaleString('en-US')} generated chat events (~0.4 KB each), rate 1, local classifier`,
    `  parse only (readline + JSON.parse):   ${fmtRate(r.parseEventsPerSecond)}`,
    `  full pipeline (sample → transcript → redact → classify → aggregate): ${fmtRate(r.pipelineEventsPerSecond)}`,
    `  ratio pipeline / parse: ${r.ratio.toFixed(3)}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(describeMachine());
  console.log(formatEmbeddedBench(await runEmbeddedBench()));
}
