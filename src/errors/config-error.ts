// Thrown by loadConfig when an environment variable or CLI flag is missing or out of range.
// The CLI maps it to exit code 2; the message names the variable.

export class ConfigError extends Error {
  readonly code = 'config_error' as const;
  readonly variable: string;

  constructor(variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
    this.variable = variable;
  }
}
