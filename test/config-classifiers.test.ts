// Classifier settings in loadConfig: new variables, defaults, and the cross-field rules, each failure
// naming the variable to set.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors/index.js';

const embedded = (env: NodeJS.ProcessEnv) => loadConfig(env, { mode: 'embedded' });

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    embedded(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('classifier configuration', () => {
  it('has defaults for the new settings', () => {
    const config = embedded({});
    expect(config).toMatchObject({
      googleApiVersion: 'v2',
      googleMinConfidence: 0.5,
      googleTooShort: 'unclassified',
      classifyRetryBaseMs: 500,
      classifyRetryMaxMs: 30_000,
      classifyBreakerFailures: 5,
      classifyBreakerCooldownMs: 30_000,
      classifyOnOutage: 'requeue',
    });
    expect(config.googleApiEndpoint).toBeUndefined();
  });

  it('accepts a complete google setup with an API key or with service-account credentials', () => {
    expect(embedded({ CLASSIFIER: 'google', GOOGLE_PROJECT_ID: 'p', GOOGLE_API_KEY: 'k', GOOGLE_API_ENDPOINT: 'https://eu-language.googleapis.com' }).classifier).toBe('google');
    expect(embedded({ CLASSIFIER: 'google', GOOGLE_PROJECT_ID: 'p', GOOGLE_APPLICATION_CREDENTIALS: '/secrets/sa.json' }).classifier).toBe('google');
  });

  it('CLASSIFIER=google needs GOOGLE_PROJECT_ID and exactly one credential', () => {
    expect(configError({ CLASSIFIER: 'google', GOOGLE_API_KEY: 'k' }).variable).toBe('GOOGLE_PROJECT_ID');
    expect(configError({ CLASSIFIER: 'google', GOOGLE_PROJECT_ID: 'p' }).variable).toBe('GOOGLE_API_KEY');
    expect(configError({ CLASSIFIER: 'google', GOOGLE_PROJECT_ID: 'p' }).message).toContain('GOOGLE_APPLICATION_CREDENTIALS');
    expect(configError({ CLASSIFIER: 'google', GOOGLE_PROJECT_ID: 'p', GOOGLE_API_KEY: 'k', GOOGLE_APPLICATION_CREDENTIALS: '/x.json' }).variable).toBe('GOOGLE_API_KEY');
  });

  it('names the --classifier flag when the backend came from it', () => {
    expect(() => loadConfig({}, { mode: 'embedded', overrides: { classifier: { value: 'google', source: '--classifier' } } })).toThrow(/--classifier \(CLASSIFIER\)=google/);
  });

  it('CLASSIFIER=openai needs OPENAI_API_KEY for api.openai.com but not for a local server', () => {
    expect(configError({ CLASSIFIER: 'openai' }).variable).toBe('OPENAI_API_KEY');
    expect(embedded({ CLASSIFIER: 'openai', OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1' }).openaiApiKey).toBeUndefined();
  });

  it('rejects malformed values, naming the variable and not echoing secrets', () => {
    expect(configError({ GOOGLE_API_ENDPOINT: 'ftp://host' }).variable).toBe('GOOGLE_API_ENDPOINT');
    expect(configError({ GOOGLE_API_ENDPOINT: 'https://eu-language.googleapis.com/v2' }).variable).toBe('GOOGLE_API_ENDPOINT');
    expect(configError({ GOOGLE_API_VERSION: 'v3' }).variable).toBe('GOOGLE_API_VERSION');
    expect(configError({ GOOGLE_MIN_CONFIDENCE: '1.5' }).variable).toBe('GOOGLE_MIN_CONFIDENCE');
    expect(configError({ GOOGLE_TOO_SHORT: 'pad' }).variable).toBe('GOOGLE_TOO_SHORT');
    expect(configError({ CLASSIFY_ON_OUTAGE: 'drop' }).variable).toBe('CLASSIFY_ON_OUTAGE');
    expect(configError({ CLASSIFY_BREAKER_FAILURES: '0' }).variable).toBe('CLASSIFY_BREAKER_FAILURES');
    expect(configError({ CLASSIFY_RETRY_BASE_MS: '5000', CLASSIFY_RETRY_MAX_MS: '1000' }).variable).toBe('CLASSIFY_RETRY_BASE_MS');
    const secret = configError({ CLASSIFIER: 'google', GOOGLE_PROJECT_ID: 'p', GOOGLE_API_KEY: 'AIza-secret-value', GOOGLE_APPLICATION_CREDENTIALS: '/x.json' });
    expect(secret.message).not.toContain('AIza-secret-value');
  });
});
