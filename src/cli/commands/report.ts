// `prompt-census report FILE`: prints the aggregates a `run --format json` wrote, as a table, CSV or JSON.
import { readFileSync } from 'node:fs';
import { reportDocumentSchema } from '../../../schemas/aggregate-row.js';
import { UsageError } from '../../errors/index.js';
import { formatCsv } from '../../release/format-csv.js';
import { formatTable } from '../../release/format-table.js';
import { parseJsonOrThrow, parseOrThrow } from '../../validation/zod-issues.js';
import { oneOf, parseFlags, type Command } from '../args.js';
import { write } from '../io.js';

const usage = `Usage: prompt-census report FILE [--format table|json|csv]

Prints the aggregate report stored in FILE (the JSON document \`prompt-census run --format json\` writes).`;

export const reportCommand: Command = {
  name: 'report',
  summary: 'print the aggregates of a stored report as a table, CSV or JSON',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { format: { type: 'string' } }, usage);
    if (values.help) {
      await write(io.stdout, usage + '\n');
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(`report needs one FILE\n\n${usage}`);
    const format = oneOf('format', values.format as string | undefined, ['table', 'json', 'csv'] as const, 'table');
    let raw: string;
    try {
      raw = readFileSync(positionals[0]!, 'utf8');
    } catch (err) {
      throw new UsageError(`cannot open ${positionals[0]}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    const doc = parseOrThrow(reportDocumentSchema, parseJsonOrThrow(raw));
    if (format === 'json') await write(io.stdout, JSON.stringify(doc, null, 2) + '\n');
    else if (format === 'csv') await write(io.stdout, formatCsv(doc.rows));
    else {
      const header = `prompt-census report of ${doc.generatedAt}: ${doc.totals.sampledEvents} sampled of ${doc.totals.offeredEvents} offered (rate ${doc.config.sampleRate}).`;
      await write(io.stdout, [header, ...doc.notes.map((n) => `note: ${n}`), '', formatTable(doc.rows)].join('\n'));
    }
    return 0;
  },
};
