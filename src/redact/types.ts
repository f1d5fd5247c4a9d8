// Shared shapes of the redaction stage. A detector returns spans; `redact` merges and replaces them.

/** Placeholder types; counts per type may be aggregated, values never. */
export type PiiType =
  | 'EMAIL'
  | 'PHONE'
  | 'CARD'
  | 'IBAN'
  | 'SSN'
  | 'ITIN'
  | 'IP'
  | 'MAC'
  | 'CRYPTO'
  | 'URL_CREDENTIALS'
  | 'SECRET'
  | 'PERSON'
  | 'ADDRESS'
  | 'DATE_OF_BIRTH';

export interface Span {
  start: number;
  end: number;
  type: PiiType;
}

export interface Detector {
  /** Stable name, used in RedactionError and metrics. */
  readonly name: string;
  /**
   * Every span of PII in `text`. Must run in time linear in `text.length`: unbounded quantifiers
   * only where the match cannot restart inside its own run (see test/redact/linear-time.test.ts).
   */
  find(text: string): Span[];
}

export interface RedactionResult {
  text: string;
  /** Findings per type, e.g. {EMAIL: 2}. Never the values. */
  found: Partial<Record<PiiType, number>>;
}
