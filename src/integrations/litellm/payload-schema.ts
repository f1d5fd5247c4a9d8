// The part of LiteLLM's StandardLoggingPayload that POST /v1/ingest/litellm reads, as a zod schema.
// Followed: the TypedDict `StandardLoggingPayload` in litellm/types/utils.py and the payload built by
// `get_standard_logging_object_payload` in litellm/litellm_core_utils/litellm_logging.py (BerriAI/litellm
// main, 2025), and the "StandardLoggingPayload Specification" page (docs.litellm.ai/docs/proxy/logging_spec).
//
// Only the fields we map are declared. zod's default object mode strips every other key from the
// parsed value, so `response`, `error_str`, `hidden_params`, `requester_ip_address`, the rest of
// `metadata` and whatever LiteLLM adds later are accepted and never reach anything we build.
import { z } from 'zod';

// Python's json.dumps writes None as null, so every optional field may also be null.
const optionalString = (max: number) => z.string().max(max).nullish();
const tokenCount = z.number().int().nonnegative().nullish();

// Message content: a string, or parts. OpenAI chat parts are {type, text}; the Responses API uses
// input_text/output_text, Anthropic /v1/messages uses {type:'text'|'image'|'tool_use'|…}.
const contentPart = z.union([
  z.string(),
  z.object({ type: z.string().min(1).max(64), text: z.string().nullish() }),
]);

const toolCall = z.object({
  id: optionalString(256),
  type: optionalString(64),
  function: z.object({
    name: z.string().max(256),
    // OpenAI sends arguments as a JSON string; some providers' logs carry the parsed object.
    arguments: z.union([z.string(), z.record(z.string(), z.unknown())]).nullish(),
  }),
});

export const litellmMessageSchema = z.object({
  // Absent on Responses API items that are not messages (function_call, reasoning, …).
  role: z.string().max(64).nullish(),
  content: z.union([z.string(), z.array(contentPart), z.null()]).optional(),
  name: optionalString(256),
  tool_calls: z.array(toolCall).max(128).nullish(),
  tool_call_id: optionalString(256),
});

// StandardLoggingMetadata (inherits StandardLoggingUserAPIKeyMetadata): the identifiers an account may come from.
const metadata = z.object({
  user_api_key_hash: optionalString(256),
  user_api_key_alias: optionalString(256),
  user_api_key_team_id: optionalString(256),
  user_api_key_user_id: optionalString(256),
  user_api_key_end_user_id: optionalString(256),
});

/** What decides whether a record is mapped at all; checked before the full schema. */
export const recordHeadSchema = z.object({
  status: z.enum(['success', 'failure']),
  call_type: z.string().max(128).nullish(),
});

export const standardLoggingPayloadSchema = z.object({
  id: z.string().min(1).max(256),
  call_type: z.string().max(128).nullish(),
  status: z.enum(['success', 'failure']),
  model: optionalString(256),
  model_group: optionalString(256),
  /** Epoch seconds (float): `start_time.timestamp()` in cleanup_timestamps. */
  startTime: z.number().nonnegative().max(8.64e12).nullish(),
  prompt_tokens: tokenCount,
  completion_tokens: tokenCount,
  end_user: optionalString(256),
  metadata: metadata.nullish(),
  // `Optional[Union[str, list, dict]]`: read item by item in to-prompt-event, so errors name the item.
  messages: z.unknown(),
  // The request's optional params (LiteLLM keeps `tools`, never `messages`); only tool names are read.
  model_parameters: z.object({ tools: z.array(z.unknown()).max(512).nullish() }).nullish(),
});

export type StandardLoggingPayload = z.output<typeof standardLoggingPayloadSchema>;
export type LitellmMessage = z.output<typeof litellmMessageSchema>;
