// The fast validity check offer() trusts for unsampled events must never call an event valid that the
// schema rejects, and must recognise the plain events it exists for. Events are generated around
// every boundary the check handles (test/support/plain-events.ts), then mutated one field at a time.
import { describe, expect, it } from 'vitest';
import { createEventSchema, eventTextBytes, eventTextLength, type EventLimits } from '../../schemas/event.js';
import { isPlainValidEvent, plainTextLength } from '../../src/validation/plain-event-check.js';
import { plainEventGenerator } from '../support/plain-events.js';

const limits: EventLimits = { maxEventBytes: 600, maxMessages: 4 };
const schema = createEventSchema(limits);
const { candidates } = plainEventGenerator(20261125);

describe('isPlainValidEvent', () => {
  it('never calls valid an event the schema rejects (40,000 generated and mutated events)', () => {
    let plain = 0;
    let rejected = 0;
    let withTools = 0;
    let withParts = 0;
    let withCalls = 0;
    for (const candidate of candidates(10_000)) {
      const fast = isPlainValidEvent(candidate, limits);
      const parsed = schema.safeParse(candidate);
      if (fast) {
        plain++;
        const { messages: list, tools } = candidate as Record<string, unknown>;
        const messages = Array.isArray(list) ? (list as Record<string, unknown>[]) : [];
        if (Array.isArray(tools) && tools.length > 0) withTools++;
        if (messages.some((m) => Array.isArray(m.content) && m.content.length > 0)) withParts++;
        if (messages.some((m) => Array.isArray(m.tool_calls) && m.tool_calls.length > 0)) withCalls++;
        expect(parsed.success, JSON.stringify(candidate).slice(0, 300)).toBe(true);
      }
      if (!parsed.success) rejected++;
    }
    // Both sides of the boundary were exercised, not just one, for every shape the check accepts.
    expect(plain).toBeGreaterThan(1_000);
    expect(rejected).toBeGreaterThan(1_000);
    expect(Math.min(withTools, withParts, withCalls)).toBeGreaterThan(100);
  });

  it('proves the plain events hosts offer valid, so offer() skips the parse for them', () => {
    const chat = { id: 'req-1', accountId: 'acct', model: 'gpt-4o-mini', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi there' }] };
    expect(isPlainValidEvent(chat, limits)).toBe(true);
    expect(isPlainValidEvent({ id: 'req-2', prompt: 'Summarise this', timestamp: 1_700_000_000_000, usage: { promptTokens: 3 } }, limits)).toBe(true);
    expect(isPlainValidEvent({ ...chat, unknownField: { anything: true } }, limits)).toBe(true);
    const agent = {
      id: 'req-3',
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } }],
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'Weather in Lisbon?' }, { type: 'image_url', image_url: { url: 'https://example.com/a.png' } }] },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Lisbon"}' } }] },
        { role: 'tool', tool_call_id: 'c1', content: '18°C' },
      ],
    };
    expect(isPlainValidEvent(agent, limits)).toBe(true);
  });

  // offer() builds a sampled event at once when its text exceeds MAX_CLASSIFY_CHARS, measured by this
  // check for plain events and by eventTextLength for parsed ones: the two must be one measure.
  it('measures an event\'s text as eventTextLength does, in UTF-16 units (not UTF-8 bytes)', () => {
    let compared = 0;
    let multibyte = 0;
    for (const candidate of candidates(10_000)) {
      const length = plainTextLength(candidate, limits);
      if (length < 0) continue;
      const parsed = schema.parse(candidate);
      expect(length).toBe(eventTextLength(parsed));
      compared++;
      if (eventTextBytes(parsed) > length) multibyte++;
    }
    expect(compared).toBeGreaterThan(1_000);
    expect(multibyte).toBeGreaterThan(100);
    const cjk = schema.parse({ id: 'r', timestamp: '2026-11-25T10:00:00Z', messages: [{ role: 'user', content: '漢字'.repeat(50) }] });
    expect([eventTextLength(cjk), eventTextBytes(cjk)]).toEqual([100, 300]);
  });

  it('leaves to the schema what it does not check itself', () => {
    const base = { id: 'req-1', messages: [{ role: 'user', content: 'Hi' }] };
    expect(isPlainValidEvent({ ...base, timestamp: '2026-11-25T10:00:00Z' }, limits)).toBe(false);
    expect(isPlainValidEvent({ id: 'r', prompt: 'x'.repeat(201) }, limits)).toBe(false); // may fit in 600 bytes: the schema counts
    expect(schema.safeParse({ id: 'r', prompt: 'x'.repeat(201) }).success).toBe(true);
  });
});
