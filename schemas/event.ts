// PromptEvent: what a host offers (DESIGN §2). The single source of truth for the event's shape;
// `event.schema.json` is generated from it for hosts in other languages.
import { z } from 'zod';

export const EVENT_LIMIT_DEFAULTS = Object.freeze({
  /** UTF-8 bytes of text (all message contents, tool arguments and the prompt) per event. */
  maxEventBytes: 1024 * 1024,
  maxMessages: 512,
});

export type EventLimits = { maxEventBytes: number; maxMessages: number };

const role = z.enum(['system', 'developer', 'user', 'assistant', 'tool', 'function']);

// Unknown part types (future modalities) are accepted and shown as `[type]` in the transcript.
const contentPart = z
  .object({
    type: z.string().min(1).max(64),
    text: z.string().optional(),
  })
  .loose()
  .refine((part) => part.type !== 'text' || typeof part.text === 'string', {
    message: 'a text part needs a string "text"',
    path: ['text'],
  });

const toolCall = z
  .object({
    id: z.string().max(256).optional(),
    type: z.string().max(64).optional(),
    function: z.object({
      name: z.string().max(256),
      arguments: z.string().optional(),
    }),
  })
  .loose();

export const messageSchema = z
  .object({
    role,
    content: z.union([z.string(), z.array(contentPart), z.null()]).optional(),
    name: z.string().max(256).optional(),
    tool_calls: z.array(toolCall).max(128).optional(),
    tool_call_id: z.string().max(256).optional(),
  })
  .loose();

const toolDefinition = z
  .object({
    type: z.string().max(64).optional(),
    function: z.object({ name: z.string().max(256) }).loose(),
  })
  .loose();

export const usageSchema = z.object({
  promptTokens: z.number().int().nonnegative().optional(),
  completionTokens: z.number().int().nonnegative().optional(),
});

const timestamp = z.union([
  z.iso.datetime({ offset: true }),
  z.number().int().nonnegative().max(8.64e15),
]);

const baseEvent = z.object({
  id: z.string().min(1).max(256).describe('Request id; the sampling key.'),
  accountId: z.string().max(256).optional().describe('Tenant or user; replaced at ingest by a keyed hash, never stored.'),
  timestamp: timestamp.optional().describe('RFC 3339 string or epoch milliseconds; default now. Decides the time bucket.'),
  model: z.string().max(128).optional(),
  app: z.string().max(128).optional(),
  messages: z.array(messageSchema).optional().describe('OpenAI chat format. Exactly one of messages / prompt.'),
  prompt: z.string().optional().describe('Plain-text alternative to messages.'),
  tools: z.array(toolDefinition).max(512).optional().describe('Tool definitions; only their names reach the transcript.'),
  usage: usageSchema.optional(),
});

/** The sum of `measure` over every piece of text the event carries (contents, text parts, tool-call arguments, the prompt). */
function eventTextSize(event: z.infer<typeof baseEvent>, measure: (text: string) => number): number {
  let size = event.prompt === undefined ? 0 : measure(event.prompt);
  for (const message of event.messages ?? []) {
    const { content } = message;
    if (typeof content === 'string') size += measure(content);
    else if (Array.isArray(content)) {
      for (const part of content) if (typeof part.text === 'string') size += measure(part.text);
    }
    for (const call of message.tool_calls ?? []) {
      if (call.function.arguments) size += measure(call.function.arguments);
    }
  }
  return size;
}

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const utf16Length = (text: string) => text.length;

/** UTF-8 size of every piece of text the event carries: what MAX_EVENT_BYTES bounds. */
export function eventTextBytes(event: z.infer<typeof baseEvent>): number {
  return eventTextSize(event, utf8Bytes);
}

/**
 * UTF-16 length of the same text: the unit a transcript's MAX_CLASSIFY_CHARS budget is cut in
 * (build-transcript.ts), and the one the plain-event check counts (plain-event-check.ts).
 */
export function eventTextLength(event: z.infer<typeof baseEvent>): number {
  return eventTextSize(event, utf16Length);
}

export function createEventSchema(limits: EventLimits = EVENT_LIMIT_DEFAULTS) {
  return baseEvent.superRefine((event, ctx) => {
    const hasMessages = event.messages !== undefined;
    const hasPrompt = event.prompt !== undefined;
    if (hasMessages === hasPrompt) {
      ctx.addIssue({
        code: 'custom',
        path: [hasMessages ? 'prompt' : 'messages'],
        message: 'exactly one of "messages" and "prompt" is required',
      });
      return;
    }
    if (hasMessages && event.messages!.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['messages'], message: 'must hold at least one message' });
    }
    if (hasMessages && event.messages!.length > limits.maxMessages) {
      ctx.addIssue({ code: 'custom', path: ['messages'], message: `too many messages (maximum ${limits.maxMessages})` });
    }
    const bytes = eventTextBytes(event);
    if (bytes > limits.maxEventBytes) {
      ctx.addIssue({
        code: 'custom',
        path: [hasMessages ? 'messages' : 'prompt'],
        message: `too much text (maximum ${limits.maxEventBytes} bytes)`,
      });
    }
  });
}

export const promptEventSchema = createEventSchema();
export type PromptEvent = z.infer<typeof baseEvent>;
export type Message = z.infer<typeof messageSchema>;
export type Usage = z.infer<typeof usageSchema>;
/** The object shape without the cross-field rules, for JSON Schema export. */
export const promptEventShape = baseEvent;
