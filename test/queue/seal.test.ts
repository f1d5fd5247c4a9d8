import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ConfigError, PayloadError } from '../../src/errors/index.js';
import { fromPayload, parsePayload, toPayload } from '../../src/queue/job-payload.js';
import { parseKeyring } from '../../src/queue/keyring.js';
import { open, seal } from '../../src/queue/seal.js';

const k1 = randomBytes(32).toString('base64');
const k2 = randomBytes(32).toString('base64');
const JOB = 'ab'.repeat(32);
const TEXT = 'USER: my card is CANARY-SEAL-4111 and my name is Ada';

describe('payload sealing', () => {
  it('round-trips and hides the text', () => {
    const keyring = parseKeyring(k1);
    const sealed = seal(keyring, JOB, TEXT);
    expect(sealed.kid).toBe('default');
    expect(JSON.stringify(sealed)).not.toContain('CANARY');
    expect(open(keyring, JOB, sealed)).toBe(TEXT);
    expect(seal(keyring, JOB, TEXT).iv).not.toBe(sealed.iv);
  });

  it('gives every payload its own 12-byte IV, across refills of the IV pool', () => {
    const keyring = parseKeyring(k1);
    // 256 IVs per pool block: 2,000 seals refill it several times.
    const sealed = Array.from({ length: 2_000 }, () => seal(keyring, JOB, TEXT));
    expect(new Set(sealed.map((s) => s.iv)).size).toBe(2_000);
    expect(sealed.every((s) => Buffer.from(s.iv, 'base64').length === 12)).toBe(true);
    // Handed-out IVs are copies: a later refill does not change one already used.
    expect(sealed.every((s) => open(keyring, JOB, s) === TEXT)).toBe(true);
  });

  it('rotates: the first key seals, every listed key opens', () => {
    const old = parseKeyring(`old:${k1}`);
    const rotated = parseKeyring(`new:${k2},old:${k1}`);
    const sealedOld = seal(old, JOB, TEXT);
    expect(open(rotated, JOB, sealedOld)).toBe(TEXT);
    expect(seal(rotated, JOB, TEXT).kid).toBe('new');
  });

  it('fails closed on an unknown key id, another job id or tampering', () => {
    const keyring = parseKeyring(`a:${k1}`);
    const sealed = seal(keyring, JOB, TEXT);
    expect(() => open(parseKeyring(`b:${k1}`), JOB, { ...sealed, kid: 'b' })).toThrow(PayloadError);
    expect(() => open(keyring, 'cd'.repeat(32), sealed)).toThrow(PayloadError);
    const ct = Buffer.from(sealed.ct, 'base64');
    ct[0]! ^= 1;
    expect(() => open(keyring, JOB, { ...sealed, ct: ct.toString('base64') })).toThrow(PayloadError);
    expect(() => open(parseKeyring(`a:${k2}`), JOB, sealed)).toThrow(PayloadError);
  });

  it('job payloads keep metadata in clear and only the sealed transcript', () => {
    const keyring = parseKeyring(k1);
    const job = { v: 1 as const, jobId: JOB, bucketStart: '2026-11-23T00:00:00.000Z', dims: { model: 'm' }, account: 'f'.repeat(32), usage: { promptTokens: 3 }, transcript: TEXT };
    const payload = parsePayload(JSON.parse(JSON.stringify(toPayload(job, keyring))));
    expect(JSON.stringify(payload)).not.toContain('CANARY');
    expect(fromPayload(JOB, payload, keyring)).toEqual(job);
    expect(() => parsePayload({ ...payload, transcript: TEXT })).toThrow(PayloadError);
  });

  it('job payloads carry the rate the event was sampled at; one queued without it still parses', () => {
    const keyring = parseKeyring(k1);
    const job = { v: 1 as const, jobId: JOB, bucketStart: '2026-11-23T00:00:00.000Z', dims: {}, rate: 0.0025, transcript: TEXT };
    const payload = parsePayload(JSON.parse(JSON.stringify(toPayload(job, keyring))));
    expect(payload.rate).toBe(0.0025);
    expect(fromPayload(JOB, payload, keyring)).toEqual(job);
    const { rate: _, ...older } = payload;
    expect(fromPayload(JOB, parsePayload(older), keyring)).not.toHaveProperty('rate');
    for (const rate of [0, -0.1, 1.5, '0.01']) expect(() => parsePayload({ ...payload, rate })).toThrow(PayloadError);
  });

  it('job payloads carry the BUCKET unit of their bucket start; one queued without it still parses', () => {
    const keyring = parseKeyring(k1);
    const job = { v: 1 as const, jobId: JOB, bucketStart: '2026-11-23T00:00:00.000Z', dims: {}, bucket: 'day' as const, transcript: TEXT };
    const payload = parsePayload(JSON.parse(JSON.stringify(toPayload(job, keyring))));
    expect(payload.bucket).toBe('day');
    expect(fromPayload(JOB, payload, keyring)).toEqual(job);
    const { bucket: _, ...older } = payload;
    expect(fromPayload(JOB, parsePayload(older), keyring)).not.toHaveProperty('bucket');
    for (const bucket of ['month', '', 7]) expect(() => parsePayload({ ...payload, bucket })).toThrow(PayloadError);
  });
});

describe('PAYLOAD_KEY', () => {
  const base = { SAMPLER_KEY: 'x'.repeat(32) };
  const fail = (value: string) => {
    try {
      loadConfig({ ...base, PAYLOAD_KEY: value });
    } catch (err) {
      return err as ConfigError;
    }
    throw new Error('expected a ConfigError');
  };

  it('is checked at load, naming the variable and never echoing key material', () => {
    const short = randomBytes(16).toString('base64');
    for (const value of [short, 'not base64 !!', `a:${k1},a:${k2}`, `bad id:${k1}`]) {
      const err = fail(value);
      expect(err.variable).toBe('PAYLOAD_KEY');
      expect(err.message).not.toContain(value.slice(0, 10));
    }
    expect(loadConfig({ ...base, PAYLOAD_KEY: `new:${k1}, old:${k2}` }).payloadKey).toBeDefined();
  });
});
