// `prompt-census audit verify`: checks the audit log's hash chain, the DP ledger's, and that exported
// rows files hold only allowed fields and values and match the digest their entry recorded.
import { loadTaxonomy } from '../../classify/taxonomy.js';
import { loadConfig } from '../../config.js';
import { AuditError, UsageError } from '../../errors/index.js';
import { DEFAULT_TABLE, quoteTable, readFromPostgres } from '../../release/postgres-export.js';
import { verifyAudit, verifyTableRows } from '../../release/verify-audit.js';
import { parseFlags, type Command } from '../args.js';
import { write } from '../io.js';
import { DEFAULT_AUDIT_LOG } from '../release-flags.js';

const usage = `Usage: prompt-census audit verify [--log FILE] [--rows FILE …] [options]

Checks the audit log (default ${DEFAULT_AUDIT_LOG}): every entry's seq, prevHash and hash. Each rows
file (JSONL or CSV from \`export --out\`) is checked against the entry that released it: only the
aggregate row fields, category ids from the taxonomy, numbers; and the digest it recorded. Exits 1
naming the first bad entry.

Options:
  --log FILE        audit log
  --rows FILE       an exported rows file (repeatable); matched to the latest entry naming it
  --entry SEQ       check the rows against this entry instead
  --ledger FILE     also check the DP budget ledger's chain
  --head HASH       the hash the last entry must have (recorded elsewhere after an export)
  --postgres URL    also check the rows of the latest export into --table in this database
  --table NAME      PostgreSQL table (default prompt_census_aggregates)
  -h, --help        show this help`;

export const auditCommand: Command = {
  name: 'audit',
  summary: 'verify the audit log chain and exported rows (audit verify)',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(
      argv,
      { log: { type: 'string' }, rows: { type: 'string', multiple: true }, entry: { type: 'string' }, ledger: { type: 'string' }, head: { type: 'string' }, postgres: { type: 'string' }, table: { type: 'string' } },
      usage,
    );
    if (positionals[0] !== 'verify' || positionals.length !== 1) throw new UsageError(`audit needs the subcommand verify\n\n${usage}`);
    let entrySeq: number | undefined;
    if (values.entry !== undefined) {
      entrySeq = Number(values.entry);
      if (!Number.isInteger(entrySeq) || entrySeq < 1) throw new UsageError('--entry must be a positive integer');
    }
    const head = values.head as string | undefined;
    if (head !== undefined && !/^[0-9a-f]{64}$/.test(head)) throw new UsageError('--head must be 64 hex digits');
    const config = loadConfig(io.env, { mode: 'embedded' });
    const logPath = (values.log as string | undefined) ?? DEFAULT_AUDIT_LOG;
    const taxonomy = loadTaxonomy(config.taxonomyFile);
    if (values.postgres !== undefined && !/^postgres(ql)?:\/\//.test(String(values.postgres))) throw new UsageError('--postgres must be a postgres:// URL');
    if (values.table !== undefined) quoteTable(String(values.table));
    try {
      const report = verifyAudit({
        logPath,
        rowsFiles: (values.rows as string[] | undefined) ?? [],
        ...(entrySeq !== undefined ? { entrySeq } : {}),
        ...(typeof values.ledger === 'string' ? { ledgerPath: values.ledger } : {}),
        ...(head !== undefined ? { head } : {}),
        taxonomy,
      });
      const table = (values.table as string | undefined) ?? DEFAULT_TABLE;
      const url = values.postgres as string | undefined;
      const tableCheck = url === undefined ? null : await verifyTableRows(report.auditEntries, table, taxonomy, (buckets) =>
        readFromPostgres(url, table, buckets).catch((err: unknown) => {
          // The code only: pg's messages can carry the host and user.
          const code = (err as { code?: unknown }).code;
          throw Object.assign(new Error('PostgreSQL read failed'), { name: 'PostgresReadError', code: typeof code === 'string' ? code : 'error' });
        }));
      const lines = [
        `audit log ${logPath}: ${report.entries} entries, chain intact${report.head ? `, head ${report.head}` : ''}`,
        ...report.rows.map((r) => `rows ${r.file}: ${r.rowCount} rows, allowed fields and values, match entry seq ${r.seq}`),
        ...(tableCheck ? [`table ${table}: ${tableCheck.rowCount} rows, allowed fields and values, match entry seq ${tableCheck.seq}`] : []),
        ...(report.ledgerEntries === null ? [] : [`dp ledger ${values.ledger}: ${report.ledgerEntries} entries, chain intact`]),
      ];
      await write(io.stdout, lines.join('\n') + '\n');
      return 0;
    } catch (err) {
      if (!(err instanceof AuditError)) throw err;
      io.stderr.write(`audit verify: FAILED: ${err.message}\n`);
      return 1;
    }
  },
};
