// PostgreSQL target for `export --to postgres://…`: one table of released rows (created if missing).
// An export replaces every bucket it covers in one transaction (DELETE those buckets, INSERT the new
// rows), so readers see the old release or the new one, never a mix, and a re-export doesn't double.
import pg from 'pg';
import type { AggregateRow } from '../../schemas/aggregate-row.js';
import { UsageError } from '../errors/index.js';

export const DEFAULT_TABLE = 'prompt_census_aggregates';

/** `name` or `schema.name`, each a plain identifier: it is spliced into SQL, quoted. */
export function quoteTable(name: string): string {
  const parts = name.split('.');
  if (parts.length > 2 || !parts.every((p) => /^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(p))) {
    throw new UsageError('--table must be NAME or SCHEMA.NAME (letters, digits, _)');
  }
  return parts.map((p) => pg.escapeIdentifier(p)).join('.');
}

// Column order mirrors the row schema. model/app are '' when the dimension is off, so the key is total.
const COLUMNS = [
  'bucket_start', 'bucket', 'dimension', 'category', 'model', 'app', 'sampled_events', 'estimated_events',
  'estimated_events_ci_low', 'estimated_events_ci_high', 'prompt_tokens', 'completion_tokens', 'request_share',
  'token_share', 'share_ci_low', 'share_ci_high', 'distinct_accounts_est', 'suppressed',
] as const;

function createTableSql(table: string): string {
  return `CREATE TABLE IF NOT EXISTS ${table} (
  bucket_start timestamptz NOT NULL,
  bucket text NOT NULL CHECK (bucket IN ('hour', 'day', 'week')),
  dimension text NOT NULL,
  category text NOT NULL,
  model text NOT NULL DEFAULT '',
  app text NOT NULL DEFAULT '',
  sampled_events bigint NOT NULL CHECK (sampled_events >= 0),
  estimated_events double precision NOT NULL,
  estimated_events_ci_low double precision NOT NULL,
  estimated_events_ci_high double precision NOT NULL,
  prompt_tokens bigint NOT NULL,
  completion_tokens bigint NOT NULL,
  request_share double precision,
  token_share double precision,
  share_ci_low double precision,
  share_ci_high double precision,
  distinct_accounts_est integer NOT NULL,
  suppressed boolean NOT NULL,
  PRIMARY KEY (bucket_start, dimension, model, app, category)
)`;
}

function values(r: AggregateRow): unknown[] {
  return [
    r.bucketStart, r.bucket, r.dimension, r.category, r.model ?? '', r.app ?? '', r.sampledEvents, r.estimatedEvents,
    r.estimatedEventsCi95[0], r.estimatedEventsCi95[1], r.promptTokens, r.completionTokens, r.requestShare,
    r.tokenShare, r.shareCi95?.[0] ?? null, r.shareCi95?.[1] ?? null, r.distinctAccountsEst, r.suppressed,
  ];
}

const ROWS_PER_INSERT = 500;

/** Writes `rows`, replacing everything stored for `bucketStarts`, in one transaction. */
export async function exportToPostgres(url: string, tableName: string, rows: readonly AggregateRow[], bucketStarts: readonly string[]): Promise<void> {
  const table = quoteTable(tableName);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(createTableSql(table));
    await client.query(`DELETE FROM ${table} WHERE bucket_start = ANY($1::timestamptz[])`, [bucketStarts]);
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      const chunk = rows.slice(i, i + ROWS_PER_INSERT);
      const params: unknown[] = [];
      const tuples = chunk.map((r) => {
        const v = values(r);
        const start = params.length;
        params.push(...v);
        return `(${v.map((_, j) => `$${start + j + 1}`).join(', ')})`;
      });
      await client.query(`INSERT INTO ${table} (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`, params);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

interface DbRow {
  bucket_start: Date; bucket: AggregateRow['bucket']; dimension: string; category: string; model: string; app: string;
  sampled_events: string; estimated_events: number; estimated_events_ci_low: number; estimated_events_ci_high: number;
  prompt_tokens: string; completion_tokens: string; request_share: number | null; token_share: number | null;
  share_ci_low: number | null; share_ci_high: number | null; distinct_accounts_est: number; suppressed: boolean;
}

/** Reads rows back in export order (bucket, dimension, slice; released by size, suppressed last). */
export async function readFromPostgres(url: string, tableName: string, bucketStarts?: readonly string[]): Promise<AggregateRow[]> {
  const table = quoteTable(tableName);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const where = bucketStarts ? 'WHERE bucket_start = ANY($1::timestamptz[])' : '';
    const result = await client.query<DbRow>(
      `SELECT * FROM ${table} ${where}
       ORDER BY bucket_start, dimension COLLATE "C", model COLLATE "C", app COLLATE "C", suppressed, sampled_events DESC, category COLLATE "C"`,
      bucketStarts ? [bucketStarts] : [],
    );
    return result.rows.map((d): AggregateRow => ({
      bucketStart: d.bucket_start.toISOString(),
      bucket: d.bucket,
      dimension: d.dimension,
      category: d.category,
      ...(d.model ? { model: d.model } : {}),
      ...(d.app ? { app: d.app } : {}),
      sampledEvents: Number(d.sampled_events),
      estimatedEvents: d.estimated_events,
      estimatedEventsCi95: [d.estimated_events_ci_low, d.estimated_events_ci_high],
      promptTokens: Number(d.prompt_tokens),
      completionTokens: Number(d.completion_tokens),
      requestShare: d.request_share,
      tokenShare: d.token_share,
      shareCi95: d.share_ci_low === null || d.share_ci_high === null ? null : [d.share_ci_low, d.share_ci_high],
      distinctAccountsEst: d.distinct_accounts_est,
      suppressed: d.suppressed,
    }));
  } finally {
    await client.end();
  }
}
