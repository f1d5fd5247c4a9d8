// The `openai` backend: any OpenAI-compatible chat-completions endpoint (OpenAI, vLLM, Ollama,
// llama.cpp server). Structured output bounded by the taxonomy enum, `store: false`, temperature 0,
// and no SDK retries: the shared resilience layer owns retries, so attempts are counted once.
// The SDK is imported on the first call, so CLI commands that never classify remotely do not load it.
import type OpenAI from 'openai';
import type { Taxonomy } from '../../../schemas/taxonomy.js';
import { BackendError } from '../../errors/index.js';
import type { ClassifierMetrics } from '../../metrics/classifier-metrics.js';
import type { Classifier } from '../classifier.js';
import { httpFailure } from '../http-failure.js';
import { countChars } from '../count-chars.js';
import { buildMessages, replyJsonSchema } from './openai-prompt.js';
import { parseReply } from './openai-reply.js';

const BACKEND = 'openai';

export interface OpenAiClassifierOptions {
  taxonomy: Taxonomy;
  /** @defaultValue https://api.openai.com/v1 (OPENAI_BASE_URL) */
  baseUrl: string;
  /** Local servers often need none; the SDK insists on a value, so a placeholder is sent then. */
  apiKey?: string;
  /** @defaultValue gpt-4o-mini (OPENAI_MODEL) */
  model: string;
  /** Per request; the resilience layer's deadline is the one that counts. (CLASSIFY_TIMEOUT_MS) */
  timeoutMs: number;
  metrics: ClassifierMetrics;
}

type OpenAiModule = typeof import('openai');

function openAiFailure(err: unknown, { default: OpenAI }: OpenAiModule): BackendError {
  if (err instanceof BackendError) return err;
  if (err instanceof OpenAI.APIConnectionTimeoutError) return new BackendError('timeout', `${BACKEND}: no reply in time`);
  if (err instanceof OpenAI.APIUserAbortError) return new BackendError('aborted', `${BACKEND}: request aborted`);
  if (err instanceof OpenAI.APIConnectionError) return new BackendError('unavailable', `${BACKEND}: no response (connection failed)`);
  if (err instanceof OpenAI.APIError && typeof err.status === 'number') return httpFailure(BACKEND, err.status, err.headers);
  // A 200 whose body is not JSON makes the SDK throw a SyntaxError (quoting the body): keep the class only.
  if (err instanceof SyntaxError) return new BackendError('bad_reply', `${BACKEND}: reply body is not JSON`);
  return new BackendError('unavailable', `${BACKEND}: unexpected ${err instanceof Error ? err.name : typeof err}`);
}

export function createOpenAiClassifier(options: OpenAiClassifierOptions): Classifier {
  let loaded: Promise<{ sdk: OpenAiModule; client: OpenAI }> | undefined;
  const load = () =>
    (loaded ??= import('openai').then((sdk) => ({
      sdk,
      client: new sdk.default({ baseURL: options.baseUrl, apiKey: options.apiKey ?? 'unused', timeout: options.timeoutMs, maxRetries: 0 }),
    })));
  const schema = replyJsonSchema(options.taxonomy);
  return {
    name: BACKEND,
    async classify(text, signal) {
      const { sdk, client } = await load();
      let completion;
      try {
        completion = await client.chat.completions.create(
          {
            model: options.model,
            messages: buildMessages(options.taxonomy, text),
            temperature: 0,
            // Ask OpenAI not to keep the completion for its dashboard/evals. This is not zero data
            // retention: abuse-monitoring logs are kept unless the operator has a ZDR agreement.
            store: false,
            response_format: { type: 'json_schema', json_schema: { name: 'classification', strict: true, schema } },
          },
          { ...(signal ? { signal } : {}), timeout: options.timeoutMs, maxRetries: 0 },
        );
      } catch (err) {
        throw openAiFailure(err, sdk);
      }
      if (completion === null || typeof completion !== 'object' || !Array.isArray(completion.choices)) {
        options.metrics.badReplies.inc({ backend: BACKEND, reason: 'not_completion' });
        throw new BackendError('bad_reply', `${BACKEND}: reply is not a chat completion`);
      }
      const { classification, badReason } = parseReply(options.taxonomy, completion.choices[0]?.message);
      if (badReason) options.metrics.badReplies.inc({ backend: BACKEND, reason: badReason });
      return { ...classification, charsSent: countChars(text) };
    },
  };
}
