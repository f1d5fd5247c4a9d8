// The one place that reads process.env: parses it once into a frozen, typed Config.
// An invalid value throws ConfigError naming the variable (the CLI exits 2 on it).
import { configFields, configSchema, type ConfigFieldName, type ConfigValues } from '../schemas/config.js';
import { ConfigError } from './errors/index.js';
import { parseKeyring } from './queue/keyring.js';
import { issuesFromZod } from './validation/zod-issues.js';

export type Mode = 'embedded' | 'distributed';

export type Config = Readonly<ConfigValues & { mode: Mode; samplerKey: string; samplerKeyIsDemo: boolean }>;

/**
 * Public key used by embedded runs when SAMPLER_KEY is unset, so a demo works without secrets and two
 * runs sample the same ids. It is printed in the source, so it gives no unpredictability: real
 * deployments must set their own (distributed mode refuses to start without one).
 */
export const EMBEDDED_DEMO_KEY = 'prompt-census embedded demo key (public; not for deployments)';

export interface Override {
  value: unknown;
  /** How the user set it, for error messages: `--sample-rate`. */
  source: string;
}

export interface LoadConfigOptions {
  mode?: Mode;
  /** CLI flags, keyed by config field; they win over the environment. */
  overrides?: Partial<Record<ConfigFieldName, Override>>;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: LoadConfigOptions = {}): Config {
  const mode = options.mode ?? 'distributed';
  const input: Record<string, unknown> = {};
  const sources: Record<string, string> = {};
  for (const [name, field] of Object.entries(configFields)) {
    const override = options.overrides?.[name as ConfigFieldName];
    if (override !== undefined && override.value !== undefined) {
      input[name] = override.value;
      sources[name] = `${override.source} (${field.env})`;
    } else {
      input[name] = env[field.env];
      sources[name] = field.env;
    }
  }

  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    const issue = issuesFromZod(parsed.error)[0]!;
    const key = issue.field.split(/[.[]/)[0]!;
    throw new ConfigError(sources[key] ?? key, issue.message);
  }
  const values = parsed.data;

  let samplerKey = values.samplerKey;
  let samplerKeyIsDemo = false;
  if (samplerKey === undefined) {
    if (mode === 'distributed') throw new ConfigError('SAMPLER_KEY', 'required outside embedded mode (a secret of at least 32 bytes)');
    samplerKey = EMBEDDED_DEMO_KEY;
    samplerKeyIsDemo = true;
  } else if (Buffer.byteLength(samplerKey, 'utf8') < 32) {
    throw new ConfigError('SAMPLER_KEY', 'must be at least 32 bytes');
  }

  if (values.dpEpsilon !== undefined && values.accountSampleCap === undefined) {
    throw new ConfigError('DP_EPSILON', 'needs ACCOUNT_SAMPLE_CAP (differential privacy needs a per-account contribution bound)');
  }

  checkClassifierSettings(values, sources);

  // Checked wherever it is set, so a typo fails at start rather than on the first sampled event.
  if (values.payloadKey !== undefined) parseKeyring(values.payloadKey);

  // The exactly-once claim must outlive every way a job can come back: retries with backoff, and
  // stall recovery after a worker dies.
  const retryWindowMs =
    values.jobBackoffMs * 2 ** values.jobAttempts + (values.workerMaxStalled + 1) * (values.workerLockMs + values.workerStalledIntervalMs);
  if (values.seenTtlSeconds * 1000 <= retryWindowMs) {
    throw new ConfigError('SEEN_TTL_SECONDS', `must exceed the retry and stall-recovery window (${Math.ceil(retryWindowMs / 1000)} s with these settings)`);
  }

  return Object.freeze({ ...values, mode, samplerKey, samplerKeyIsDemo });
}

/** Cross-field rules for the classifier backends; each error names the variable to set or fix. */
function checkClassifierSettings(values: ConfigValues, sources: Record<string, string>): void {
  if (values.classifyRetryBaseMs > values.classifyRetryMaxMs) {
    throw new ConfigError('CLASSIFY_RETRY_BASE_MS', 'must not exceed CLASSIFY_RETRY_MAX_MS');
  }
  if (values.googleApiEndpoint !== undefined) {
    const url = new URL(values.googleApiEndpoint);
    if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
      throw new ConfigError('GOOGLE_API_ENDPOINT', 'must be scheme://host[:port] without a path');
    }
  }
  if (values.classifier === 'google') {
    const chosen = sources.classifier ?? 'CLASSIFIER';
    if (values.googleProjectId === undefined) {
      throw new ConfigError('GOOGLE_PROJECT_ID', `required with ${chosen}=google (the client would otherwise probe the metadata server)`);
    }
    if (values.googleApiKey === undefined && values.googleApplicationCredentials === undefined) {
      throw new ConfigError('GOOGLE_API_KEY', `${chosen}=google needs GOOGLE_API_KEY or GOOGLE_APPLICATION_CREDENTIALS`);
    }
    if (values.googleApiKey !== undefined && values.googleApplicationCredentials !== undefined) {
      throw new ConfigError('GOOGLE_API_KEY', 'set either GOOGLE_API_KEY or GOOGLE_APPLICATION_CREDENTIALS, not both');
    }
  }
  if (values.classifier === 'openai' && values.openaiApiKey === undefined && new URL(values.openaiBaseUrl).hostname === 'api.openai.com') {
    throw new ConfigError('OPENAI_API_KEY', 'required when OPENAI_BASE_URL is api.openai.com');
  }
}
