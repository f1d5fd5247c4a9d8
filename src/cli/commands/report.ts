// `prompt-census report`: prints released aggregates as a table, CSV, JSON or a self-contained HTML
// page — either from a report document (`run --format json`) or straight from a store (`--store`),
// in which case the release rules apply and the release is recorded in the audit log.
import { renameSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { reportDocumentSchema } from '../../../schemas/aggregate-row.js';
import { categoryIds, loadTaxonomy } from '../../classify/taxonomy.js';
import { loadConfig } from '../../config.js';
import { UsageError } from '../../errors/index.js';
import { readUserFile } from '../../util/read-user-file.js';
import { formatCsv } from '../../release/format-csv.js';
import { formatTable } from '../../release/format-table.js';
import { renderHtmlReport, type HtmlReportInput } from '../../release/html/render-report.js';
import { releaseNotes } from '../../release/release-notes.js';
import { emptyStoreHint, recordRelease, releaseFromStore, type AuditOutput } from '../../release/release-store.js';
import { parseJsonOrThrow, parseOrThrow } from '../../validation/zod-issues.js';
import { oneOf, parseFlags, type Command } from '../args.js';
import { write, type CliIo } from '../io.js';
import { rangeFromFlags, recordPathsFromFlags, releaseFlagOptions, releaseFlagUsage } from '../release-flags.js';

const usage = `Usage: prompt-census report FILE [--format table|json|csv|html] [--out FILE]
       prompt-census report --store FILE|redis [--format table|csv|html] [--out FILE] [options]

Prints released aggregates: from FILE (the JSON document \`run --format json\` writes), or from a store,
applying the release rules (thresholds, suppression, DP noise when DP_EPSILON is set) and recording the
release in the audit log as \`export\` does.

Options:
  --format F           table | json | csv | html (default table; json only for FILE)
  --out FILE           write to FILE instead of stdout (html: one self-contained page)
${releaseFlagUsage}
  -h, --help           show this help`;

async function emit(io: CliIo, out: string | undefined, text: string): Promise<void> {
  if (out === undefined) return write(io.stdout, text);
  writeFileSync(`${out}.tmp`, text, { mode: 0o644 });
  renameSync(`${out}.tmp`, out);
}

function readDocument(path: string) {
  const raw = readUserFile(path);
  return parseOrThrow(reportDocumentSchema, parseJsonOrThrow(raw));
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'print released aggregates (from a report file or a store) as a table, CSV, JSON or HTML',
  usage,
  run: runReport,
};

async function runReport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, { ...releaseFlagOptions, format: { type: 'string' }, out: { type: 'string' } }, usage);
  const format = oneOf('format', values.format as string | undefined, ['table', 'json', 'csv', 'html'] as const, 'table');
  const out = values.out as string | undefined;
  const store = values.store as string | undefined;
  if ((store === undefined) === (positionals.length !== 1) || positionals.length > 1) {
    throw new UsageError(`report needs one FILE or --store\n\n${usage}`);
  }
  const config = loadConfig(io.env, { mode: 'embedded' });
  const taxonomy = loadTaxonomy(config.taxonomyFile);
  const categoryOrder = categoryIds(taxonomy);

  if (store === undefined) {
    const doc = readDocument(positionals[0]!);
    if (format === 'json') await emit(io, out, JSON.stringify(doc, null, 2) + '\n');
    else if (format === 'csv') await emit(io, out, formatCsv(doc.rows));
    else if (format === 'html') {
      const input: HtmlReportInput = {
        generatedAt: doc.generatedAt,
        settings: { ...doc.config, dp: null },
        notes: doc.notes,
        rows: doc.rows,
        categoryOrder,
      };
      await emit(io, out, renderHtmlReport(input));
    } else {
      const header = `prompt-census report of ${doc.generatedAt}: ${doc.totals.sampledEvents} sampled of ${doc.totals.offeredEvents} offered (rate ${doc.config.sampleRate}).`;
      await emit(io, out, [header, ...doc.notes.map((n) => `note: ${n}`), '', formatTable(doc.rows)].join('\n'));
    }
    return 0;
  }

  if (format === 'json') throw new UsageError('--format json needs a report FILE; use `export --format jsonl` for a store');
  const range = rangeFromFlags(values);
  const paths = recordPathsFromFlags(values);
  const release = await releaseFromStore(store, config, taxonomy, range);
  const notes = releaseNotes(release.settings);
  const generatedAt = new Date().toISOString();
  const output: AuditOutput = { format, file: out === undefined ? null : basename(out), table: null };
  const render = (seq: number): string => {
    if (format === 'csv') return formatCsv(release.rows);
    if (format === 'html') {
      return renderHtmlReport({ generatedAt, settings: release.settings, notes, rows: release.rows, categoryOrder, auditSeq: seq });
    }
    return [`prompt-census release of ${generatedAt} (audit entry seq ${seq}).`, ...notes.map((n) => `note: ${n}`), '', formatTable(release.rows)].join('\n');
  };
  await recordRelease(release, paths, output, range, (seq) => emit(io, out, render(seq)), new Date(generatedAt));
  const hint = emptyStoreHint(store, release, config, range);
  if (hint) io.stderr.write(`report: ${hint}\n`);
  if (release.withheldGroups > 0) io.stderr.write(`report: ${release.withheldGroups} bucket/slice group(s) withheld whole (below the thresholds even folded)\n`);
  return 0;
}
