// Reads the model's reply. Anything but a JSON object whose fields are in the taxonomy's enums becomes
// the fallback category with a reason code to count: a bad reply never throws away the event, and a
// category the schema does not allow is never trusted.
import type { Taxonomy } from '../../../schemas/taxonomy.js';
import type { Classification } from '../classifier.js';

export type BadReplyReason = 'refusal' | 'empty' | 'not_json' | 'not_object' | 'not_in_enum' | 'bad_confidence';

export interface ParsedReply {
  classification: Classification;
  /** Why the reply was not (fully) usable; absent when it was. */
  badReason?: BadReplyReason;
}

function fallback(taxonomy: Taxonomy, reason: BadReplyReason): ParsedReply {
  const results: Classification['results'] = {};
  for (const [name, dim] of Object.entries(taxonomy.dimensions)) results[name] = { category: dim.fallback, confidence: 0 };
  return { classification: { results, labels: [] }, badReason: reason };
}

export function parseReply(taxonomy: Taxonomy, message: { content?: string | null; refusal?: string | null } | undefined): ParsedReply {
  if (message?.refusal) return fallback(taxonomy, 'refusal');
  const content = message?.content?.trim();
  if (!content) return fallback(taxonomy, 'empty');
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    // V8's message would quote the reply; the reason code is all we keep.
    return fallback(taxonomy, 'not_json');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fallback(taxonomy, 'not_object');
  const reply = value as Record<string, unknown>;

  let badReason: BadReplyReason | undefined;
  let confidence = reply.confidence;
  if (typeof confidence !== 'number' || !Number.isFinite(confidence)) {
    confidence = 0;
    badReason = 'bad_confidence';
  }
  const clamped = Math.min(1, Math.max(0, confidence as number));

  const results: Classification['results'] = {};
  for (const [name, dim] of Object.entries(taxonomy.dimensions)) {
    const answer = reply[name];
    if (typeof answer !== 'string' || !dim.categories.some((c) => c.id === answer)) return fallback(taxonomy, 'not_in_enum');
    results[name] = { category: answer, confidence: clamped };
  }
  const classification: Classification = { results, labels: Object.values(results).map((r) => ({ name: r.category, confidence: r.confidence })) };
  return badReason ? { classification, badReason } : { classification };
}
