// LiteLLM StandardLoggingPayload records for tests: the hand-written fixtures, and full records
// generated from synthetic PromptEvents (with the PromptEvent the LiteLLM route must turn each into).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { PromptEvent } from '../../schemas/event.js';
import { packagePath } from '../../src/util/package-root.js';

export const FIXTURE_NAMES = [
  'chat-success',
  'chat-failure',
  'embedding',
  'text-completion',
  'redacted',
  'anthropic-messages',
  'responses-api',
  'no-messages',
] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

export function fixture(name: FixtureName): Record<string, unknown> {
  return JSON.parse(readFileSync(packagePath('test', 'fixtures', 'litellm', `${name}.json`), 'utf8')) as Record<string, unknown>;
}

export const keyHash = (account: string) => createHash('sha256').update(`sk-litellm-${account}`).digest('hex');

export interface RecordOptions {
  status?: 'success' | 'failure';
  callType?: string;
  /** Goes into the response text (never to be kept). */
  responseText?: string;
  /** Goes into metadata as a client-sent API key (never to be kept). */
  apiKey?: string;
  /** The end user (request body `user`). */
  endUser?: string;
}

/**
 * A full StandardLoggingPayload for a synthetic event, as LiteLLM builds it for a chat completion
 * through a model group: startTime in float seconds, the key hash in metadata, the response.
 */
export function litellmRecord(event: PromptEvent, options: RecordOptions = {}): Record<string, unknown> {
  const startTime = Number(event.timestamp) / 1000;
  const promptTokens = event.usage?.promptTokens ?? 0;
  const completionTokens = event.usage?.completionTokens ?? 0;
  const endUser = options.endUser ?? '';
  const failed = options.status === 'failure';
  return {
    id: event.id,
    trace_id: `trace-${event.id}`,
    call_type: options.callType ?? 'acompletion',
    stream: false,
    response_cost: 0.000123,
    response_cost_failure_debug_info: null,
    status: options.status ?? 'success',
    status_fields: { llm_api_status: options.status ?? 'success', guardrail_status: 'not_run' },
    custom_llm_provider: 'openai',
    total_tokens: promptTokens + completionTokens,
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    startTime,
    endTime: startTime + 1.234567,
    completionStartTime: startTime + 0.5,
    response_time: 1.234567,
    model_map_information: { model_map_key: `${event.model}-2025-01-01`, model_map_value: null },
    model: `openai/${event.model}-2025-01-01`,
    model_id: 'f'.repeat(64),
    model_group: event.model,
    api_base: 'https://api.openai.com/v1',
    metadata: {
      user_api_key_hash: keyHash(event.accountId ?? 'anonymous'),
      user_api_key_alias: `alias-${event.accountId}`,
      user_api_key_org_id: null,
      user_api_key_team_id: 'team-a',
      user_api_key_user_id: 'user-1',
      user_api_key_team_alias: 'Team A',
      user_api_key_user_email: null,
      user_api_key_end_user_id: endUser || null,
      user_api_key_request_route: '/chat/completions',
      spend_logs_metadata: options.apiKey ? { forwarded_key: options.apiKey } : null,
      requester_ip_address: '198.51.100.7',
      requester_metadata: options.apiKey ? { upstream_api_key: options.apiKey } : null,
      requester_custom_headers: options.apiKey ? { 'x-upstream-key': options.apiKey } : {},
      applied_guardrails: [],
      usage_object: { prompt_tokens: promptTokens, completion_tokens: completionTokens },
    },
    cache_hit: false,
    cache_key: null,
    saved_cache_cost: 0,
    request_tags: ['User-Agent: OpenAI'],
    end_user: endUser,
    requester_ip_address: '198.51.100.7',
    messages: event.messages ?? event.prompt,
    response: failed
      ? {}
      : {
          id: event.id,
          object: 'chat.completion',
          choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: options.responseText ?? 'Sure, here you go.' } }],
          usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens },
        },
    error_str: failed ? 'litellm.RateLimitError: quota exceeded' : null,
    error_information: failed ? { error_code: '429', error_class: 'RateLimitError', llm_provider: 'openai' } : null,
    model_parameters: { temperature: 0.3, ...(endUser ? { user: endUser } : {}) },
    hidden_params: { model_id: 'f'.repeat(64), cache_key: null, api_base: 'https://api.openai.com/v1', response_cost: '0.000123', additional_headers: null, litellm_overhead_time_ms: 2.5, batch_models: null, litellm_model_name: `${event.model}-2025-01-01`, usage_object: null },
    guardrail_information: null,
    standard_built_in_tools_params: null,
  };
}

/** The PromptEvent the route must build from litellmRecord(event) with LITELLM_ACCOUNT_FROM=key_hash. */
export function expectedEvent(event: PromptEvent): PromptEvent {
  const expected: PromptEvent = { id: event.id, accountId: keyHash(event.accountId ?? 'anonymous'), model: event.model!, timestamp: event.timestamp! };
  if (event.messages) expected.messages = event.messages;
  else expected.prompt = event.prompt!;
  if (event.usage) expected.usage = { promptTokens: event.usage.promptTokens ?? 0, completionTokens: event.usage.completionTokens ?? 0 };
  return expected;
}

/**
 * JSON as LiteLLM's safe_dumps writes it: Python's json.dumps defaults, i.e. ", " and ": " separators
 * and every non-ASCII character escaped (ensure_ascii).
 */
export function pythonJsonDumps(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pythonJsonDumps).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => `${pythonJsonDumps(k)}: ${pythonJsonDumps(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
