// Runs CLI commands in-process with string stdin and captured stdout/stderr.
import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/io.js';

export function memoryIo(stdin: string, env: NodeJS.ProcessEnv = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const io: CliIo = { stdin: Readable.from([stdin]), stdout, stderr, env, stderrIsTty: false };
  return { io, stdout: () => out, stderr: () => err };
}
