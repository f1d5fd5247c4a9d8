// Events around every boundary the plain-event check handles (lengths against the limits, roles,
// types, counts, timestamps, both forms of text), from a seeded PRNG, and a one-field mutation of
// them. For limits { maxEventBytes: 600, maxMessages: 4 }.
import { seededRandom } from '../../src/util/seeded-random.js';

export function plainEventGenerator(seed: number) {
  const random = seededRandom(seed);
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

  return { event, mutate };
}
