// The `google` backend: Cloud Natural Language classifyText (v2 by default, v1 with the v2 category
// model as an option). Sends only the redacted transcript; maps Google's category paths onto the taxonomy.
import { z } from 'zod';
import type { Taxonomy } from '../../../schemas/taxonomy.js';
import { BackendError, ConfigError } from '../../errors/index.js';
import type { ClassifierMetrics } from '../../metrics/classifier-metrics.js';
import type { Classifier } from '../classifier.js';
import { countChars } from '../count-chars.js';
import { classificationFromGoogle } from './category-mapping.js';
import { createGoogleClient, type GoogleClient, type GoogleClientOptions } from './google-client.js';
import { googleFailure } from './google-errors.js';

export interface GoogleClassifierOptions extends GoogleClientOptions {
  taxonomy: Taxonomy;
  /** Labels under this confidence are dropped before mapping. @defaultValue 0.5 (GOOGLE_MIN_CONFIDENCE) */
  minConfidence: number;
  /**
   * What happens to texts Google rejects as too short: `unclassified` (reason too_short), or `local`
   * (classified by this local classifier instead, counted in local_fallbacks_total).
   * @defaultValue 'unclassified' (GOOGLE_TOO_SHORT)
   */
  tooShort: 'unclassified' | 'local';
  local?: Classifier;
  metrics: ClassifierMetrics;
  /** For tests: a client double. */
  client?: GoogleClient;
}

// The reply is an external input like any other: checked before it is trusted.
const replySchema = z.object({
  categories: z
    .array(z.object({ name: z.string().min(1).max(512), confidence: z.number().min(0).max(1).nullish() }))
    .max(1000)
    .nullish(),
});

export function createGoogleClassifier(options: GoogleClassifierOptions): Classifier {
  const client = options.client ?? createGoogleClient(options);
  if (options.tooShort === 'local' && options.local === undefined) throw new ConfigError('GOOGLE_TOO_SHORT', 'local needs the local classifier');
  return {
    name: 'google',
    async classify(text, signal) {
      const charsSent = countChars(text);
      let reply;
      try {
        reply = await client.classifyText(text, signal ?? new AbortController().signal);
      } catch (err) {
        const error = googleFailure(err);
        if (error.kind === 'too_short' && options.tooShort === 'local') {
          options.metrics.localFallbacks.inc({ backend: 'google', reason: 'too_short' });
          return { ...(await options.local!.classify(text, signal)), charsSent };
        }
        throw error;
      }
      const parsed = replySchema.safeParse(reply);
      if (!parsed.success) throw new BackendError('bad_reply', 'google: reply does not match the classifyText schema');
      const categories = (parsed.data.categories ?? []).map((c) => ({ name: c.name, confidence: c.confidence ?? 0 }));
      return { ...classificationFromGoogle(categories, options.taxonomy.dimensions, options.minConfidence), charsSent };
    },
    close: () => client.close(),
  };
}
