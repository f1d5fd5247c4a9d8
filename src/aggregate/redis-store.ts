// The aggregate store in Redis (distributed mode): one Lua call claims each job's id and applies all its
// increments atomically (apply-records.lua), so at-least-once jobs count exactly once. Records that
// arrive together share a call. Same contract as the memory store, except distinct accounts, which
// are HyperLogLog estimates here.
import { readFileSync } from 'node:fs';
import type { Redis } from 'ioredis';
import { closeRedis, createRedis } from '../queue/redis-client.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { packagePath } from '../util/package-root.js';
import type { AggregateStoreOptions } from './memory-store.js';
import { isBucketUnit } from './bucket.js';
import type { AggregateCell, AggregateRecord, AggregateSnapshot, SnapshotRange } from './record.js';
import type { AggregateStore } from './store.js';

export interface RedisStoreOptions extends AggregateStoreOptions {
  /** KEY_PREFIX; keep a {hash tag} so one job's keys share a cluster slot. */
  prefix: string;
  /** SEEN_TTL_SECONDS: how long a counted job id is remembered. */
  seenTtlSeconds: number;
  /** Close the client with the store (true when the store made it). */
  ownsClient?: boolean;
}

const METRICS = ['events', 'promptTokens', 'completionTokens', 'chars'] as const;
type Metric = (typeof METRICS)[number];
const METRIC_FIELD: Record<Metric, keyof AggregateCell> = {
  events: 'sampledEvents',
  promptTokens: 'promptTokens',
  completionTokens: 'completionTokens',
  chars: 'chars',
};

// Field parts are joined with "|": model and app names are free text from hosts, so escape it.
const escapePart = (s: string) => s.replace(/%/g, '%25').replace(/\|/g, '%7C');
const unescapePart = (s: string) => s.replace(/%7C/g, '|').replace(/%25/g, '%');

const SCRIPT = readFileSync(packagePath('src', 'aggregate', 'lua', 'apply-records.lua'), 'utf8');

/** Records per script call at most: bounds one call's arguments and how long Redis runs it. */
export const MAX_BATCH = 64;

/** A bucket's keys in the order apply-records.lua expects them. */
const BUCKET_KEY_KINDS = ['seen', 'agg', 'pii', 'unclassified', 'acctn', 'counted'] as const;

export type ApplyOutcome = 'counted' | 'capped' | 'replay';
const OUTCOMES: Record<number, ApplyOutcome> = { 0: 'replay', 1: 'counted', 2: 'capped' };

interface Waiting {
  record: AggregateRecord;
  resolve(outcome: ApplyOutcome): void;
  reject(err: unknown): void;
}

/** Throws for a count that is not a whole number of at least 0: Redis would refuse it mid-batch. */
function checkCounts(record: AggregateRecord): void {
  const counts: [string, number | undefined][] = [
    ['promptTokens', record.promptTokens],
    ['completionTokens', record.completionTokens],
    ['chars', record.chars],
    ...Object.entries(record.pii).map(([type, n]): [string, number | undefined] => [`pii.${type}`, n]),
  ];
  for (const [field, n] of counts) {
    if (n !== undefined && !(Number.isSafeInteger(n) && n >= 0)) throw new RangeError(`aggregate record: ${field} is not a whole number of at least 0`);
  }
}

/** Reads per bucket in snapshot(): agg, pii, unclassified, capped, counted. */
const READS = 5;

type ApplyRecords = (numKeys: number, ...args: (string | number)[]) => Promise<number[]>;

export class RedisAggregateStore implements AggregateStore {
  private readonly prefix: string;
  private readonly applyRecords: ApplyRecords;
  private readonly waiting: Waiting[] = [];
  /** Set while a call is scheduled or in flight; settles once every waiting record has been sent. */
  private sending: Promise<void> | undefined;

  constructor(
    readonly redis: Redis,
    private readonly options: RedisStoreOptions,
  ) {
    this.prefix = options.prefix;
    // numberOfKeys is left open: it depends on the buckets and cells of each batch.
    if (!('pcApplyRecords' in redis)) redis.defineCommand('pcApplyRecords', { lua: SCRIPT });
    const command = (redis as unknown as { pcApplyRecords: ApplyRecords }).pcApplyRecords;
    this.applyRecords = command.bind(redis);
  }

  private key(kind: string, bucketStart?: string): string {
    return bucketStart === undefined ? `${this.prefix}:${kind}` : `${this.prefix}:${kind}:${bucketStart}`;
  }

  private hllKey(bucketStart: string, cellId: string): string {
    return `${this.prefix}:acct:${bucketStart}:${cellId}`;
  }

  /** Claims the job and adds it; false, changing nothing, on a replay. */
  async apply(record: AggregateRecord): Promise<boolean> {
    return (await this.applyWithOutcome(record)) !== 'replay';
  }

  /**
   * Claims the job and adds it, in the next script call. Records that arrive while a call is in flight
   * go together in the one after it (at most MAX_BATCH a call): under load Redis runs one script for
   * many jobs, while a lone record waits for no timer. Rejects when the call fails, for every record in
   * it; the claims make retrying each of them safe whether or not the call reached Redis.
   */
  applyWithOutcome(record: AggregateRecord): Promise<ApplyOutcome> {
    return new Promise((resolve, reject) => {
      // A bad number would fail the whole batch in Redis, other jobs' records with it: refuse it here.
      checkCounts(record);
      this.waiting.push({ record, resolve, reject });
      if (!this.sending) this.sending = new Promise<void>((done) => setImmediate(() => void this.sendWaiting().finally(done)));
    });
  }

  private async sendWaiting(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, MAX_BATCH);
      try {
        const outcomes = (await this.applyBatch(batch.map((w) => w.record))).map((n) => OUTCOMES[n]);
        if (outcomes.length !== batch.length || outcomes.includes(undefined)) throw new Error('apply-records.lua returned no outcome for every record');
        batch.forEach((w, i) => w.resolve(outcomes[i]!));
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    }
    this.sending = undefined;
  }

  /** One script call for `records` (apply-records.lua): its KEYS and ARGV, each bucket's and HyperLogLog's keys once. */
  private applyBatch(records: AggregateRecord[]): Promise<number[]> {
    const bucketNumbers = new Map<string, number>();
    const bucketArgs: (string | number)[] = [];
    const bucketKeys: string[] = [];
    const hllPlaces = new Map<string, number>();
    const hllKeys: string[] = [];
    const recordArgs: (string | number)[] = [];
    for (const record of records) {
      const b = record.bucketStart;
      let bucketNumber = bucketNumbers.get(b);
      if (bucketNumber === undefined) {
        bucketNumber = bucketNumbers.size + 1;
        bucketNumbers.set(b, bucketNumber);
        bucketArgs.push(b, Date.parse(b));
        for (const kind of BUCKET_KEY_KINDS) bucketKeys.push(this.key(kind, b));
      }
      const cells = Object.entries(record.categories).map(([dimension, category]) =>
        [dimension, category, record.model, record.app].map(escapePart).join('|'),
      );
      const pii = Object.entries(record.pii).flatMap(([type, count]) => (count ? [type, count] : []));
      recordArgs.push(
        record.jobId,
        bucketNumber,
        record.accountHash ?? '',
        record.promptTokens,
        record.completionTokens,
        record.chars,
        record.unclassifiedReason ?? '',
        record.sampleRate ?? '',
        record.maxTokensPerEvent ?? '',
        record.samplerKeyId ?? '',
        record.bucket ?? '',
        cells.length,
      );
      for (const cell of cells) {
        const hll = this.hllKey(b, cell);
        let place = hllPlaces.get(hll);
        if (place === undefined) {
          place = hllKeys.push(hll);
          hllPlaces.set(hll, place);
        }
        recordArgs.push(cell, place);
      }
      recordArgs.push(pii.length / 2, ...pii);
    }
    // The HyperLogLog keys follow the two fixed keys and the per-bucket ones; records name theirs by place.
    const keys = [this.key('buckets'), this.key('capped'), ...bucketKeys, ...hllKeys];
    return this.applyRecords(keys.length, ...keys, this.options.seenTtlSeconds, this.options.accountSampleCap ?? 0, bucketNumbers.size, ...bucketArgs, ...recordArgs);
  }

  /** Bucket starts with counts in range, oldest first. */
  async buckets(range?: SnapshotRange): Promise<string[]> {
    const min = range?.from !== undefined ? String(Date.parse(range.from)) : '-inf';
    const max = range?.to !== undefined ? `(${Date.parse(range.to)}` : '+inf';
    return this.redis.zrangebyscore(this.key('buckets'), min, max);
  }

  async snapshot(range?: SnapshotRange): Promise<AggregateSnapshot> {
    const snapshot: Required<AggregateSnapshot> = { cells: [], pii: [], unclassifiedReasons: [], capped: [], sampleRates: [], accountCaps: [], tokenBounds: [], samplerKeys: [], bucketUnits: [] };
    const buckets = await this.buckets(range);
    if (buckets.length === 0) return snapshot;

    const reads = this.redis.pipeline();
    for (const b of buckets) {
      reads.hgetall(this.key('agg', b));
      reads.hgetall(this.key('pii', b));
      reads.hgetall(this.key('unclassified', b));
      reads.hget(this.key('capped'), b);
      reads.hgetall(this.key('counted', b));
    }
    const results = unwrap(await reads.exec());

    const counts = this.redis.pipeline();
    buckets.forEach((b, i) => {
      const agg = results[i * READS] as Record<string, string>;
      const cells = new Map<string, AggregateCell>();
      for (const [field, value] of Object.entries(agg)) {
        const parts = field.split('|');
        const metric = parts.pop() as Metric;
        const cellId = parts.join('|');
        let cell = cells.get(cellId);
        if (!cell) {
          const [dimension, category, model, app] = parts.map(unescapePart) as [string, string, string, string];
          cell = { bucketStart: b, dimension, category, model, app, sampledEvents: 0, promptTokens: 0, completionTokens: 0, chars: 0, distinctAccountsEst: 0 };
          cells.set(cellId, cell);
          counts.pfcount(this.hllKey(b, cellId));
          snapshot.cells.push(cell);
        }
        const name = METRIC_FIELD[metric];
        if (name) (cell as unknown as Record<string, number>)[name] = Number(value);
      }
      for (const [type, count] of Object.entries(results[i * READS + 1] as Record<string, string>)) snapshot.pii.push({ bucketStart: b, type, count: Number(count) });
      for (const [reason, count] of Object.entries(results[i * READS + 2] as Record<string, string>)) snapshot.unclassifiedReasons.push({ bucketStart: b, reason, count: Number(count) });
      const capped = results[i * READS + 3] as string | null;
      if (capped !== null) snapshot.capped.push({ bucketStart: b, count: Number(capped) });
      for (const [field, value] of Object.entries(results[i * READS + 4] as Record<string, string>)) {
        const colon = field.indexOf(':');
        const kind = field.slice(0, colon);
        const name = field.slice(colon + 1);
        const count = Number(value);
        if (kind === 'rate') snapshot.sampleRates.push({ bucketStart: b, rate: Number(name), count });
        else if (kind === 'cap') snapshot.accountCaps.push({ bucketStart: b, cap: Number(name), count });
        else if (kind === 'maxTokens') snapshot.tokenBounds.push({ bucketStart: b, maxTokens: Number(name), count });
        else if (kind === 'key') snapshot.samplerKeys.push({ bucketStart: b, keyId: name, count });
        else if (kind === 'bucket' && isBucketUnit(name)) snapshot.bucketUnits.push({ bucketStart: b, bucket: name, count });
      }
    });
    if (snapshot.cells.length > 0) {
      const estimates = unwrap(await counts.exec()) as number[];
      snapshot.cells.forEach((cell, i) => (cell.distinctAccountsEst = estimates[i]!));
    }
    return snapshot;
  }

  async close(): Promise<void> {
    await this.sending;
    if (this.options.ownsClient) await closeRedis(this.redis);
  }
}

/** A store on its own connection, configured from REDIS_URL, KEY_PREFIX, SEEN_TTL_SECONDS and ACCOUNT_SAMPLE_CAP. */
export function openRedisStore(
  config: Pick<Config, 'redisUrl' | 'keyPrefix' | 'seenTtlSeconds' | 'accountSampleCap'>,
  role: 'store' | 'reader' = 'store',
  logger?: Logger,
): RedisAggregateStore {
  return new RedisAggregateStore(createRedis(config.redisUrl, role, logger), {
    prefix: config.keyPrefix,
    seenTtlSeconds: config.seenTtlSeconds,
    accountSampleCap: config.accountSampleCap,
    ownsClient: true,
  });
}

function unwrap(results: [Error | null, unknown][] | null): unknown[] {
  if (!results) throw new Error('redis pipeline was discarded');
  return results.map(([err, value]) => {
    if (err) throw err;
    return value;
  });
}
