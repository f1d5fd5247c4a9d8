// One released aggregate row (DESIGN §9): what `export` writes and `run --format json` prints.
// Only counts, shares and category ids: nothing here can hold prompt text, and `audit verify`
// rejects any row with other fields. `aggregate-row.schema.json` is generated from this.
import { z } from 'zod';

const share = z.number().min(0).max(1);

export const aggregateRowSchema = z
  .object({
    bucketStart: z.iso.datetime().describe('UTC start of the time bucket.'),
    bucket: z.enum(['hour', 'day', 'week']),
    dimension: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/),
    category: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/).describe('A taxonomy category id, "unclassified", or "suppressed".'),
    model: z.string().max(128).optional(),
    app: z.string().max(128).optional(),
    sampledEvents: z.number().int().nonnegative(),
    estimatedEvents: z.number().nonnegative().describe('sampledEvents / sample rate.'),
    estimatedEventsCi95: z.tuple([z.number().nonnegative(), z.number().nonnegative()]).describe('95% interval of the true event total behind sampledEvents (binomial score interval, widened for DP noise when on).'),
    promptTokens: z.number().int().nonnegative(),
    completionTokens: z.number().int().nonnegative(),
    requestShare: share.nullable().describe('Share of the released classified events in the same bucket, dimension and model/app slice; null for other, unclassified and suppressed, which are outside the denominator.'),
    tokenShare: share.nullable().describe('Share of prompt + completion tokens, same denominator rule.'),
    shareCi95: z.tuple([share, share]).nullable().describe('95% Wilson interval of requestShare (widened for DP noise when on).'),
    distinctAccountsEst: z.number().int().nonnegative().describe('Distinct accounts (events without an accountId count for none); on a suppressed row, its largest cell\'s count.'),
    suppressed: z.boolean().describe('True only on the row that folds the cells below the release thresholds.'),
  })
  .strict();

export type AggregateRow = z.output<typeof aggregateRowSchema>;

/** The document `run --format json` prints and `report` reads. */
export const reportDocumentSchema = z
  .object({
    format: z.literal('prompt-census/report@1'),
    generatedAt: z.iso.datetime(),
    config: z.object({
      sampleRate: z.number().min(0).max(1),
      bucket: z.enum(['hour', 'day', 'week']),
      classifier: z.string(),
      minAccounts: z.number().int(),
      minEvents: z.number().int(),
      dimensions: z.array(z.string()),
    }),
    totals: z.object({
      offeredEvents: z.number().int().nonnegative(),
      sampledEvents: z.number().int().nonnegative(),
      rejectedEvents: z.number().int().nonnegative(),
    }),
    notes: z.array(z.string()),
    rows: z.array(aggregateRowSchema),
  })
  .strict();

export type ReportDocument = z.output<typeof reportDocumentSchema>;
