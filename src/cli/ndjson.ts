// Reads NDJSON line by line; a line that fails JSON or its schema is reported by number and field
// (never by content) and skipped.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import { ValidationError } from '../errors/index.js';
import { parseJsonOrThrow, parseOrThrow } from '../validation/zod-issues.js';

export async function forEachRecord<T extends z.ZodType>(
  input: Readable,
  schema: T,
  onRecord: (record: z.output<T>, line: number) => Promise<void> | void,
  onReject: (line: number, err: ValidationError) => void,
): Promise<{ records: number; rejected: number }> {
  let line = 0;
  let records = 0;
  let rejected = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    if (text.trim() === '') continue;
    let record: z.output<T>;
    try {
      record = parseOrThrow(schema, parseJsonOrThrow(text));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      rejected++;
      onReject(line, err);
      continue;
    }
    records++;
    await onRecord(record, line);
  }
  return { records, rejected };
}

export function reportRejected(stderr: NodeJS.WritableStream | import('node:stream').Writable) {
  return (line: number, err: ValidationError) => {
    stderr.write(`line ${line}: rejected: ${err.message}\n`);
  };
}
