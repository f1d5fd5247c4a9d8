// One LiteLLM StandardLoggingPayload record → a PromptEvent, or the reason it is skipped. Builds the
// event field by field from the parsed record (never by spreading it), so the response, error text,
// keys and IP addresses in a record have no way into the event.
import type { Message, PromptEvent } from '../../../schemas/event.js';
import type { ConfigValues } from '../../../schemas/config.js';
import { ValidationError } from '../../errors/index.js';
import { parseOrThrow } from '../../validation/zod-issues.js';
import { litellmMessageSchema, recordHeadSchema, standardLoggingPayloadSchema, type LitellmMessage, type StandardLoggingPayload } from './payload-schema.js';

export type SkipReason = 'failure' | 'non_chat' | 'no_messages' | 'redacted';
export const SKIP_REASONS: readonly SkipReason[] = ['failure', 'non_chat', 'no_messages', 'redacted'];

export interface LitellmMapping {
  accountFrom: ConfigValues['litellmAccountFrom'];
  modelFrom: ConfigValues['litellmModelFrom'];
}

export type MappedRecord = { event: PromptEvent } | { skipped: SkipReason };

/**
 * Call types whose `messages` are a prompt (CallTypes in litellm/types/utils.py). Embeddings,
 * images, audio, moderation, rerank, batches, files, assistants and pass-through calls are skipped.
 */
export const CHAT_CALL_TYPES: ReadonlySet<string> = new Set([
  'completion',
  'acompletion',
  'text_completion',
  'atext_completion',
  'anthropic_messages',
  'responses',
  'aresponses',
]);

/**
 * What LiteLLM logs instead of the prompt when message logging is off (turn_off_message_logging):
 * REDACTED_BY_LITELLM in litellm/constants.py, and LiteLLMCommonStrings.redacted_by_litellm in older releases.
 */
const REDACTED_PLACEHOLDERS: ReadonlySet<string> = new Set([
  'redacted-by-litellm',
  "redacted by litellm. 'litellm.turn_off_message_logging=True'",
]);

const ROLES: ReadonlySet<string> = new Set(['system', 'developer', 'user', 'assistant', 'tool', 'function']);
// Responses API and Anthropic text parts carry their text the way chat `text` parts do.
const TEXT_PART_TYPES: ReadonlySet<string> = new Set(['text', 'input_text', 'output_text']);

const nonEmpty = (value: string | null | undefined): string | undefined => (value === null || value === undefined || value === '' ? undefined : value);

function accountOf(record: StandardLoggingPayload, from: LitellmMapping['accountFrom']): string | undefined {
  const metadata = record.metadata ?? {};
  switch (from) {
    case 'key_hash':
      return nonEmpty(metadata.user_api_key_hash);
    case 'key_alias':
      return nonEmpty(metadata.user_api_key_alias);
    case 'team':
      return nonEmpty(metadata.user_api_key_team_id);
    case 'user':
      return nonEmpty(metadata.user_api_key_user_id);
    case 'end_user':
      // The payload's end_user is user_api_key_end_user_id, else the request body's `user`.
      return nonEmpty(record.end_user) ?? nonEmpty(metadata.user_api_key_end_user_id);
    case 'none':
      return undefined;
  }
}

function contentOf(content: LitellmMessage['content']): Message['content'] {
  if (content === undefined || content === null || typeof content === 'string') return content;
  return content.map((part) => {
    if (typeof part === 'string') return { type: 'text', text: part };
    if (TEXT_PART_TYPES.has(part.type) && typeof part.text === 'string') return { type: 'text', text: part.text };
    // Images, audio, tool_use blocks…: only the type, which the transcript shows as a placeholder.
    return { type: part.type };
  });
}

function messageOf(raw: LitellmMessage, role: Message['role']): Message {
  const message: Message = { role };
  if (raw.content !== undefined) message.content = contentOf(raw.content);
  if (raw.name !== undefined && raw.name !== null) message.name = raw.name;
  if (raw.tool_call_id !== undefined && raw.tool_call_id !== null) message.tool_call_id = raw.tool_call_id;
  if (raw.tool_calls) {
    message.tool_calls = raw.tool_calls.map((call) => {
      const args = call.function.arguments;
      return {
        ...(call.id ? { id: call.id } : {}),
        ...(call.type ? { type: call.type } : {}),
        function: {
          name: call.function.name,
          ...(args === undefined || args === null ? {} : { arguments: typeof args === 'string' ? args : JSON.stringify(args) }),
        },
      };
    });
  }
  return message;
}

/** One item of `messages`: a string (a user turn) or a message object, validated where it sits. */
function itemOf(item: unknown, field: string): string | LitellmMessage {
  if (typeof item === 'string') return item;
  if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new ValidationError([{ field, message: 'expected a string or a message object' }]);
  return parseOrThrow(litellmMessageSchema, item, field);
}

/**
 * The prompt of a record: a plain prompt, messages, or the reason there is none. `messages` is
 * `Optional[Union[str, list, dict]]`. Throws naming the field of a malformed item or unknown role.
 */
function promptOf(messages: unknown): Pick<PromptEvent, 'messages' | 'prompt'> | 'no_messages' | 'redacted' {
  if (messages === undefined || messages === null) return 'no_messages';
  if (typeof messages === 'string') return messages === '' ? 'no_messages' : REDACTED_PLACEHOLDERS.has(messages) ? 'redacted' : { prompt: messages };
  const list = Array.isArray(messages);
  const items = list ? (messages as unknown[]) : [messages];
  const mapped: Message[] = [];
  items.forEach((raw, i) => {
    const field = list ? `messages[${i}]` : 'messages';
    const item = itemOf(raw, field);
    if (typeof item === 'string') {
      mapped.push({ role: 'user', content: item });
      return;
    }
    // Items without a role (Responses API function_call, reasoning, …) are not turns of the conversation.
    if (item.role === undefined || item.role === null) return;
    if (!ROLES.has(item.role)) {
      throw new ValidationError([{ field: `${field}.role`, message: `expected one of ${[...ROLES].map((r) => JSON.stringify(r)).join(', ')}` }]);
    }
    mapped.push(messageOf(item, item.role as Message['role']));
  });
  if (mapped.length === 0) return 'no_messages';
  const only = mapped.length === 1 ? mapped[0]! : undefined;
  if (only && typeof only.content === 'string' && REDACTED_PLACEHOLDERS.has(only.content)) return 'redacted';
  return { messages: mapped };
}

function toolsOf(record: StandardLoggingPayload): PromptEvent['tools'] {
  const names: string[] = [];
  for (const tool of record.model_parameters?.tools ?? []) {
    if (typeof tool !== 'object' || tool === null) continue;
    const { function: fn, name } = tool as { function?: { name?: unknown }; name?: unknown };
    const toolName = typeof fn?.name === 'string' ? fn.name : typeof name === 'string' ? name : undefined;
    if (toolName !== undefined && toolName.length <= 256) names.push(toolName);
  }
  return names.length > 0 ? names.map((n) => ({ type: 'function', function: { name: n } })) : undefined;
}

/**
 * Maps one record. Failures and non-chat calls are skipped before the rest of the record is read;
 * a success record that breaks the schema throws a ValidationError naming the field.
 */
export function mapLitellmRecord(value: unknown, mapping: LitellmMapping): MappedRecord {
  const head = parseOrThrow(recordHeadSchema, value);
  if (head.status === 'failure') return { skipped: 'failure' };
  if (!CHAT_CALL_TYPES.has(head.call_type ?? '')) return { skipped: 'non_chat' };

  const record = parseOrThrow(standardLoggingPayloadSchema, value);
  const prompt = promptOf(record.messages);
  if (prompt === 'no_messages' || prompt === 'redacted') return { skipped: prompt };

  const event: PromptEvent = { id: record.id, ...prompt };
  const accountId = accountOf(record, mapping.accountFrom);
  if (accountId !== undefined) event.accountId = accountId;
  const model = mapping.modelFrom === 'model_group' ? nonEmpty(record.model_group) ?? nonEmpty(record.model) : nonEmpty(record.model) ?? nonEmpty(record.model_group);
  if (model !== undefined) event.model = model;
  // startTime is epoch seconds as a float; the event wants integer milliseconds.
  if (record.startTime !== undefined && record.startTime !== null) event.timestamp = Math.round(record.startTime * 1000);
  const tools = toolsOf(record);
  if (tools) event.tools = tools;
  const usage: NonNullable<PromptEvent['usage']> = {};
  if (record.prompt_tokens !== undefined && record.prompt_tokens !== null) usage.promptTokens = record.prompt_tokens;
  if (record.completion_tokens !== undefined && record.completion_tokens !== null) usage.completionTokens = record.completion_tokens;
  if (usage.promptTokens !== undefined || usage.completionTokens !== undefined) event.usage = usage;
  return { event };
}
