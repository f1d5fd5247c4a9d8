// A cheap proof that an offered value is a valid PromptEvent, for the host's request path. Parsing
// with zod costs a few microseconds per event, most of it building the parsed copy and collecting
// that garbage, while an unsampled event (399 in 400 at the default rate) needs only to be known
// valid. This check covers the shapes gateways send (string, null or part-list contents, tool calls,
// tool definitions, numeric timestamps) and answers `true` only when createEventSchema(limits) would
// accept the value; anything else (string timestamps, text near the size limit, …) answers `false`,
// and the caller parses with zod as before. zod stays the authority: a sampled event is always
// parsed (from the copy offer() takes, at the producer's flush: census.ts), and
// test/validation/plain-event-check.test.ts checks on generated and mutated events that `true`
// never disagrees with the schema.
import type { EventLimits } from '../../schemas/event.js';

const ROLES = new Set(['system', 'developer', 'user', 'assistant', 'tool', 'function']);
const MAX_TIMESTAMP_MS = 8.64e15;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown, max: number): boolean {
  return value === undefined || (typeof value === 'string' && value.length <= max);
}

function optionalCount(value: unknown): boolean {
  return value === undefined || (Number.isSafeInteger(value) && (value as number) >= 0);
}

/** UTF-16 length of the parts' text, or -1 unless every part is one the schema accepts. */
function partsLength(parts: unknown[]): number {
  let length = 0;
  for (const part of parts) {
    if (!isObject(part)) return -1;
    const { type, text } = part;
    if (typeof type !== 'string' || type.length === 0 || type.length > 64) return -1;
    if (typeof text === 'string') length += text.length;
    else if (text !== undefined || type === 'text') return -1;
  }
  return length;
}

/** A tool's or tool call's `function`: an object with a name of at most 256 characters. */
function namedFunction(fn: unknown): fn is Record<string, unknown> {
  return isObject(fn) && typeof fn.name === 'string' && fn.name.length <= 256;
}

/** UTF-16 length of the calls' arguments, or -1 unless the schema accepts every call. */
function toolCallsLength(calls: unknown): number {
  if (calls === undefined) return 0;
  if (!Array.isArray(calls) || calls.length > 128) return -1;
  let length = 0;
  for (const call of calls) {
    if (!isObject(call) || !optionalString(call.id, 256) || !optionalString(call.type, 64)) return -1;
    const fn = call.function;
    if (!namedFunction(fn)) return -1;
    if (typeof fn.arguments === 'string') length += fn.arguments.length;
    else if (fn.arguments !== undefined) return -1;
  }
  return length;
}

/** Whether the schema accepts `tools`: absent, or at most 512 definitions with a function name each. */
function plainTools(tools: unknown): boolean {
  if (tools === undefined) return true;
  if (!Array.isArray(tools) || tools.length > 512) return false;
  for (const tool of tools) {
    if (!isObject(tool) || !optionalString(tool.type, 64) || !namedFunction(tool.function)) return false;
  }
  return true;
}

/**
 * UTF-16 length of the messages' text (contents, text parts, tool-call arguments), or -1 when a
 * message is not one the schema accepts as far as this check can tell.
 */
function plainMessagesLength(messages: unknown[], maxMessages: number): number {
  if (messages.length === 0 || messages.length > maxMessages) return -1;
  let length = 0;
  for (const message of messages) {
    if (!isObject(message) || !ROLES.has(message.role as string)) return -1;
    const content = message.content;
    if (typeof content === 'string') length += content.length;
    else if (Array.isArray(content)) {
      const parts = partsLength(content);
      if (parts < 0) return -1;
      length += parts;
    } else if (content !== undefined && content !== null) return -1;
    const calls = toolCallsLength(message.tool_calls);
    if (calls < 0) return -1;
    length += calls;
    if (!optionalString(message.name, 256) || !optionalString(message.tool_call_id, 256)) return -1;
  }
  return length;
}

/**
 * The UTF-16 length of the event's text (contents, text parts, tool-call arguments, or the prompt)
 * when the event schema for `limits` certainly accepts `event`; -1 means "parse it to know".
 */
export function plainTextLength(event: unknown, limits: EventLimits): number {
  if (!isObject(event)) return -1;
  const { id, timestamp, messages, prompt, usage } = event;
  if (typeof id !== 'string' || id.length === 0 || id.length > 256) return -1;
  if (!optionalString(event.accountId, 256) || !optionalString(event.model, 128) || !optionalString(event.app, 128)) return -1;
  if (timestamp !== undefined && !(Number.isSafeInteger(timestamp) && (timestamp as number) >= 0 && (timestamp as number) <= MAX_TIMESTAMP_MS)) return -1;
  if (!plainTools(event.tools)) return -1;
  if (usage !== undefined && !(isObject(usage) && optionalCount(usage.promptTokens) && optionalCount(usage.completionTokens))) return -1;
  let textLength: number;
  if (typeof prompt === 'string' && messages === undefined) textLength = prompt.length;
  else if (prompt === undefined && Array.isArray(messages)) textLength = plainMessagesLength(messages, limits.maxMessages);
  else return -1;
  // A UTF-16 code unit is at most 3 UTF-8 bytes; closer to the limit the schema counts exactly.
  return textLength >= 0 && textLength * 3 <= limits.maxEventBytes ? textLength : -1;
}

/** `true` only if the event schema for `limits` accepts `event`; `false` means "parse it to know". */
export function isPlainValidEvent(event: unknown, limits: EventLimits): event is { id: string } {
  return plainTextLength(event, limits) >= 0;
}
