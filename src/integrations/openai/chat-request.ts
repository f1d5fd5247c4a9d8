// An OpenAI-compatible request body (chat completions, or legacy completions with a string prompt)
// as a PromptEvent. The body has already been parsed by the gateway; the event's own schema checks
// it when (and only when) the request is sampled, so this only picks the fields out.
import type { PromptEvent } from '../../../schemas/event.js';

export interface ChatRequestContext {
  id: string;
  accountId?: string | undefined;
  app?: string | undefined;
  usage?: PromptEvent['usage'];
}

type Body = Record<string, unknown>;

/** True when the body carries a prompt we can read: `messages` (chat) or a string `prompt` (completions). */
export function isPromptRequest(body: unknown): body is Body {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const { messages, prompt } = body as Body;
  return Array.isArray(messages) ? messages.length > 0 : typeof prompt === 'string' && prompt !== '';
}

function toolsOf(body: Body): PromptEvent['tools'] {
  if (Array.isArray(body.tools)) return body.tools as PromptEvent['tools'];
  // Legacy `functions` (before `tools`): keep the names, which is all the transcript shows.
  if (Array.isArray(body.functions)) {
    return (body.functions as Array<{ name?: unknown }>).map((f) => ({ type: 'function', function: { name: String(f?.name ?? '') } }));
  }
  return undefined;
}

/** Picks the event's fields out of a request body that passed isPromptRequest. */
export function chatRequestEvent(body: Body, context: ChatRequestContext): PromptEvent {
  const event: PromptEvent = { id: context.id };
  if (Array.isArray(body.messages)) event.messages = body.messages as PromptEvent['messages'];
  else event.prompt = body.prompt as string;
  if (typeof body.model === 'string') event.model = body.model;
  const tools = toolsOf(body);
  if (tools) event.tools = tools;
  if (context.accountId !== undefined) event.accountId = context.accountId;
  if (context.app !== undefined) event.app = context.app;
  if (context.usage !== undefined) event.usage = context.usage;
  return event;
}
