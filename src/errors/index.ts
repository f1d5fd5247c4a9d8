export { ValidationError, type FieldIssue } from './validation-error.js';
export { ConfigError } from './config-error.js';
export { UsageError } from './usage-error.js';
export { BackendError, OUTAGE_KINDS, type BackendErrorKind } from './backend-error.js';
export { RedactionError } from './redaction-error.js';
export { AuditError } from './audit-error.js';
export { PayloadError } from './payload-error.js';
