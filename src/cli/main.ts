// Command dispatch and exit codes: 0 ok, 1 runtime failure, 2 usage or configuration error.
// Error output names the failing field or variable; it never includes input text.
import { AuditError, ConfigError, UsageError, ValidationError } from '../errors/index.js';
import { describeFailure } from './describe-failure.js';
import type { Command } from './args.js';
import { auditCommand } from './commands/audit.js';
import { classifyCommand } from './commands/classify.js';
import { evaluateCommand } from './commands/evaluate.js';
import { exportCommand } from './commands/export.js';
import { redactCommand } from './commands/redact.js';
import { reportCommand } from './commands/report.js';
import { runCommand } from './commands/run.js';
import { sidecarCommand } from './commands/sidecar.js';
import { workerCommand } from './commands/worker.js';
import { write, type CliIo } from './io.js';

export const commands: readonly Command[] = [runCommand, reportCommand, exportCommand, auditCommand, classifyCommand, redactCommand, evaluateCommand, sidecarCommand, workerCommand];

export function mainUsage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: prompt-census <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `prompt-census <command> --help` for a command\'s options. Configuration comes from environment',
    'variables (see the README); exit codes: 0 ok, 1 runtime failure, 2 usage or configuration error.',
  ].join('\n');
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    await write(name === undefined ? io.stderr : io.stdout, mainUsage() + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`prompt-census: unknown command "${name.slice(0, 40)}"\n\n${mainUsage()}\n`);
    return 2;
  }
  // Every command answers --help the same way, before any flag or configuration is checked.
  if (rest.includes('--help') || rest.includes('-h')) {
    await write(io.stdout, command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError) {
      io.stderr.write(`prompt-census ${command.name}: ${err.message}\n`);
      return 2;
    }
    if (err instanceof AuditError) {
      // A broken audit chain is a runtime failure worth its message (it names entries, never values).
      io.stderr.write(`prompt-census ${command.name}: ${err.message}\n`);
      return 1;
    }
    if (err instanceof ValidationError) {
      io.stderr.write(`prompt-census ${command.name}: invalid input: ${err.message}\n`);
      return 2;
    }
    // Unknown failures: report the error class and code only; library messages may quote input.
    io.stderr.write(`prompt-census ${command.name}: ${describeFailure(err)}\n`);
    return 1;
  }
}
