// `prompt-census redact`: NDJSON {"text"} on stdin → {"text": <redacted>, "found": {TYPE: n}}.
// A debugging and benchmarking tool, and the only command that prints text (its own input, redacted).
import { z } from 'zod';
import { RedactionError } from '../../errors/index.js';
import { redact } from '../../redact/index.js';
import { parseFlags, type Command } from '../args.js';
import { openInput } from '../input.js';
import { write } from '../io.js';
import { forEachRecord, reportRejected } from '../ndjson.js';

const usage = `Usage: prompt-census redact [FILE|-]

Reads NDJSON lines {"text": "..."} (stdin by default) and writes {"text": <redacted>, "found": {"EMAIL": 1, ...}}.
This is the only command that prints text: the redacted form of its own input.`;

const lineSchema = z.object({ text: z.string() });

export const redactCommand: Command = {
  name: 'redact',
  summary: 'redact NDJSON {"text"} lines from stdin (debugging and benchmarks)',
  usage,
  async run(argv, io) {
    const { positionals } = parseFlags(argv, {}, usage);
    let failed = 0;
    const { stream } = openInput(positionals[0], io);
    await forEachRecord(
      stream,
      lineSchema,
      async ({ text }, line) => {
        try {
          const result = redact(text);
          await write(io.stdout, JSON.stringify({ text: result.text, found: result.found }) + '\n');
        } catch (err) {
          if (!(err instanceof RedactionError)) throw err;
          // Fail closed: print nothing of the text.
          failed++;
          io.stderr.write(`line ${line}: ${err.message}\n`);
          await write(io.stdout, JSON.stringify({ text: null, found: {}, error: err.code }) + '\n');
        }
      },
      reportRejected(io.stderr),
    );
    return failed > 0 ? 1 : 0;
  },
};
