// A queued job's payload could not be opened or parsed (unknown key id, failed authentication,
// wrong shape). The worker counts the event `unclassified:payload_error` and does not retry.

export class PayloadError extends Error {
  readonly code = 'payload_error' as const;

  constructor(message: string) {
    super(message);
    this.name = 'PayloadError';
  }
}
