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

  // Mostly short: part texts and call arguments add to the message's text, which the size limit bounds.
  const shortText = () => (random() < 0.8 ? pick(['hi', '', 'é😀', '{"city":"Lisbon"}', 'x'.repeat(40)]) : pick(texts));

  function part(): unknown {
    return pick<unknown>([
      { type: 'text', text: shortText() },
      { type: 'text', text: shortText(), extra: 'kept by .loose()' },
      { type: 'text' },
      { type: 'text', text: 5 },
      { type: 'image_url', image_url: { url: 'https://example.com/a.png' } },
      { type: 'input_audio', text: shortText() },
      { type: '', text: 'a' },
      { type: 'x'.repeat(64) },
      { type: 'x'.repeat(65) },
      { type: 5 },
      null,
      'text',
      [],
    ]);
  }

  function toolCall(): unknown {
    if (random() < 0.1) return pick<unknown>([null, {}, 'call', [], { function: null }, { function: {} }]);
    const call: Record<string, unknown> = { function: { name: pick(strings(256)), arguments: random() < 0.85 ? pick<unknown>([shortText(), undefined]) : pick<unknown>([5, null, {}]) } };
    if (random() < 0.5) call.id = pick(strings(256));
    if (random() < 0.5) call.type = pick<unknown>(['function', 'x'.repeat(64), 'x'.repeat(65), 3]);
    if (random() < 0.1) call.extra = 'kept by .loose()';
    return call;
  }

  function tool(): unknown {
    if (random() < 0.1) return pick<unknown>([null, {}, 'tool', [], { function: null }]);
    const definition: Record<string, unknown> = { function: pick<unknown>([{ name: pick(strings(256)) }, { name: 'f', parameters: { type: 'object' } }, { name: 5 }, {}]) };
    if (random() < 0.5) definition.type = pick<unknown>([undefined, 'function', 'x'.repeat(64), 'x'.repeat(65), 3]);
    return definition;
  }

  function message(): Record<string, unknown> {
    const parts = () => Array.from({ length: pick([0, 1, 2, 3]) }, part);
    const m: Record<string, unknown> = { role: pick(roles), content: random() < 0.25 ? parts() : pick([...texts, null, undefined, 42]) };
    if (random() < 0.2) m.name = pick(strings(256));
    if (random() < 0.1) m.tool_call_id = pick(strings(256));
    if (random() < 0.2) m.tool_calls = random() < 0.1 ? pick<unknown>([null, 'calls', {}, Array.from({ length: 129 }, () => ({ function: { name: 'f' } }))]) : Array.from({ length: pick([0, 1, 2]) }, toolCall);
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
    if (random() < 0.3) e.tools = random() < 0.1 ? pick<unknown>([null, 'tools', {}, Array.from({ length: 513 }, () => ({ function: { name: 'f' } }))]) : Array.from({ length: pick([0, 1, 2, 3]) }, tool);
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

  /** A gateway's request: tool definitions, part-list contents, tool calls, short texts; mostly valid. */
  function agentEvent(): Record<string, unknown> {
    const e: Record<string, unknown> = { id: `req-${Math.floor(random() * 1e9)}` };
    if (random() < 0.3) e.accountId = pick(['acct-1', 'u@example.com', 'x'.repeat(256)]);
    if (random() < 0.5) e.tools = Array.from({ length: pick([1, 2, 3]) }, tool);
    e.messages = Array.from({ length: pick([1, 2, 3, 4]) }, () => {
      const m: Record<string, unknown> = { role: pick(['system', 'user', 'assistant', 'tool']) };
      const form = random();
      if (form < 0.4) m.content = Array.from({ length: pick([1, 2, 3]) }, part);
      else if (form < 0.8) m.content = shortText();
      else m.content = null;
      if (random() < 0.4) m.tool_calls = Array.from({ length: pick([1, 2]) }, toolCall);
      if (random() < 0.2) m.tool_call_id = pick(['c1', 'x'.repeat(256), 'x'.repeat(257)]);
      return m;
    });
    return e;
  }

  /** A copy of `e` with one value, at any depth, replaced by an odd one or a string at a limit. */
  function mutateDeep(e: Record<string, unknown>): Record<string, unknown> {
    const copy = structuredClone(e);
    const slots: [Record<string, unknown> | unknown[], string | number][] = [];
    const walk = (value: unknown) => {
      if (typeof value !== 'object' || value === null) return;
      for (const key of Object.keys(value)) {
        slots.push([value as Record<string, unknown>, Array.isArray(value) ? Number(key) : key]);
        walk((value as Record<string, unknown>)[key]);
      }
    };
    walk(copy);
    const [parent, key] = pick(slots);
    (parent as Record<string | number, unknown>)[key] = pick([...odd, '', 'text', 'x'.repeat(64), 'x'.repeat(65), 'x'.repeat(256), 'x'.repeat(257)]);
    return copy;
  }

  /** `rounds` times: a generated event, a mutated one, a gateway's request and a deeply mutated one. */
  function* candidates(rounds: number): Generator<Record<string, unknown>> {
    for (let i = 0; i < rounds; i++) {
      yield event();
      yield mutate(event());
      yield agentEvent();
      yield mutateDeep(agentEvent());
    }
  }

  return { candidates };
}
