// The process-wide prom-client registry that sidecar and worker serve on /metrics, with Node's default
// metrics. Modules register here unless a caller (a test, an embedding host) hands them its own registry.
import { collectDefaultMetrics, Registry } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry });
