// Small constructors for the hand-written example entries: each entry is an event body (messages or prompt,
// optional tools) plus build-only notes (rough category, language, PII kinds) that never reach the NDJSON.

/** Code fence, so template literals in the data files can hold Markdown code blocks. */
export const F = '```';

/**
 * Build-only notes an entry may carry:
 * - c: rough category (for the build summary only; the example file has no labels)
 * - app: forces the app instead of drawing one for the category
 * - lang: main language of the text (default 'en')
 * - pii: kinds of fictional PII in the text
 * - out: typical completion length in tokens for this request
 */
function entry(c, body, notes = {}) {
  return { c, body, lang: 'en', pii: [], ...notes };
}

/** A plain-text `prompt` event. */
export function P(c, text, notes) {
  return entry(c, { prompt: text }, notes);
}

/** A single user message. */
export function U(c, text, notes) {
  return entry(c, { messages: [user(text)] }, notes);
}

/** A system prompt and a single user message. */
export function SU(c, system, text, notes) {
  return entry(c, { messages: [sys(system), user(text)] }, notes);
}

/**
 * A conversation: `system` may be null; `turns` alternate user, assistant, user, … and should end with a user turn.
 */
export function T(c, system, turns, notes) {
  const messages = system === null ? [] : [sys(system)];
  turns.forEach((text, i) => messages.push(i % 2 === 0 ? user(text) : assistant(text)));
  return entry(c, { messages }, notes);
}

/** Explicit messages (tool calls, image parts), optionally with tool definitions. */
export function M(c, messages, notes = {}) {
  const { tools, ...rest } = notes;
  return entry(c, tools ? { messages, tools } : { messages }, rest);
}

export const sys = (content) => ({ role: 'system', content });
export const user = (content) => ({ role: 'user', content });
export const assistant = (content) => ({ role: 'assistant', content });

/** A user message with text and one or more images. */
export function userWithImages(text, ...urls) {
  return user([{ type: 'text', text }, ...urls.map((url) => ({ type: 'image_url', image_url: { url } }))]);
}

/** An assistant turn that calls tools: calls are [id, name, argumentsObject]. */
export function callTools(content, ...calls) {
  return {
    role: 'assistant',
    content,
    tool_calls: calls.map(([id, name, args]) => ({ id, type: 'function', function: { name, arguments: JSON.stringify(args) } })),
  };
}

export const toolResult = (id, result) => ({
  role: 'tool',
  tool_call_id: id,
  content: typeof result === 'string' ? result : JSON.stringify(result),
});

/** An OpenAI tool definition. */
export function tool(name, description, properties, required = Object.keys(properties)) {
  return {
    type: 'function',
    function: { name, description, parameters: { type: 'object', properties, required } },
  };
}
