// LiteLLM StandardLoggingPayload records → PromptEvents, on hand-written fixtures of every kind of
// record the callback sends: what is mapped, what is skipped and why, what is rejected by field, and
// that nothing but the mapped fields (never the response, keys, IPs or error text) gets into an event.
import { describe, expect, it } from 'vitest';
import { EVENT_LIMIT_DEFAULTS } from '../../../schemas/event.js';
import { ValidationError } from '../../../src/errors/index.js';
import { mapLitellmRecord, type LitellmMapping } from '../../../src/integrations/litellm/to-prompt-event.js';
import { validateEvent } from '../../../src/pipeline.js';
import { FIXTURE_NAMES, fixture } from '../../support/litellm.js';

const byKeyHash: LitellmMapping = { accountFrom: 'key_hash', modelFrom: 'model_group' };

function eventOf(record: unknown, mapping = byKeyHash) {
  const mapped = mapLitellmRecord(record, mapping);
  if (!('event' in mapped)) throw new Error(`expected an event, got skipped ${mapped.skipped}`);
  // Every mapped event must also pass the event schema offer() applies.
  validateEvent(mapped.event, EVENT_LIMIT_DEFAULTS);
  return mapped.event;
}

function issueOf(record: unknown) {
  try {
    mapLitellmRecord(record, byKeyHash);
  } catch (err) {
    if (err instanceof ValidationError) return err.issues[0];
    throw err;
  }
  throw new Error('expected a ValidationError');
}

describe('mapLitellmRecord', () => {
  it('maps a chat completion: id, key hash, model group, start time, messages, tool names, tokens', () => {
    expect(eventOf(fixture('chat-success'))).toEqual({
      id: 'chatcmpl-9f1c2a7e-5b3d-4e8a-a1f0-3c6d2b8e4f71',
      accountId: 'ca3de042262c670c41a9ee293a11e029c6add7ba8bf35b7d2a2a05827c8f8697',
      model: 'gpt-4o-mini',
      timestamp: 1759309512418,
      messages: [
        { role: 'system', content: 'You are a data assistant for a research team. Answer with working Python.' },
        { role: 'user', content: [{ type: 'text', text: 'Load sales.csv with pandas and plot the monthly revenue trend.' }] },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_Q1w2E3r4', type: 'function', function: { name: 'read_file_preview', arguments: '{"path": "sales.csv", "rows": 5}' } }] },
        { role: 'tool', tool_call_id: 'call_Q1w2E3r4', content: 'date,region,revenue\n2025-01-03,north,1200\n2025-01-04,south,980' },
      ],
      tools: [
        { type: 'function', function: { name: 'read_file_preview' } },
        { type: 'function', function: { name: 'run_python' } },
      ],
      usage: { promptTokens: 287, completionTokens: 125 },
    });
  });

  it('takes the account from the configured identifier', () => {
    const record = fixture('chat-success');
    const account = (accountFrom: LitellmMapping['accountFrom']) => eventOf(record, { accountFrom, modelFrom: 'model_group' }).accountId;
    expect(account('key_alias')).toBe('research-notebooks');
    expect(account('team')).toBe('team-research');
    expect(account('user')).toBe('u-4821');
    expect(account('end_user')).toBe('enduser-FIXTURE-CANARY-77a1');
    expect(account('none')).toBeUndefined();
    // An end user known only from the key's metadata still counts.
    expect(eventOf({ ...record, end_user: '' }, { accountFrom: 'end_user', modelFrom: 'model' }).accountId).toBe('enduser-FIXTURE-CANARY-77a1');
    // A record without the chosen identifier is an event without an account, not a rejection.
    expect(eventOf({ ...record, metadata: null }).accountId).toBeUndefined();
  });

  it('takes the model group, or the deployment model when asked or when there is no group', () => {
    expect(eventOf(fixture('chat-success'), { accountFrom: 'key_hash', modelFrom: 'model' }).model).toBe('gpt-4o-mini-2024-07-18');
    expect(eventOf(fixture('text-completion')).model).toBe('hosted_vllm/meta-llama/Llama-3.1-8B-Instruct');
  });

  it('maps a text completion (messages as a string) to a plain prompt', () => {
    const event = eventOf(fixture('text-completion'));
    expect(event.prompt).toBe('Translate into French: The library opens at nine on Saturdays.');
    expect(event.messages).toBeUndefined();
    expect(event.timestamp).toBe(1759310003250);
  });

  it('maps Anthropic /v1/messages content blocks: text kept, tool blocks as placeholders, tool names from model_parameters', () => {
    const event = eventOf(fixture('anthropic-messages'));
    expect(event.messages).toEqual([
      { role: 'system', content: 'You are a coding agent working in a TypeScript repository.' },
      { role: 'user', content: [{ type: 'text', text: 'Rename the function parseRows to parseCsvRows everywhere and run the tests.' }] },
      { role: 'assistant', content: [{ type: 'text', text: 'I will search for the function first.' }, { type: 'tool_use' }] },
      { role: 'user', content: [{ type: 'tool_result' }] },
    ]);
    expect(event.tools).toEqual([
      { type: 'function', function: { name: 'grep' } },
      { type: 'function', function: { name: 'edit_file' } },
    ]);
    expect(event.model).toBe('claude-sonnet');
  });

  it('maps Responses API input: input_text parts as text, items without a role left out', () => {
    const event = eventOf(fixture('responses-api'));
    expect(event.messages).toEqual([
      { role: 'developer', content: 'Answer as a financial analyst.' },
      { role: 'user', content: [{ type: 'text', text: 'Compare the P/E ratios of two index funds and say which is cheaper.' }] },
    ]);
    expect(event.tools).toEqual([{ type: 'function', function: { name: 'fund_lookup' } }]);
  });

  it('skips failures, non-chat calls, records without messages and redacted records, with the reason', () => {
    expect(mapLitellmRecord(fixture('chat-failure'), byKeyHash)).toEqual({ skipped: 'failure' });
    expect(mapLitellmRecord(fixture('embedding'), byKeyHash)).toEqual({ skipped: 'non_chat' });
    expect(mapLitellmRecord(fixture('no-messages'), byKeyHash)).toEqual({ skipped: 'no_messages' });
    expect(mapLitellmRecord(fixture('redacted'), byKeyHash)).toEqual({ skipped: 'redacted' });
    for (const callType of ['image_generation', 'atranscription', 'aspeech', 'arerank', 'amoderation', 'pass_through_endpoint', '', null]) {
      expect(mapLitellmRecord({ ...fixture('chat-success'), call_type: callType }, byKeyHash), String(callType)).toEqual({ skipped: 'non_chat' });
    }
    // A failure is skipped before anything else is read: even a broken failure record is just counted.
    expect(mapLitellmRecord({ status: 'failure', id: 42, messages: 'x' }, byKeyHash)).toEqual({ skipped: 'failure' });
    expect(mapLitellmRecord({ ...fixture('chat-success'), messages: [] }, byKeyHash)).toEqual({ skipped: 'no_messages' });
    expect(mapLitellmRecord({ ...fixture('chat-success'), messages: '' }, byKeyHash)).toEqual({ skipped: 'no_messages' });
  });

  it('rejects unreadable success records naming the field, never the value', () => {
    const good = fixture('chat-success');
    const { status: _, ...noStatus } = good;
    expect(issueOf(noStatus)).toEqual({ field: 'status', message: 'expected one of "success", "failure"' });
    expect(issueOf({ ...good, status: 'CANARY-status' })).toEqual({ field: 'status', message: 'expected one of "success", "failure"' });
    expect(issueOf({ ...good, id: '' })).toMatchObject({ field: 'id' });
    expect(issueOf({ ...good, prompt_tokens: 'CANARY-12' })).toEqual({ field: 'prompt_tokens', message: 'expected number' });
    expect(issueOf({ ...good, completion_tokens: -1 })).toMatchObject({ field: 'completion_tokens' });
    expect(issueOf({ ...good, startTime: '2025-10-01T10:00:00' })).toEqual({ field: 'startTime', message: 'expected number' });
    expect(issueOf({ ...good, messages: [{ role: 'user', content: 'hi' }, { role: 'CANARY-role', content: 'x' }] })).toEqual({
      field: 'messages[1].role',
      message: 'expected one of "system", "developer", "user", "assistant", "tool", "function"',
    });
    expect(issueOf({ ...good, messages: [{ role: 'user', content: 42 }] })).toEqual({ field: 'messages[0].content', message: 'does not match any allowed form' });
    expect(issueOf({ ...good, messages: [42] })).toEqual({ field: 'messages[0]', message: 'expected a string or a message object' });
    expect(issueOf({ ...good, messages: 42 })).toEqual({ field: 'messages', message: 'expected a string or a message object' });
    expect(issueOf(null)).toEqual({ field: '(root)', message: 'expected object' });
    expect(issueOf(['CANARY'])).toEqual({ field: '(root)', message: 'expected object' });
  });

  it('copies only the fields it maps: PromptEvent-named fields in a record are ignored', () => {
    const event = eventOf({ ...fixture('chat-success'), accountId: 'injected', app: 'injected', prompt: 'injected', usage: { promptTokens: 1e6 }, tools: [{ function: { name: 'injected' } }] });
    expect(event.app).toBeUndefined();
    expect(event.prompt).toBeUndefined();
    expect(event.usage).toEqual({ promptTokens: 287, completionTokens: 125 });
    expect(JSON.stringify(event)).not.toContain('injected');
  });

  it('puts no response text, key, IP, e-mail or error text into any event', () => {
    for (const name of FIXTURE_NAMES) {
      for (const accountFrom of ['key_hash', 'key_alias', 'team', 'user', 'none'] as const) {
        const mapped = mapLitellmRecord(fixture(name), { accountFrom, modelFrom: 'model_group' });
        const text = JSON.stringify(mapped);
        for (const needle of ['CANARY', 'sk-', '203.0.113.77', '198.51.100.23', '192.0.2.10', '@example.com', 'Timeout']) {
          expect(text, `${name} / ${accountFrom}: ${needle}`).not.toContain(needle);
        }
      }
    }
    // Mapping the end user as the account is the one way its id enters an event, as accountId (hashed at ingest).
    const { accountId, ...rest } = eventOf(fixture('chat-success'), { accountFrom: 'end_user', modelFrom: 'model_group' });
    expect(accountId).toBe('enduser-FIXTURE-CANARY-77a1');
    expect(JSON.stringify(rest)).not.toContain('CANARY');
  });
});
