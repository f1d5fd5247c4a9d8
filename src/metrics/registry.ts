// The process-wide prom-client registry that /metrics serves, with Node's default metrics.
import { collectDefaultMetrics, Registry } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry });
