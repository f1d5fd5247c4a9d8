// Environment configuration (DESIGN §10). Each field names its variable, its rule, its default and
// a description; `loadConfig` parses the environment through it and the README's variable table is
// checked against it by a test, so the three can't drift apart.
import { z } from 'zod';

// Environment values are strings; an empty string means "unset" so `FOO=` falls back to the default.
const fromEnv = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema);

const number = () => z.coerce.number<unknown>().refine(Number.isFinite, { message: 'must be a finite number' });
const integer = () => z.coerce.number<unknown>().int();
const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v),
    z.array(z.enum(values)),
  );

export interface ConfigField {
  env: string;
  schema: z.ZodType;
  description: string;
  /** Shown in the README table; secrets are never printed with their values. */
  secret?: boolean;
}

function field<T extends z.ZodType>(env: string, schema: T, description: string, secret = false) {
  return { env, schema: fromEnv(schema), description, secret } as const;
}

export const configFields = {
  sampleRate: field('SAMPLE_RATE', number().pipe(z.number().min(0).max(1)).default(0.0025),
    'Fraction of offered events kept (0–1). Sampling is keyed by SAMPLER_KEY and nested: raising it keeps every id sampled before. Each counted event records the rate it was sampled at, and reports divide each bucket by that rate; a report\'s own SAMPLE_RATE only stands in for counts that recorded none.'),
  samplerKey: field('SAMPLER_KEY', z.string().optional(),
    'Secret (≥ 32 bytes) keying the sample and the account hashes. Required outside embedded mode; embedded mode uses a public demo key when unset. Every sidecar needs the same one; change it only at a bucket boundary (a bucket counted under two keys has its distinct accounts floored and cannot be released with DP).', true),
  accountSampleCap: field('ACCOUNT_SAMPLE_CAP', integer().pipe(z.number().int().positive()).optional(),
    'Most sampled events one account may contribute per bucket; bounds one account\'s influence and is the contribution bound for differential privacy.'),
  redisUrl: field('REDIS_URL', z.string().default('redis://127.0.0.1:6379'),
    'Redis holding the queue and the aggregates (distributed mode). Run it with maxmemory-policy noeviction.', true),
  queueName: field('QUEUE_NAME', z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/, { message: 'letters, digits, "_", "." and "-" only (1–100)' }).default('prompt-census'),
    'BullMQ queue name.'),
  queueMaxWaiting: field('QUEUE_MAX_WAITING', integer().pipe(z.number().int().positive()).default(100_000),
    'Backpressure: above this many waiting jobs, sampled events are dropped and counted (reason queue_full).'),
  offerBufferSize: field('OFFER_BUFFER_SIZE', integer().pipe(z.number().int().min(1)).default(10_000),
    'Sampled events held in memory while they wait to be enqueued; beyond this they are dropped (reason buffer_full), so the host never waits on Redis.'),
  offerFlushIntervalMs: field('OFFER_FLUSH_INTERVAL_MS', integer().pipe(z.number().int().min(0).max(10_000)).default(1_000),
    'How long sampled events gather in memory before they are built, sealed and sent to Redis as one batch (0: on the next turn of the event loop; a batch of 500 goes at once). Each batch costs the host a few milliseconds of cold code however small it is, so longer windows cost less: 1,000 ms spent 2–3.5% less host CPU per request than 200 ms. A crash loses at most this window of sampled events.'),
  queueCheckIntervalMs: field('QUEUE_CHECK_INTERVAL_MS', integer().pipe(z.number().int().min(10)).default(1_000),
    'How often a producer reads the queue\'s waiting count for QUEUE_MAX_WAITING (never per offer).'),
  jobAttempts: field('JOB_ATTEMPTS', integer().pipe(z.number().int().min(1).max(50)).default(5),
    'Attempts per queued job; the last one counts the event unclassified (with the failure as reason) instead of failing.'),
  jobBackoffMs: field('JOB_BACKOFF_MS', integer().pipe(z.number().int().min(1)).default(2_000),
    'First retry delay of a queued job; doubles per attempt, with 50% jitter.'),
  workerConcurrency: field('WORKER_CONCURRENCY', integer().pipe(z.number().int().min(1).max(1024)).default(16),
    'Jobs a worker process holds at once (BullMQ concurrency); their classifier calls share CLASSIFY_CONCURRENCY.'),
  workerLockMs: field('WORKER_LOCK_MS', integer().pipe(z.number().int().min(500)).default(30_000),
    'Lock on an active job, renewed while it runs; a dead worker\'s jobs return to the queue once it lapses.'),
  workerStalledIntervalMs: field('WORKER_STALLED_INTERVAL_MS', integer().pipe(z.number().int().min(100)).default(30_000),
    'How often workers look for jobs whose lock lapsed (a killed worker\'s) and put them back.'),
  workerMaxStalled: field('WORKER_MAX_STALLED', integer().pipe(z.number().int().min(0).max(100)).default(3),
    'Times a job may be put back after its worker died before it is counted unclassified (reason stalled): a guard against jobs that crash workers.'),
  seenTtlSeconds: field('SEEN_TTL_SECONDS', integer().pipe(z.number().int().min(60)).default(8 * 86_400),
    'How long Redis remembers a counted job id (exactly-once claim); must outlast retries and stall recovery, and bounds how late a re-offered id is still recognised.'),
  payloadKey: field('PAYLOAD_KEY', z.string().optional(),
    'AES-256-GCM key sealing queued transcripts: 32 bytes, base64 (id `default`). For rotation `id:base64,id2:base64`: the first seals, all open. Required by sidecar and worker.', true),
  classifier: field('CLASSIFIER', z.enum(['local', 'google', 'openai']).default('local'),
    'Classifier backend: local (offline, shipped), google (Cloud Natural Language), openai (any OpenAI-compatible endpoint).'),
  googleApiKey: field('GOOGLE_API_KEY', z.string().optional(), 'API key for Cloud Natural Language.', true),
  googleApplicationCredentials: field('GOOGLE_APPLICATION_CREDENTIALS', z.string().optional(),
    'Path to a service-account JSON file (alternative to GOOGLE_API_KEY).'),
  googleProjectId: field('GOOGLE_PROJECT_ID', z.string().optional(),
    'Google Cloud project id (required with CLASSIFIER=google; avoids the metadata-server probe).'),
  googleApiEndpoint: field('GOOGLE_API_ENDPOINT', z.url({ protocol: /^https?$/ }).optional(),
    'Cloud Natural Language endpoint as scheme://host[:port], e.g. https://eu-language.googleapis.com (regional) or a private endpoint. Default: the global endpoint.'),
  googleApiVersion: field('GOOGLE_API_VERSION', z.enum(['v2', 'v1']).default('v2'),
    'Natural Language API version: v2 classifyText, or v1 asked for the V2 content-category model.'),
  googleMinConfidence: field('GOOGLE_MIN_CONFIDENCE', number().pipe(z.number().min(0).max(1)).default(0.5),
    'Google category labels below this confidence are dropped before mapping to the taxonomy.'),
  googleTooShort: field('GOOGLE_TOO_SHORT', z.enum(['unclassified', 'local']).default('unclassified'),
    'Texts Google rejects as too short: count them unclassified (reason too_short), or classify them with the local classifier.'),
  openaiBaseUrl: field('OPENAI_BASE_URL', z.url().default('https://api.openai.com/v1'),
    'OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp).'),
  openaiApiKey: field('OPENAI_API_KEY', z.string().optional(), 'API key for the OpenAI-compatible endpoint.', true),
  openaiModel: field('OPENAI_MODEL', z.string().default('gpt-4o-mini'), 'Model name sent to the OpenAI-compatible endpoint.'),
  classifyConcurrency: field('CLASSIFY_CONCURRENCY', integer().pipe(z.number().int().min(1).max(1024)).default(8),
    'Classifier calls in flight per worker process (p-limit).'),
  classifyTimeoutMs: field('CLASSIFY_TIMEOUT_MS', integer().pipe(z.number().int().min(1)).default(15_000),
    'Timeout per classifier call.'),
  classifyMaxAttempts: field('CLASSIFY_MAX_ATTEMPTS', integer().pipe(z.number().int().min(1).max(20)).default(4),
    'Attempts per classifier call (retries with exponential backoff and jitter) before the event is counted unclassified.'),
  classifyRetryBaseMs: field('CLASSIFY_RETRY_BASE_MS', integer().pipe(z.number().int().min(1)).default(500),
    'Backoff before the second attempt (upper bound of the jittered wait); doubles per attempt.'),
  classifyRetryMaxMs: field('CLASSIFY_RETRY_MAX_MS', integer().pipe(z.number().int().min(1)).default(30_000),
    'Longest wait between attempts. A Retry-After asking for longer ends the retries (reason rate_limited).'),
  classifyBreakerFailures: field('CLASSIFY_BREAKER_FAILURES', integer().pipe(z.number().int().min(1)).default(5),
    'Consecutive outage failures (timeouts, 5xx, 429, auth) that open the circuit breaker.'),
  classifyBreakerCooldownMs: field('CLASSIFY_BREAKER_COOLDOWN_MS', integer().pipe(z.number().int().min(1)).default(30_000),
    'How long an open circuit breaker refuses calls before letting one probe through.'),
  classifyOnOutage: field('CLASSIFY_ON_OUTAGE', z.enum(['unclassified', 'requeue']).default('requeue'),
    'When the backend is down (circuit open, or timeouts/5xx/429 after all attempts): count the event unclassified with that reason, or (queue workers) leave the job queued for a later retry. Embedded runs always count.'),
  maxTurnChars: field('MAX_TURN_CHARS', integer().pipe(z.number().int().min(100)).default(5_000),
    'Each transcript turn is cut to this many characters.'),
  maxClassifyChars: field('MAX_CLASSIFY_CHARS', integer().pipe(z.number().int().min(200)).default(20_000),
    'The whole transcript is cut to this many characters, keeping the system prompt and the latest turns.'),
  maxEventBytes: field('MAX_EVENT_BYTES', integer().pipe(z.number().int().min(1024)).default(1024 * 1024),
    'Largest amount of text (UTF-8 bytes) one event may carry; larger events are rejected.'),
  maxMessages: field('MAX_MESSAGES', integer().pipe(z.number().int().min(1)).default(512),
    'Most messages one event may carry.'),
  bucket: field('BUCKET', z.enum(['hour', 'day', 'week']).default('week'),
    'Time bucket of the aggregates (UTC; weeks start on Monday). Sidecars, workers and reports must agree on it. To change it in a running deployment, give the new setting its own KEY_PREFIX: a day and a week that start at the same moment would share counters (each job records its unit; rows are labelled with it, and a release refuses a bucket counted by two).'),
  dimensions: field('DIMENSIONS', list(['model', 'app'] as const).default([]),
    'Extra aggregate dimensions, comma-separated: model, app. Empty: one cell per category and bucket.'),
  taxonomyFile: field('TAXONOMY_FILE', z.string().optional(),
    'Path to a taxonomy JSON file replacing schemas/taxonomy.json.'),
  minAccounts: field('MIN_ACCOUNTS', integer().pipe(z.number().int().min(0)).default(5),
    'A released cell needs at least this many distinct accounts (events without an accountId prove none); smaller cells fold into a suppressed row. 0 turns the rule off, for hosts that send no accountId.'),
  minEvents: field('MIN_EVENTS', integer().pipe(z.number().int().min(1)).default(10),
    'A released cell needs at least this many sampled events.'),
  dpEpsilon: field('DP_EPSILON', number().pipe(z.number().positive()).optional(),
    'Differential privacy: ε for noise on released counts (needs ACCOUNT_SAMPLE_CAP). Unset: no noise.'),
  dpDelta: field('DP_DELTA', number().pipe(z.number().min(0).lt(1)).optional(),
    'Differential privacy: δ, spent only on choosing which model/app values to release (needed when DIMENSIONS is set).'),
  maxTokensPerEvent: field('MAX_TOKENS_PER_EVENT', integer().pipe(z.number().int().min(1)).default(1_000_000),
    'Prompt and completion tokens of one event are each counted up to this; bounds one request\'s weight in token shares and is the token bound for differential privacy.'),
  host: field('HOST', z.string().default('127.0.0.1'), 'Sidecar listen address.'),
  port: field('PORT', integer().pipe(z.number().int().min(0).max(65535)).default(8787), 'Sidecar listen port.'),
  ingestToken: field('INGEST_TOKEN', z.string().min(16).optional(),
    'Bearer token required on ingest; required when HOST is not loopback.', true),
  maxBodyBytes: field('MAX_BODY_BYTES', integer().pipe(z.number().int().min(1024)).default(8 * 1024 * 1024),
    'Largest ingest request body (bytes); a larger one gets 413 as soon as the limit is passed.'),
  litellmAccountFrom: field('LITELLM_ACCOUNT_FROM', z.enum(['key_hash', 'key_alias', 'team', 'user', 'end_user', 'none']).default('key_hash'),
    'POST /v1/ingest/litellm: which LiteLLM identifier becomes the accountId (hashed at ingest like every accountId): the virtual key\'s hash, its alias, the team, the internal user, the end user, or none.'),
  litellmModelFrom: field('LITELLM_MODEL_FROM', z.enum(['model_group', 'model']).default('model_group'),
    'POST /v1/ingest/litellm: the model dimension is the LiteLLM model group (the name clients asked for; falls back to model when empty) or the deployment model.'),
  metricsPort: field('METRICS_PORT', integer().pipe(z.number().int().min(0).max(65535)).default(9464),
    'Worker port for /healthz, /readyz and /metrics.'),
  keyPrefix: field('KEY_PREFIX', z.string().regex(/^[A-Za-z0-9_:{}.-]{1,64}$/, { message: 'letters, digits and _:{}.- only (1–64)' }).default('{pc}'),
    'Prefix of the aggregate keys in Redis; keep the {hash tag} for Redis Cluster.'),
  shutdownTimeoutMs: field('SHUTDOWN_TIMEOUT_MS', integer().pipe(z.number().int().min(0)).default(10_000),
    'On SIGTERM: how long to let active jobs finish before handing them back.'),
  logLevel: field('LOG_LEVEL', z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    'pino log level. Logs hold ids, counts and timings, never text.'),
} satisfies Record<string, ConfigField>;

export type ConfigFieldName = keyof typeof configFields;

type Shape = { [K in ConfigFieldName]: (typeof configFields)[K]['schema'] };
const shape = Object.fromEntries(Object.entries(configFields).map(([k, f]) => [k, f.schema])) as Shape;

export const configSchema = z.object(shape);
export type ConfigValues = z.output<typeof configSchema>;

/** Every environment variable the configuration reads, in table order. */
export const configEnvNames: readonly string[] = Object.values(configFields).map((f) => f.env);
