// Builds the configured backend and wraps it in the shared resilience layer (limit, breaker, deadline,
// retries, metrics), so `local`, `google` and `openai` behave the same under load and failure.
import type { Registry } from 'prom-client';
import { configSchema, type ConfigValues } from '../../schemas/config.js';
import type { Taxonomy } from '../../schemas/taxonomy.js';
import type { Config } from '../config.js';
import { ConfigError } from '../errors/index.js';
import { registerClassifierMetrics } from '../metrics/classifier-metrics.js';
import type { Classifier } from './classifier.js';
import { createGoogleClassifier } from './google/google-classifier.js';
import type { GoogleClient } from './google/google-client.js';
import { createLocalClassifier } from './local/index.js';
import { createOpenAiClassifier } from './openai/openai-classifier.js';
import type { Clock } from './resilience/clock.js';
import { withResilience, type ResilientClassifier } from './resilience/resilient-classifier.js';
import { loadTaxonomy } from './taxonomy.js';

/** The settings the factory reads; anything left out takes its schema default. */
export type ClassifierSettings = Pick<Config, 'classifier'> & Partial<Config>;

export interface CreateClassifierOptions {
  /** @defaultValue the file named by TAXONOMY_FILE, else schemas/taxonomy.json */
  taxonomy?: Taxonomy;
  /** Where the classifier metrics go. @defaultValue the process registry (src/metrics/registry.ts) */
  registry?: Registry;
  /** For tests: time, sleeps and timers. */
  clock?: Clock;
  /** For tests: a Google client double instead of the REST client. */
  googleClient?: GoogleClient;
}

let schemaDefaults: ConfigValues | undefined;

function withDefaults(settings: ClassifierSettings): ConfigValues {
  schemaDefaults ??= configSchema.parse({});
  const merged: ConfigValues = { ...schemaDefaults };
  for (const [key, value] of Object.entries(settings)) if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  return merged;
}

function createBackend(settings: ConfigValues, taxonomy: Taxonomy, options: CreateClassifierOptions): Classifier {
  const metrics = registerClassifierMetrics(options.registry);
  switch (settings.classifier) {
    case 'local':
      return createLocalClassifier();
    case 'google': {
      if (settings.googleProjectId === undefined) throw new ConfigError('GOOGLE_PROJECT_ID', 'required with CLASSIFIER=google');
      return createGoogleClassifier({
        taxonomy,
        projectId: settings.googleProjectId,
        ...(settings.googleApiKey !== undefined ? { apiKey: settings.googleApiKey } : {}),
        ...(settings.googleApplicationCredentials !== undefined ? { keyFilename: settings.googleApplicationCredentials } : {}),
        ...(settings.googleApiEndpoint !== undefined ? { endpoint: settings.googleApiEndpoint } : {}),
        version: settings.googleApiVersion,
        minConfidence: settings.googleMinConfidence,
        tooShort: settings.googleTooShort,
        ...(settings.googleTooShort === 'local' ? { local: createLocalClassifier() } : {}),
        metrics,
        ...(options.googleClient ? { client: options.googleClient } : {}),
      });
    }
    case 'openai':
      return createOpenAiClassifier({
        taxonomy,
        baseUrl: settings.openaiBaseUrl,
        ...(settings.openaiApiKey !== undefined ? { apiKey: settings.openaiApiKey } : {}),
        model: settings.openaiModel,
        timeoutMs: settings.classifyTimeoutMs,
        metrics,
      });
    default:
      throw new ConfigError('CLASSIFIER', `backend "${String(settings.classifier)}" is not available in this build`);
  }
}

export function createClassifier(config: ClassifierSettings, options: CreateClassifierOptions = {}): ResilientClassifier {
  const settings = withDefaults(config);
  const taxonomy = options.taxonomy ?? loadTaxonomy(settings.taxonomyFile);
  const backend = createBackend(settings, taxonomy, options);
  return withResilience(backend, {
    concurrency: settings.classifyConcurrency,
    timeoutMs: settings.classifyTimeoutMs,
    retry: { maxAttempts: settings.classifyMaxAttempts, baseDelayMs: settings.classifyRetryBaseMs, maxDelayMs: settings.classifyRetryMaxMs },
    breaker: { failureThreshold: settings.classifyBreakerFailures, cooldownMs: settings.classifyBreakerCooldownMs },
    metrics: registerClassifierMetrics(options.registry),
    remote: settings.classifier !== 'local',
    ...(options.clock ? { clock: options.clock } : {}),
  });
}

/**
 * How a queue worker treats a backend failure (pipeline `onBackendError`): with CLASSIFY_ON_OUTAGE=requeue,
 * outages are rethrown so the job stays queued; failures of the event itself are always counted.
 * Embedded runs have no queue to leave work in, so they always count.
 */
export function backendErrorPolicy(config: Pick<Config, 'classifyOnOutage' | 'mode'>): 'unclassified' | 'throw_on_outage' {
  return config.mode === 'distributed' && config.classifyOnOutage === 'requeue' ? 'throw_on_outage' : 'unclassified';
}
