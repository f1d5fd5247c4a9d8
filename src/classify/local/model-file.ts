// The local classifier's model file: `PCLC`, a uint32 header length, a JSON header (labels, feature
// settings, calibration, provenance), one uint8 IDF code per hash bucket, and int8 weights, one row of
// `labels.length` per hash bucket.
// Plain bytes with no compression, so the same weights always give the same file.
import { z } from 'zod';
import { FEATURE_VERSION, type FeatureSpec } from './feature-spec.js';

const MAGIC = 'PCLC';
export const MODEL_FORMAT = 1;

const featureSpecSchema = z.object({
  hashBits: z.number().int().min(8).max(24),
  charMin: z.number().int().min(1).max(16),
  charMax: z.number().int().min(1).max(16),
  ideoMin: z.number().int().min(1).max(16),
  ideoMax: z.number().int().min(1).max(16),
  maxWordChars: z.number().int().min(1).max(1024),
  edgeTokens: z.number().int().min(0).max(1024),
  wordWeight: z.number().nonnegative(),
  charWeight: z.number().nonnegative(),
  edgeWeight: z.number().nonnegative(),
  idfPower: z.number().min(0).max(4),
}) satisfies z.ZodType<FeatureSpec>;

export const modelHeaderSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  featureVersion: z.literal(FEATURE_VERSION),
  features: featureSpecSchema,
  labels: z.array(z.string().min(1).max(64)).min(2).max(64),
  biases: z.array(z.number()),
  /** Real weight = int8 weight × weightScale. */
  weightScale: z.number().positive(),
  /** Logits are divided by this before the softmax (fitted on held-out folds of the training data). */
  temperature: z.number().positive(),
  /** Below this calibrated probability the answer is the fallback category. */
  threshold: z.number().min(0).max(1),
  /** Where the weights came from, for the notice and for reproducing them. */
  provenance: z.record(z.string(), z.unknown()),
});

export type ModelHeader = z.output<typeof modelHeaderSchema>;

export interface ModelFile {
  header: ModelHeader;
  /** Per bucket: idf × IDF_SCALE, rounded. */
  idf: Uint8Array;
  /** Row-major: bucket × labels.length. */
  weights: Int8Array;
}

export function encodeModel(model: ModelFile): Buffer {
  const header = Buffer.from(JSON.stringify(model.header), 'utf8');
  const prefix = Buffer.alloc(8);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(header.length, 4);
  const idf = Buffer.from(model.idf.buffer, model.idf.byteOffset, model.idf.byteLength);
  const weights = Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength);
  return Buffer.concat([prefix, header, idf, weights]);
}

/** Parses and checks a model file; throws an Error naming what is wrong (never file contents). */
export function decodeModel(bytes: Buffer): ModelFile {
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a prompt-census local model (bad magic)');
  const headerLength = bytes.readUInt32LE(4);
  if (8 + headerLength > bytes.length) throw new Error('model header runs past the end of the file');
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength));
  } catch {
    throw new Error('model header is not valid JSON');
  }
  const parsed = modelHeaderSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`model header field ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const header = parsed.data;
  const buckets = 1 << header.features.hashBits;
  const expected = buckets * (1 + header.labels.length);
  if (header.biases.length !== header.labels.length) throw new Error('model header field biases: one per label expected');
  const body = bytes.length - 8 - headerLength;
  if (body !== expected) throw new Error(`model body: expected ${expected} bytes, found ${body}`);
  const start = bytes.byteOffset + 8 + headerLength;
  const idf = new Uint8Array(bytes.buffer, start, buckets);
  const weights = new Int8Array(bytes.buffer, start + buckets, buckets * header.labels.length);
  return { header, idf, weights };
}
