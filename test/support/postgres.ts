// The real PostgreSQL for tests: PG_URL or DATABASE_URL when set, else the machine's local server
// (trust auth, database `test`). Each test gets its own schema, dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const postgresUrl = (): string => process.env.PG_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: postgresUrl() });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(`PostgreSQL is not reachable at ${postgresUrl()} (${(err as { code?: string }).code ?? 'error'}): start it (pg_ctlcluster … main start) or set PG_URL`);
  }
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A fresh schema for one test file; call `drop` in afterAll. */
export async function tempSchema(): Promise<{ name: string; drop: () => Promise<void> }> {
  const name = `pc_test_${randomBytes(6).toString('hex')}`;
  await query(`CREATE SCHEMA ${name}`);
  return { name, drop: async () => void (await query(`DROP SCHEMA IF EXISTS ${name} CASCADE`)) };
}
