// The fast validity check offer() trusts for unsampled events must never call an event valid that the
// schema rejects, and must recognise the plain events it exists for. Events are generated from a
// seeded PRNG around every boundary the check handles (lengths, limits, roles, types, counts), then
// mutated one field at a time.
import { describe, expect, it } from 'vitest';
import { createEventSchema, type EventLimits } from '../../schemas/event.js';
import { seededRandom } from '../../src/util/seeded-random.js';
import { isPlainValidEvent } from '../../src/validation/plain-event-check.js';

const limits: EventLimits = { maxEventBytes: 600, maxMessages: 4 };
const schema = createEventSchema(limits);
const random = seededRandom(20261125);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;

const strings = (max: number) => ['', 'a', 'é', '😀', 'x'.repeat(max - 1), 'x'.repeat(max), 'x'.repeat(max + 1), 'ü'.repeat(max)];
const texts = ['hello', '', 'ü'.repeat(150), 'x'.repeat(199), 'x'.repeat(200), 'x'.repeat(201), '漢'.repeat(200), '😀'.repeat(100), 'y'.repeat(600), 'z'.repeat(601)];
const roles = ['system', 'developer', 'user', 'assistant', 'tool', 'function', 'bot', '', 'USER'];
const odd: unknown[] = [undefined, null, 0, -1, 1.5, NaN, Infinity, true, [], {}, 'text', 2 ** 53, 8.64e15, 8.64e15 + 1, -0, new Date(0)];

function message(): Record<string, unknown> {
  const m: Record<string, unknown> = { role: pick(roles), content: pick([...texts, null, undefined, [{ type: 'text', text: 'hi' }], 42]) };
  if (random() < 0.2) m.name = pick(strings(256));
  if (random() < 0.1) m.tool_call_id = pick(strings(256));
  if (random() < 0.05) m.tool_calls = [{ function: { name: 'f' } }];
  if (random() < 0.1) m.extra = 'kept by .loose()';
  return m;
}

function event(): Record<string, unknown> {
  const e: Record<string, unknown> = { id: pick(strings(256)) };
  if (random() < 0.5) e.accountId = pick(strings(256));
  if (random() < 0.5) e.model = pick(strings(128));
  if (random() < 0.3) e.app = pick(strings(128));
  if (random() < 0.4) e.timestamp = pick([0, 1_700_000_000_000, 8.64e15, 8.64e15 + 2, -5, 1.5, 2 ** 53, '2026-11-25T10:00:00Z', 'yesterday']);
  if (random() < 0.3) e.usage = pick([{}, { promptTokens: 10 }, { promptTokens: -1 }, { completionTokens: 1.5 }, { promptTokens: 2 ** 53 }, null, 5]);
  if (random() < 0.05) e.tools = [{ function: { name: 'f' } }];
  const form = random();
  if (form < 0.45) e.messages = Array.from({ length: pick([0, 1, 2, 4, 5]) }, message);
  else if (form < 0.85) e.prompt = pick(texts);
  else if (form < 0.92) {
    e.messages = [message()];
    e.prompt = 'both';
  } else e.messages = pick(odd);
  return e;
}

function mutate(e: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...e };
  const key = pick(['id', 'accountId', 'model', 'app', 'timestamp', 'usage', 'prompt', 'messages', 'tools']);
  copy[key] = pick(odd);
  return copy;
}

describe('isPlainValidEvent', () => {
  it('never calls valid an event the schema rejects (20,000 generated and mutated events)', () => {
    let plain = 0;
    let rejected = 0;
    for (let i = 0; i < 10_000; i++) {
      for (const candidate of [event(), mutate(event())]) {
        const fast = isPlainValidEvent(candidate, limits);
        const parsed = schema.safeParse(candidate);
        if (fast) {
          plain++;
          expect(parsed.success, JSON.stringify(candidate).slice(0, 300)).toBe(true);
        }
        if (!parsed.success) rejected++;
      }
    }
    // Both sides of the boundary were exercised, not just one.
    expect(plain).toBeGreaterThan(1_000);
    expect(rejected).toBeGreaterThan(1_000);
  });

  it('proves the plain events hosts offer valid, so offer() skips the parse for them', () => {
    const chat = { id: 'req-1', accountId: 'acct', model: 'gpt-4o-mini', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi there' }] };
    expect(isPlainValidEvent(chat, limits)).toBe(true);
    expect(isPlainValidEvent({ id: 'req-2', prompt: 'Summarise this', timestamp: 1_700_000_000_000, usage: { promptTokens: 3 } }, limits)).toBe(true);
    expect(isPlainValidEvent({ ...chat, unknownField: { anything: true } }, limits)).toBe(true);
  });

  it('leaves to the schema what it does not check itself', () => {
    const base = { id: 'req-1', messages: [{ role: 'user', content: 'Hi' }] };
    expect(isPlainValidEvent({ ...base, timestamp: '2026-11-25T10:00:00Z' }, limits)).toBe(false);
    expect(isPlainValidEvent({ id: 'r', messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }] }, limits)).toBe(false);
    expect(isPlainValidEvent({ id: 'r', prompt: 'x'.repeat(201) }, limits)).toBe(false); // may fit in 600 bytes: the schema counts
    expect(schema.safeParse({ id: 'r', prompt: 'x'.repeat(201) }).success).toBe(true);
  });
});
