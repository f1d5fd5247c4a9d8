// The process-wide prom-client registry. Sidecar and worker serve it on /metrics; modules register
// their metrics here unless a caller (a test, an embedding host) hands them its own registry.
import { Registry } from 'prom-client';

export const registry = new Registry();
