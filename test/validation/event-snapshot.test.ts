// offer() copies a sampled event (the host's, when the plain check proved it valid; else the schema's
// parsed output) and builds its job at the next flush. The copy must give the job the event itself
// gives, must not change when the host changes or reuses its objects, and must hold nothing else.
import { describe, expect, it } from 'vitest';
import { createEventSchema, type EventLimits, type PromptEvent } from '../../schemas/event.js';
import { ingestEvent, validateEvent, type IngestOptions } from '../../src/pipeline.js';
import { createSampler } from '../../src/sampler/keyed-sampler.js';
import { isPlainValidEvent } from '../../src/validation/plain-event-check.js';
import { eventSnapshot } from '../../src/validation/event-snapshot.js';
import { plainEventGenerator } from '../support/plain-events.js';

const limits: EventLimits = { maxEventBytes: 600, maxMessages: 4 };
const schema = createEventSchema(limits);
const RECEIVED_AT = Date.UTC(2026, 11, 6, 10, 59, 59, 999);
const options: IngestOptions = {
  sampler: createSampler('snapshot-test-key', 1),
  samplerKey: 'snapshot-test-key',
  bucket: 'hour',
  dimensions: ['model', 'app'],
  maxTurnChars: 120,
  maxClassifyChars: 400,
  now: () => RECEIVED_AT,
};
const jobOf = (event: unknown) => ingestEvent(validateEvent(event, limits), options);

/** Overwrites every string and number in `value`, in place, as a host reusing its objects might. */
function scramble(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const field = record[key];
    if (typeof field === 'string') record[key] = `${field}-changed`;
    else if (typeof field === 'number') record[key] = field + 1;
    else scramble(field);
  }
  if (Array.isArray(value)) value.push({ role: 'user', content: 'added later' });
}

describe('eventSnapshot', () => {
  it('gives the job the event gives, and keeps it when the host changes the event (generated events, plain and parsed)', () => {
    const { candidates } = plainEventGenerator(20261206);
    let checkedPlain = 0;
    let checkedParsed = 0;
    for (const candidate of candidates(10_000)) {
      const plain = isPlainValidEvent(candidate, limits);
      const parsed = schema.safeParse(candidate);
      if (!plain && !parsed.success) continue;
      if (plain) checkedPlain++;
      else checkedParsed++;
      const expected = jobOf(candidate);
      const snapshot = eventSnapshot(plain ? (candidate as PromptEvent) : parsed.data!, RECEIVED_AT);
      scramble(candidate);
      expect(jobOf(snapshot), JSON.stringify(snapshot).slice(0, 300)).toEqual(expected);
    }
    expect(checkedPlain).toBeGreaterThan(1_000);
    expect(checkedParsed).toBeGreaterThan(300);
  });

  it('dates an event without a timestamp when it was received, not when it is built', () => {
    const snapshot = eventSnapshot({ id: 'r1', prompt: 'hi' }, RECEIVED_AT);
    expect(snapshot.timestamp).toBe(RECEIVED_AT);
    expect(eventSnapshot({ id: 'r2', prompt: 'hi', timestamp: 5 }, RECEIVED_AT).timestamp).toBe(5);
    const later = ingestEvent(validateEvent(snapshot, limits), { ...options, now: () => RECEIVED_AT + 1 });
    expect(later.sampled && later.job.bucketStart).toBe('2026-12-06T10:00:00.000Z');
  });

  it('leaves unknown fields behind, such as an image the schema passed through', () => {
    const snapshot = eventSnapshot({ id: 'r1', messages: [{ role: 'user', content: 'hi', extra: 'x' }], secret: 'y' } as unknown as PromptEvent, RECEIVED_AT);
    expect(snapshot).toEqual({ id: 'r1', timestamp: RECEIVED_AT, messages: [{ role: 'user', content: 'hi' }] });
    const image = { type: 'image_url', image_url: { url: `data:image/png;base64,${'A'.repeat(10_000)}` } };
    const parsed = schema.parse({ id: 'r2', timestamp: '2026-12-06T10:00:00Z', messages: [{ role: 'user', content: [{ type: 'text', text: 'what is this' }, image] }] });
    expect(JSON.stringify(parsed)).toContain('data:image/png'); // .loose() keeps it
    expect(eventSnapshot(parsed, RECEIVED_AT)).toEqual({
      id: 'r2',
      timestamp: '2026-12-06T10:00:00Z',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'what is this' }, { type: 'image_url' }] }],
    });
  });
});
