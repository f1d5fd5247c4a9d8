// Thrown when an external input (event, NDJSON line, HTTP body, job payload) fails its schema.
// The message names the field and the rule, never the value: values may be prompt text.

export interface FieldIssue {
  /** Dotted path of the failing field, e.g. `messages[2].content`; `(root)` for the whole value. */
  field: string;
  /** What rule failed, worded without echoing the input. */
  message: string;
}

export class ValidationError extends Error {
  readonly code = 'validation_error' as const;
  readonly issues: readonly FieldIssue[];

  constructor(issues: readonly FieldIssue[]) {
    const first = issues[0] ?? { field: '(root)', message: 'invalid' };
    const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
    super(`${first.field}: ${first.message}${more}`);
    this.name = 'ValidationError';
    this.issues = issues;
  }

  /** The first failing field, for HTTP 400 bodies and CLI line reports. */
  get field(): string {
    return this.issues[0]?.field ?? '(root)';
  }
}
