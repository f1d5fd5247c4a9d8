// Reads exported rows back (JSONL or CSV, as `export` wrote them) for `audit verify`. Values are only
// typed here; check-rows.ts decides whether they are allowed.
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, type CsvColumn } from './format-csv.js';

export interface ParsedRowLine {
  line: number;
  value: unknown;
}

export type RowsFileParse = { ok: true; rows: ParsedRowLine[] } | { ok: false; line: number; message: string };

const NUMBER_COLUMNS = new Set<string>(['sampledEvents', 'estimatedEvents', 'estimatedEventsCiLow', 'estimatedEventsCiHigh', 'promptTokens', 'completionTokens', 'requestShare', 'tokenShare', 'shareCiLow', 'shareCiHigh', 'distinctAccountsEst']);

export function parseRowsFile(text: string): RowsFileParse {
  return text.trimStart().startsWith('{') ? parseJsonl(text) : parseCsv(text);
}

function parseJsonl(text: string): RowsFileParse {
  const rows: ParsedRowLine[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    try {
      rows.push({ line: i + 1, value: JSON.parse(lines[i]!) });
    } catch {
      return { ok: false, line: i + 1, message: 'not valid JSON' };
    }
  }
  return { ok: true, rows };
}

function typed(column: string, raw: string): unknown {
  if (raw === '') return column === 'model' || column === 'app' ? undefined : null;
  if (NUMBER_COLUMNS.has(column)) return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(raw) ? Number(raw) : raw;
  if (column === 'suppressed') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

function parseCsv(text: string): RowsFileParse {
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: false, skip_empty_lines: true }) as string[][];
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 0;
    return { ok: false, line, message: 'not valid CSV' };
  }
  const [header, ...body] = records;
  if (!header) return { ok: true, rows: [] };
  const unknown = header.findIndex((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  if (unknown >= 0) return { ok: false, line: 1, message: `column ${unknown + 1} is not an allowed field` };
  const rows = body.map((record, i): ParsedRowLine => {
    const flat: Record<string, unknown> = {};
    header.forEach((column, j) => (flat[column] = typed(column, record[j] ?? '')));
    const { estimatedEventsCiLow, estimatedEventsCiHigh, shareCiLow, shareCiHigh, ...rest } = flat as Record<CsvColumn, unknown>;
    const row: Record<string, unknown> = {
      ...rest,
      estimatedEventsCi95: [estimatedEventsCiLow, estimatedEventsCiHigh],
      shareCi95: shareCiLow === null && shareCiHigh === null ? null : [shareCiLow, shareCiHigh],
    };
    for (const k of Object.keys(row)) if (row[k] === undefined) delete row[k];
    return { line: i + 2, value: row };
  });
  return { ok: true, rows };
}
