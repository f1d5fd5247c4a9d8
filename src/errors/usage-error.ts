// Thrown by the CLI for unknown commands, flags or missing arguments (exit code 2).

export class UsageError extends Error {
  readonly code = 'usage_error' as const;

  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
