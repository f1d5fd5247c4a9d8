// Embedded mode: the whole pipeline in one process over an NDJSON stream, with an in-memory store.
// No Redis, no keys. A bad line is reported (line number and field) and skipped; the rest still count.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import pLimit from 'p-limit';
import type { Taxonomy } from '../../schemas/taxonomy.js';
import { MemoryAggregateStore } from '../aggregate/memory-store.js';
import type { Classifier } from '../classify/classifier.js';
import type { Config } from '../config.js';
import { ValidationError } from '../errors/index.js';
import { ingestEvent, processJob, validateEvent } from '../pipeline.js';
import { createSampler } from '../sampler/keyed-sampler.js';
import { parseJsonOrThrow } from '../validation/zod-issues.js';

export interface RejectedLine {
  line: number;
  field: string;
  message: string;
}

export interface EmbeddedTotals {
  lines: number;
  offeredEvents: number;
  sampledEvents: number;
  rejectedEvents: number;
  unclassifiedEvents: number;
}

export interface EmbeddedRunOptions {
  config: Config;
  classifier: Classifier;
  taxonomy: Taxonomy;
  store?: MemoryAggregateStore;
  onReject?: (rejected: RejectedLine) => void;
  /** Called every few hundred lines with the bytes read so far. */
  onProgress?: (bytesRead: number, totals: EmbeddedTotals) => void;
}

export interface EmbeddedRunResult {
  store: MemoryAggregateStore;
  totals: EmbeddedTotals;
}

export async function runEmbedded(input: Readable, options: EmbeddedRunOptions): Promise<EmbeddedRunResult> {
  const { config, classifier, taxonomy } = options;
  const store = options.store ?? new MemoryAggregateStore({ accountSampleCap: config.accountSampleCap });
  const sampler = createSampler(config.samplerKey, config.sampleRate);
  const limits = { maxEventBytes: config.maxEventBytes, maxMessages: config.maxMessages };
  // A JSON line may escape every character (\uXXXX is 6 bytes), so allow for that before parsing.
  const maxLineChars = config.maxEventBytes * 6 + 65_536;
  const limit = pLimit(config.classifyConcurrency);
  const inFlight = new Set<Promise<void>>();
  const totals: EmbeddedTotals = { lines: 0, offeredEvents: 0, sampledEvents: 0, rejectedEvents: 0, unclassifiedEvents: 0 };
  let bytesRead = 0;
  input.on('data', (chunk: Buffer | string) => {
    bytesRead += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
  });

  const reject = (line: number, err: ValidationError) => {
    totals.rejectedEvents++;
    const issue = err.issues[0] ?? { field: '(root)', message: 'invalid' };
    options.onReject?.({ line, field: issue.field, message: issue.message });
  };

  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    const lineNo = ++totals.lines;
    if (lineNo % 500 === 0) options.onProgress?.(bytesRead, totals);
    if (line.trim() === '') continue;
    let decision;
    try {
      if (line.length > maxLineChars) throw new ValidationError([{ field: '(root)', message: `line too long (maximum ${maxLineChars} characters)` }]);
      const event = validateEvent(parseJsonOrThrow(line), limits);
      totals.offeredEvents++;
      decision = ingestEvent(event, { ...config, sampler, samplerKey: config.samplerKey });
    } catch (err) {
      if (err instanceof ValidationError) {
        reject(lineNo, err);
        continue;
      }
      throw err;
    }
    if (!decision.sampled) continue;
    totals.sampledEvents++;
    const job = decision.job;
    const task = limit(async () => {
      const record = await processJob(job, { classifier, taxonomy });
      if (record.unclassifiedReason) totals.unclassifiedEvents++;
      store.applySync(record);
    }).finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= config.classifyConcurrency * 4) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  options.onProgress?.(bytesRead, totals);
  return { store, totals };
}
