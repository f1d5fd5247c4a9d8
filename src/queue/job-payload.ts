// The data of a queued job (DESIGN §4): metadata in clear for counting, the transcript sealed.
// The worker parses it with this schema before anything else; a job that fails it is not retried.
import { z } from 'zod';
import { usageSchema } from '../../schemas/event.js';
import { BUCKET_UNITS } from '../aggregate/bucket.js';
import { PayloadError } from '../errors/index.js';
import type { SampledJob } from '../pipeline.js';
import { open, seal } from './seal.js';
import type { Keyring } from './keyring.js';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const jobPayloadSchema = z
  .object({
    v: z.literal(1),
    bucketStart: z.iso.datetime(),
    dims: z.object({ model: z.string().max(128).optional(), app: z.string().max(128).optional() }).strict(),
    account: z.string().regex(/^[0-9a-f]{32}$/).optional(),
    usage: usageSchema.strict().optional(),
    // The rate the event was sampled at (a sampled event has one above 0); absent in older payloads.
    rate: z.number().gt(0).max(1).optional(),
    // MAX_TOKENS_PER_EVENT the usage was clipped to; absent in older payloads.
    maxTokens: z.number().int().min(1).optional(),
    // Fingerprint of the SAMPLER_KEY it was sampled under; absent in older payloads.
    keyId: z.string().regex(/^[0-9a-f]{16}$/).optional(),
    // The BUCKET unit bucketStart starts; absent in older payloads.
    bucket: z.enum(BUCKET_UNITS).optional(),
    sealed: z.object({ kid: z.string().max(32), iv: base64.max(32), ct: base64, tag: base64.max(32) }).strict(),
  })
  .strict();

export type JobPayload = z.output<typeof jobPayloadSchema>;

/** Job name in BullMQ; carries no information. */
export const JOB_NAME = 'event';

export function toPayload(job: SampledJob, keyring: Keyring): JobPayload {
  const payload: JobPayload = { v: 1, bucketStart: job.bucketStart, dims: job.dims, sealed: seal(keyring, job.jobId, job.transcript) };
  if (job.account !== undefined) payload.account = job.account;
  if (job.usage !== undefined) payload.usage = job.usage;
  if (job.rate !== undefined) payload.rate = job.rate;
  if (job.maxTokens !== undefined) payload.maxTokens = job.maxTokens;
  if (job.keyId !== undefined) payload.keyId = job.keyId;
  if (job.bucket !== undefined) payload.bucket = job.bucket;
  return payload;
}

/** The metadata without opening the seal: enough to count the event as unclassified. */
export function parsePayload(data: unknown): JobPayload {
  const parsed = jobPayloadSchema.safeParse(data);
  if (!parsed.success) throw new PayloadError('job data does not match the payload schema');
  return parsed.data;
}

export function metadataOf(jobId: string, payload: JobPayload): Omit<SampledJob, 'transcript'> {
  const meta: Omit<SampledJob, 'transcript'> = { v: 1, jobId, bucketStart: payload.bucketStart, dims: payload.dims };
  if (payload.account !== undefined) meta.account = payload.account;
  if (payload.usage !== undefined) meta.usage = payload.usage;
  if (payload.rate !== undefined) meta.rate = payload.rate;
  if (payload.maxTokens !== undefined) meta.maxTokens = payload.maxTokens;
  if (payload.keyId !== undefined) meta.keyId = payload.keyId;
  if (payload.bucket !== undefined) meta.bucket = payload.bucket;
  return meta;
}

/** Opens the transcript; throws PayloadError. */
export function fromPayload(jobId: string, payload: JobPayload, keyring: Keyring): SampledJob {
  return { ...metadataOf(jobId, payload), transcript: open(keyring, jobId, payload.sealed) };
}
