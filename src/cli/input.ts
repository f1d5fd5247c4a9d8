// Opens the NDJSON input a command reads: a file path, or `-` for stdin.
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { UsageError } from '../errors/index.js';
import type { CliIo } from './io.js';

export function openInput(path: string | undefined, io: CliIo): { stream: Readable; sizeBytes?: number } {
  if (path === undefined || path === '-') return { stream: io.stdin };
  let sizeBytes: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new UsageError(`${path} is not a file`);
    sizeBytes = stat.size;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`cannot open ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  return { stream: createReadStream(path), sizeBytes };
}
