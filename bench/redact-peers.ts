// The redactors the benchmark compares: ours and the two npm peers, each as text → redacted text
// plus a pattern that finds its placeholders (removed before scoring, so placeholder words never
// count as surviving text).
import { OpenRedaction } from 'openredaction';
import redactPii from 'redact-pii';
import { redact } from '../src/redact/index.js';

export interface BenchRedactor {
  name: string;
  redact(text: string): Promise<string>;
  placeholder: RegExp;
}

export const ours: BenchRedactor = {
  name: 'prompt-census',
  redact: async (text) => redact(text).text,
  placeholder: /\[[A-Z_]+_\d+\]/g,
};

// A replacement that cannot occur in the data, so it can be stripped exactly.
const REDACT_PII_MARK = '⟦redacted⟧';

export function peerRedactors(): BenchRedactor[] {
  const syncRedactor = new redactPii.SyncRedactor({ globalReplaceWith: REDACT_PII_MARK });
  const openRedaction = new OpenRedaction({ redactionMode: 'placeholder' });
  return [
    { name: 'redact-pii', redact: async (text) => syncRedactor.redact(text), placeholder: /⟦redacted⟧/g },
    { name: 'openredaction', redact: async (text) => (await openRedaction.detect(text)).redacted, placeholder: /\[[A-Z0-9_]+_\d{4}\]/g },
  ];
}

/** A redactor's output with its placeholders replaced by a space. */
export async function redactAndStrip(redactor: BenchRedactor, text: string): Promise<string> {
  return (await redactor.redact(text)).replace(redactor.placeholder, ' ');
}
