// Builds OpenAI chat-completions replies and reads requests, for nock and local-server tests.

export function completion(content: string | null, extra: { refusal?: string } = {}) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'test-model',
    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content, refusal: extra.refusal ?? null } }],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
  };
}

export interface ChatRequest {
  model: string;
  messages: Array<{ role: string; content: string }>;
  temperature?: number;
  store?: boolean;
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: Record<string, any> } };
}

/** The transcript inside the user message's data block, found by the marker the request itself carries. */
export function dataBlock(request: ChatRequest): string | undefined {
  const user = request.messages.find((m) => m.role === 'user')?.content ?? '';
  const begin = /^BEGIN DATA ([0-9a-f]+)$/m.exec(user);
  if (!begin) return undefined;
  const start = begin.index + begin[0].length + 1;
  const end = user.indexOf(`\nEND DATA ${begin[1]}`, start);
  return end === -1 ? undefined : user.slice(start, end);
}
