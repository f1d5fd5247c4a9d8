// An audit log or DP ledger failed its checks (broken chain, altered entry, rows that don't match
// their entry). `seq` names the first bad entry; messages name entries, lines and fields, never values.

export class AuditError extends Error {
  readonly code = 'audit_error' as const;
  /** The first bad entry's seq, when one can be named. */
  readonly seq: number | undefined;

  constructor(message: string, seq?: number) {
    super(message);
    this.name = 'AuditError';
    this.seq = seq;
  }
}
