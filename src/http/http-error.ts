// An HTTP request that cannot be served, as a value: status, a stable code, and (for 400s) the
// failing field. Messages describe the rule, never the input.

export class HttpError extends Error {
  readonly code: string;
  readonly status: number;
  readonly field: string | undefined;

  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.field = field;
  }

  toBody(): Record<string, unknown> {
    return { error: this.code, ...(this.field !== undefined ? { field: this.field } : {}), message: this.message };
  }
}
