// Deterministic metadata for the example events: seeded PRNG, accounts, apps, models, timestamps, token counts.
// Everything here is drawn from a fixed seed so `node examples/build-prompts.mjs` always writes the same file.

/** mulberry32: tiny, well-known 32-bit PRNG; good enough for spreading example metadata. */
export function createRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const weighted = (pairs) => {
    const total = pairs.reduce((sum, [, w]) => sum + w, 0);
    let r = next() * total;
    for (const [value, w] of pairs) if ((r -= w) < 0) return value;
    return pairs[pairs.length - 1][0];
  };
  return { next, int, weighted };
}

// 40 accounts: a few heavy tenants (a dev shop on the IDE plugin, a story-app power user, a localisation
// agency on the translator, the companies running support bots) and a long tail of light users.
const HEAVY = [
  ['acct-0003', 30, ['ide-plugin', 'api']],
  ['acct-0007', 26, ['story-app']],
  ['acct-0012', 16, ['translator', 'api']],
  ['acct-0001', 14, ['chat-web']],
  ['acct-0020', 14, ['support-bot']],
  ['acct-0009', 10, ['chat-web', 'ide-plugin']],
];
const TAIL_APPS = [
  ['chat-web'], ['chat-web'], ['chat-web', 'api'], ['ide-plugin'], ['story-app'], ['chat-web', 'story-app'],
  ['translator'], ['api'], ['support-bot'], ['chat-web'], ['ide-plugin', 'chat-web'], ['story-app'],
];

export const ACCOUNTS = (() => {
  const heavyIds = new Set(HEAVY.map(([id]) => id));
  const accounts = HEAVY.map(([id, weight, apps]) => ({ id, weight, apps }));
  let tail = 0;
  for (let n = 1; n <= 40; n++) {
    const id = `acct-${String(n).padStart(4, '0')}`;
    if (heavyIds.has(id)) continue;
    accounts.push({ id, weight: n % 5 === 0 ? 3 : 1.5, apps: TAIL_APPS[tail++ % TAIL_APPS.length] });
  }
  return accounts;
})();

const APPS_BY_CATEGORY = {
  programming: [['ide-plugin', 55], ['chat-web', 30], ['api', 15]],
  roleplay: [['story-app', 80], ['chat-web', 20]],
  creative_writing: [['story-app', 40], ['chat-web', 50], ['api', 10]],
  translation: [['translator', 55], ['chat-web', 35], ['api', 10]],
};
const DEFAULT_APPS = [['chat-web', 75], ['api', 25]];

export function pickApp(rng, category) {
  return rng.weighted(APPS_BY_CATEGORY[category] ?? DEFAULT_APPS);
}

export function pickAccount(rng, app) {
  const candidates = ACCOUNTS.filter((a) => a.apps.includes(app));
  return rng.weighted(candidates.map((a) => [a.id, a.weight]));
}

const MODELS_BY_APP = {
  'ide-plugin': [['claude-sonnet', 40], ['gpt-4o-mini', 25], ['gpt-4.1', 10], ['llama-3.1-70b', 10], ['qwen-2.5-coder-32b', 15]],
  'support-bot': [['gpt-4o-mini', 60], ['gemini-flash', 40]],
  'chat-web': [['gpt-4o-mini', 30], ['claude-sonnet', 25], ['gemini-flash', 20], ['mistral-large', 10], ['llama-3.1-70b', 15]],
  'story-app': [['llama-3.1-70b', 40], ['mistral-large', 25], ['claude-sonnet', 15], ['mythomax-l2-13b', 20]],
  translator: [['gemini-flash', 40], ['gpt-4o-mini', 30], ['mistral-large', 30]],
  api: [['gpt-4o-mini', 30], ['claude-sonnet', 20], ['gemini-flash', 20], ['mistral-large', 15], ['llama-3.1-70b', 15]],
};
const VISION_MODELS = new Set(['gpt-4o-mini', 'claude-sonnet', 'gemini-flash', 'gpt-4.1']);
const TOOL_MODELS = new Set(['gpt-4o-mini', 'claude-sonnet', 'gemini-flash', 'gpt-4.1', 'mistral-large', 'llama-3.1-70b']);

/** Images go to vision models and tool use to models with function calling, as a gateway would route them. */
export function pickModel(rng, app, { hasImages, hasTools }) {
  const usable = MODELS_BY_APP[app].filter(
    ([model]) => (!hasImages || VISION_MODELS.has(model)) && (!hasTools || TOOL_MODELS.has(model)),
  );
  return rng.weighted(usable);
}

const START_MS = Date.UTC(2026, 8, 28); // 2026-09-28T00:00Z, a Monday
const DAYS = 42; // through 2026-11-08
// Hour-of-day weights (UTC): traffic from Europe, the Americas and Asia overlapping, peaking in the afternoon.
const HOUR_WEIGHTS = [3, 2, 2, 2, 3, 4, 5, 7, 9, 10, 11, 11, 12, 13, 13, 13, 12, 11, 10, 9, 8, 7, 5, 4];

/** A time in the six-week window, in RFC 3339 (with or without milliseconds) or epoch milliseconds. */
export function pickTimestamp(rng) {
  const day = rng.weighted(Array.from({ length: DAYS }, (_, d) => [d, d % 7 >= 5 ? 0.7 : 1]));
  const hour = rng.weighted(HOUR_WEIGHTS.map((w, h) => [h, w]));
  const ms = START_MS + day * 86_400_000 + hour * 3_600_000 + rng.int(0, 3_599_999);
  const form = rng.next();
  const value = form < 0.4 ? ms : form < 0.75 ? new Date(ms).toISOString() : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { ms, value };
}

// Rough tokenizer-free estimate: ~4 characters per token for Latin text, about one token per CJK
// character, ~2 characters per token for other scripts; plus per-message and per-image overheads.
function textTokens(text) {
  let tokens = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (cp < 0x80) tokens += 0.25;
    else if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7af)) tokens += 0.9;
    else tokens += 0.5;
  }
  return tokens;
}

export function estimatePromptTokens(body) {
  if (body.prompt !== undefined) return Math.ceil(textTokens(body.prompt)) + 3;
  let tokens = 3;
  for (const message of body.messages) {
    tokens += 4;
    if (typeof message.content === 'string') tokens += textTokens(message.content);
    else if (Array.isArray(message.content)) {
      for (const part of message.content) tokens += part.type === 'text' ? textTokens(part.text) : 765;
    }
    for (const call of message.tool_calls ?? []) tokens += 8 + textTokens(call.function.arguments);
  }
  if (body.tools) tokens += textTokens(JSON.stringify(body.tools));
  return Math.ceil(tokens);
}

export function estimateCompletionTokens(rng, typicalTokens) {
  return Math.max(1, Math.round(typicalTokens * (0.6 + rng.next() * 0.8)));
}
