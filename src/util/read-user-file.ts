// Reads a file the user named on the command line; a failure is a usage error naming the path and
// the system's code (ENOENT, EACCES), never a stack trace.
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors/index.js';

export function readUserFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot open ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}
