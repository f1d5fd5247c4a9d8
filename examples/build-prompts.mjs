// Writes examples/prompts.ndjson from the hand-written entries in examples/build/data/ and prints a summary.
// Deterministic: the same sources always give the same file. Usage: node examples/build-prompts.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  ACCOUNTS, createRng, estimateCompletionTokens, estimatePromptTokens, pickAccount, pickApp, pickModel, pickTimestamp,
} from './build/metadata.mjs';

const SOURCES = [
  'programming-python', 'programming-web', 'programming-systems', 'programming-more', 'programming-extra',
  'programming-quick', 'roleplay-cards', 'roleplay-turns', 'roleplay-more', 'creative', 'translation', 'general-qa', 'education', 'science-tech',
  'health-finance-legal', 'marketing', 'productivity', 'other', 'support-bot', 'pii-mix', 'plain-prompts', 'tool-calls', 'images', 'long-docs-work', 'long-docs-more',
];

const SEED = 20261108;
const OUTPUT = fileURLToPath(new URL('./prompts.ndjson', import.meta.url));

/** A fake PEM block: random base64 in the right framing, so secret detectors have something key-shaped to find. */
function fakePemKey(rng) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const line = (n) => Array.from({ length: n }, () => alphabet[Math.floor(rng.next() * 64)]).join('');
  const body = ['MIIEowIBAAKCAQEA' + line(48), ...Array.from({ length: 12 }, () => line(64)), line(36) + '=='];
  return ['-----BEGIN RSA PRIVATE KEY-----', ...body, '-----END RSA PRIVATE KEY-----'].join('\n');
}

/** Replaces {{PLACEHOLDER}} markers in every string of a body (only the PEM key is generated). */
function fillPlaceholders(value, replacements) {
  if (typeof value === 'string') return value.replace(/\{\{PEM_KEY\}\}/g, replacements.PEM_KEY);
  if (Array.isArray(value)) return value.map((v) => fillPlaceholders(v, replacements));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillPlaceholders(v, replacements)]));
  }
  return value;
}

const hasImages = (body) =>
  (body.messages ?? []).some((m) => Array.isArray(m.content) && m.content.some((p) => p.type === 'image_url'));

async function loadEntries() {
  const entries = [];
  for (const name of SOURCES) {
    const module = await import(`./build/data/${name}.mjs`);
    entries.push(...module.default);
  }
  return entries;
}

/** Every one of the 40 accounts should appear: move events from the busiest account to any unused one. */
function coverAllAccounts(events) {
  for (const account of ACCOUNTS) {
    if (events.some((e) => e.accountId === account.id)) continue;
    const counts = new Map();
    for (const e of events) counts.set(e.accountId, (counts.get(e.accountId) ?? 0) + 1);
    const donor = events
      .filter((e) => account.apps.includes(e.app))
      .sort((a, b) => counts.get(b.accountId) - counts.get(a.accountId))[0];
    donor.accountId = account.id;
  }
}

function summarise(entries, events) {
  const tally = (values) => {
    const counts = {};
    for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
    return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
  };
  const textBytes = (e) => Buffer.byteLength(JSON.stringify(e.prompt ?? e.messages), 'utf8');
  return {
    events: events.length,
    categories: tally(entries.map((e) => e.c)),
    languages: tally(entries.map((e) => e.lang)),
    piiEvents: entries.filter((e) => e.pii.length > 0).length,
    piiKinds: tally(entries.flatMap((e) => e.pii)),
    promptEvents: events.filter((e) => e.prompt !== undefined).length,
    withSystemPrompt: events.filter((e) => e.messages?.[0]?.role === 'system').length,
    multiTurn4Plus: events.filter((e) => (e.messages?.length ?? 0) >= 4).length,
    withTools: events.filter((e) => e.tools).length,
    withImages: events.filter((e) => hasImages(e)).length,
    over2KB: events.filter((e) => textBytes(e) > 2048).length,
    accounts: new Set(events.map((e) => e.accountId)).size,
    topAccounts: Object.fromEntries(Object.entries(tally(events.map((e) => e.accountId))).slice(0, 6)),
    apps: tally(events.map((e) => e.app)),
    models: tally(events.map((e) => e.model)),
    epochTimestamps: events.filter((e) => typeof e.timestamp === 'number').length,
  };
}

const entries = await loadEntries();
const rng = createRng(SEED);
const replacements = { PEM_KEY: fakePemKey(createRng(SEED + 1)) };

const drafted = entries.map((entry) => {
  const body = fillPlaceholders(entry.body, replacements);
  const app = entry.app ?? pickApp(rng, entry.c);
  const time = pickTimestamp(rng);
  return {
    sortKey: time.ms,
    event: {
      accountId: pickAccount(rng, app),
      timestamp: time.value,
      model: pickModel(rng, app, { hasImages: hasImages(body), hasTools: Boolean(body.tools) }),
      app,
      ...body,
      usage: { promptTokens: estimatePromptTokens(body), completionTokens: estimateCompletionTokens(rng, entry.out ?? 250) },
    },
  };
});

const events = drafted
  .sort((a, b) => a.sortKey - b.sortKey)
  .map(({ event }, i) => ({ id: `req-${String(i + 1).padStart(6, '0')}`, ...event }));
coverAllAccounts(events);

writeFileSync(OUTPUT, events.map((e) => JSON.stringify(e)).join('\n') + '\n');
console.log(JSON.stringify(summarise(entries, events), null, 2));
