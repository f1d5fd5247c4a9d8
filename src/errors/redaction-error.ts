// A redaction detector threw. The job fails closed: it is counted `unclassified:redaction_error`
// and its text goes no further. The message names the detector, never the text.

export class RedactionError extends Error {
  readonly code = 'redaction_error' as const;
  readonly detector: string;

  constructor(detector: string, cause?: unknown) {
    super(`redaction detector "${detector}" failed`);
    this.name = 'RedactionError';
    this.detector = detector;
    // Keep only the cause's class name: a detector's own message might quote the text it choked on.
    if (cause instanceof Error) this.causeName = cause.name;
  }

  causeName: string | undefined;
}
