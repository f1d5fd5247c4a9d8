// Library entry point: the stages and types a host or a custom worker needs.
export { loadConfig, type Config } from './config.js';
export * from './errors/index.js';
export { createSampler, samplingHash, samplingThreshold, type Sampler } from './sampler/keyed-sampler.js';
export { hashAccount } from './sampler/account-hash.js';
export { buildTranscript } from './transcript/build-transcript.js';
export { redact } from './redact/index.js';
export type { Classifier } from './classify/classifier.js';
export { createClassifier, backendErrorPolicy } from './classify/create-classifier.js';
export { loadTaxonomy } from './classify/taxonomy.js';
export { MemoryAggregateStore } from './aggregate/memory-store.js';
export type { AggregateStore } from './aggregate/store.js';
export type { AggregateRecord, AggregateSnapshot, AggregateCell } from './aggregate/record.js';
export { validateEvent, ingestEvent, processJob, runJob, type SampledJob } from './pipeline.js';
export { buildRows } from './release/build-rows.js';
export type { PromptEvent } from '../schemas/event.js';
export type { AggregateRow } from '../schemas/aggregate-row.js';
