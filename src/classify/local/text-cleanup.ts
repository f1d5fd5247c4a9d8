// Removes what the pipeline adds around a prompt before the local classifier looks at it: transcript
// role labels, truncation notes, media markers and redaction placeholders. None of them says anything
// about the topic, and the training rows are plain prompts without them, so they must not become features.

/** Features are taken from at most this many characters: the head (request, system prompt) and the tail (latest turn). */
export const MAX_FEATURE_CHARS = 20_000;
const TAIL_CHARS = 4_000;

// Line-initial labels written by src/transcript/build-transcript.ts. `TOOL_CALL name` keeps the tool name.
const ROLE_LABEL = /^(?:SYSTEM|USER|ASSISTANT|TOOL_RESULT|TOOLS):[ \t]?|^TOOL_CALL[ \t]/gm;
// `…[truncated]`, `…[3 earlier turns omitted]`, `[image]`, `[audio]`, `[refusal]`.
const TRANSCRIPT_MARKER = /…\[(?:truncated|\d{1,9} earlier turns omitted)\]|\[(?:image|audio|refusal)\]/g;
// Placeholders written by src/redact/redact.ts: `[EMAIL_1]`, `[URL_CREDENTIALS_2]`; also the bare `[EMAIL]` form.
const PLACEHOLDER = /\[[A-Z][A-Z_]{1,30}(?:_\d{1,6})?\]/g;

/** Keep the head and the tail of an over-long text; both ends are where a request usually is. */
export function capForFeatures(text: string): string {
  if (text.length <= MAX_FEATURE_CHARS) return text;
  const headEnd = MAX_FEATURE_CHARS - TAIL_CHARS;
  return `${text.slice(0, headEnd)}\n${text.slice(text.length - TAIL_CHARS)}`;
}

/** The text a prompt's features come from: capped, without pipeline markup, lower-cased. */
export function cleanForFeatures(text: string): string {
  return capForFeatures(text)
    .replace(ROLE_LABEL, '')
    .replace(TRANSCRIPT_MARKER, ' ')
    .replace(PLACEHOLDER, ' ')
    .toLowerCase();
}
