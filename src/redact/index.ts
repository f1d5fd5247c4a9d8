export { redact, defaultDetectors, type RedactOptions } from './redact.js';
export type { Detector, PiiType, RedactionResult, Span } from './types.js';
