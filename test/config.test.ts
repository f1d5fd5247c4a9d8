import { describe, expect, it } from 'vitest';
import { configEnvNames } from '../schemas/config.js';
import { EMBEDDED_DEMO_KEY, loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors/index.js';

const KEY = 'x'.repeat(32);

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies documented defaults and freezes the result', () => {
    const config = loadConfig({ SAMPLER_KEY: KEY });
    expect(config.sampleRate).toBe(0.0025);
    expect(config.classifier).toBe('local');
    expect(config.maxTurnChars).toBe(5000);
    expect(config.maxClassifyChars).toBe(20000);
    expect(config.dimensions).toEqual([]);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names the variable when a value is out of range', () => {
    const err = configError(() => loadConfig({ SAMPLER_KEY: KEY, SAMPLE_RATE: '2' }));
    expect(err.variable).toBe('SAMPLE_RATE');
    expect(err.message).toMatch(/^SAMPLE_RATE: /);
  });

  it('names the flag and the variable when a CLI override is invalid', () => {
    const err = configError(() => loadConfig({}, { mode: 'embedded', overrides: { sampleRate: { value: 'abc', source: '--sample-rate' } } }));
    expect(err.message).toContain('--sample-rate (SAMPLE_RATE)');
  });

  it('requires a SAMPLER_KEY of 32 bytes outside embedded mode', () => {
    expect(configError(() => loadConfig({})).variable).toBe('SAMPLER_KEY');
    expect(configError(() => loadConfig({ SAMPLER_KEY: 'short' })).variable).toBe('SAMPLER_KEY');
  });

  it('uses the public demo key in embedded mode and says so', () => {
    const config = loadConfig({}, { mode: 'embedded' });
    expect(config.samplerKey).toBe(EMBEDDED_DEMO_KEY);
    expect(config.samplerKeyIsDemo).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ SAMPLER_KEY: KEY, SAMPLE_RATE: '' }).sampleRate).toBe(0.0025);
  });

  it('parses lists and enums', () => {
    const config = loadConfig({ SAMPLER_KEY: KEY, DIMENSIONS: 'model, app', BUCKET: 'day' });
    expect(config.dimensions).toEqual(['model', 'app']);
    expect(config.bucket).toBe('day');
    expect(configError(() => loadConfig({ SAMPLER_KEY: KEY, DIMENSIONS: 'model,region' })).variable).toBe('DIMENSIONS');
  });

  it('refuses differential privacy without a contribution bound', () => {
    expect(configError(() => loadConfig({ SAMPLER_KEY: KEY, DP_EPSILON: '1' })).variable).toBe('DP_EPSILON');
  });

  it('never echoes a secret value in its error', () => {
    const secret = 'too-short-secret-CANARY';
    const err = configError(() => loadConfig({ SAMPLER_KEY: secret }));
    expect(err.message).not.toContain(secret);
  });

  it('refuses a SEEN_TTL_SECONDS shorter than the retry and stall-recovery window', () => {
    expect(configError(() => loadConfig({ SAMPLER_KEY: KEY, SEEN_TTL_SECONDS: '120' })).variable).toBe('SEEN_TTL_SECONDS');
    expect(loadConfig({ SAMPLER_KEY: KEY, SEEN_TTL_SECONDS: '120', JOB_ATTEMPTS: '2', JOB_BACKOFF_MS: '1000', WORKER_LOCK_MS: '5000', WORKER_STALLED_INTERVAL_MS: '5000', WORKER_MAX_STALLED: '1' }).seenTtlSeconds).toBe(120);
  });

  it('lists each variable once', () => {
    expect(new Set(configEnvNames).size).toBe(configEnvNames.length);
  });
});
