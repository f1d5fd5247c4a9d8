// The process-wide prom-client registry that sidecar and worker serve on /metrics. Modules register
// here unless a caller (a test, an embedding host) hands them its own registry. Node's default process
// metrics are added only by the processes that serve /metrics (collectProcessMetrics), never on import:
// a host that embeds the census or the middleware would otherwise get an event-loop-delay monitor and a
// GC observer it did not ask for, next to any it runs itself.
import { collectDefaultMetrics, Registry } from 'prom-client';

export const registry = new Registry();

let collecting = false;

/** Adds Node's default metrics (CPU, memory, event loop, GC) to the process registry, once; returns it. */
export function collectProcessMetrics(): Registry {
  if (!collecting) {
    collecting = true;
    collectDefaultMetrics({ register: registry });
  }
  return registry;
}
