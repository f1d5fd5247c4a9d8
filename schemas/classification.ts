// What a classifier returns (DESIGN §7): one result per taxonomy dimension, plus the backend's raw
// labels for evaluation. Category ids are checked against the taxonomy by the caller.
import { z } from 'zod';

export const dimensionResultSchema = z.object({
  category: z.string().min(1).max(64),
  confidence: z.number().min(0).max(1),
});

export const classificationSchema = z.object({
  results: z.record(z.string(), dimensionResultSchema),
  labels: z.array(z.object({ name: z.string().max(256), confidence: z.number().min(0).max(1) })).max(64),
  /** Characters sent to a remote backend (billing is per 1,000 characters); absent for local. */
  charsSent: z.number().int().nonnegative().optional(),
});

export type DimensionResult = z.output<typeof dimensionResultSchema>;
export type Classification = z.output<typeof classificationSchema>;
