// A copy of the fields the event schema reads, so a sampled event can be validated and built after
// offer() has returned (census.ts) without reading an object the host may change or reuse by then, and
// without holding anything else of the host's: the schema's own output keeps unknown keys of messages
// and content parts (they are `.loose()`), such as an image's data URL. Taken from an event the schema
// accepted, or one isPlainValidEvent proved it would. Strings are immutable and shared; objects and
// arrays are new. The transcript reads only a message's role, content and tool calls and the tools'
// names.
import type { Message, PromptEvent } from '../../schemas/event.js';

type Part = Exclude<Message['content'], string | null | undefined>[number];
type ToolCall = NonNullable<Message['tool_calls']>[number];
type Tool = NonNullable<PromptEvent['tools']>[number];

function copyPart(part: Part): Part {
  return part.text === undefined ? { type: part.type } : { type: part.type, text: part.text };
}

function copyToolCall(call: ToolCall): ToolCall {
  const fn: ToolCall['function'] = { name: call.function.name };
  if (call.function.arguments !== undefined) fn.arguments = call.function.arguments;
  const copy: ToolCall = { function: fn };
  if (call.id !== undefined) copy.id = call.id;
  if (call.type !== undefined) copy.type = call.type;
  return copy;
}

function copyTool(tool: Tool): Tool {
  const copy: Tool = { function: { name: tool.function.name } };
  if (tool.type !== undefined) copy.type = tool.type;
  return copy;
}

function copyMessage(message: Message): Message {
  const copy: Message = { role: message.role };
  const { content } = message;
  if (content !== undefined) copy.content = Array.isArray(content) ? content.map(copyPart) : content;
  if (message.tool_calls !== undefined) copy.tool_calls = message.tool_calls.map(copyToolCall);
  if (message.name !== undefined) copy.name = message.name;
  if (message.tool_call_id !== undefined) copy.tool_call_id = message.tool_call_id;
  return copy;
}

/** `event` must be valid (parsed, or passed isPlainValidEvent); `receivedAt` becomes the timestamp when it has none. */
export function eventSnapshot(event: PromptEvent, receivedAt: number): PromptEvent {
  const copy: PromptEvent = { id: event.id, timestamp: event.timestamp ?? receivedAt };
  if (event.accountId !== undefined) copy.accountId = event.accountId;
  if (event.model !== undefined) copy.model = event.model;
  if (event.app !== undefined) copy.app = event.app;
  if (event.prompt !== undefined) copy.prompt = event.prompt;
  if (event.messages !== undefined) copy.messages = event.messages.map(copyMessage);
  if (event.tools !== undefined) copy.tools = event.tools.map(copyTool);
  if (event.usage !== undefined) {
    const usage: NonNullable<PromptEvent['usage']> = {};
    if (event.usage.promptTokens !== undefined) usage.promptTokens = event.usage.promptTokens;
    if (event.usage.completionTokens !== undefined) usage.completionTokens = event.usage.completionTokens;
    copy.usage = usage;
  }
  return copy;
}
