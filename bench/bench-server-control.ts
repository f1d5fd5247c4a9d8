// The parent/child protocol of the HTTP benchmarks' servers: the child sends its port, then answers
// `mark` (start counting), `report` (requests and CPU µs per request since the mark, and the census's
// sampled count) and `stop`.
import type { Server } from 'node:http';
import type { Census } from '../src/census.js';
import { backgroundThreadsCpuNs } from './thread-cpu.js';

export interface ServerCounts {
  requests: number;
}

/**
 * Events the census sampled, read from its own counter when asked: counting them per request in the
 * server (an onOutcome callback, say) would add work to the path being measured that a host does not do.
 */
async function sampledCount(census: Census | undefined): Promise<number> {
  if (!census) return 0;
  const metric = await census.metrics.sampled.get();
  return metric.values[0]?.value ?? 0;
}

export function serveBenchControl(server: Server, counts: ServerCounts, census: Census | undefined): void {
  let cpuStart = process.cpuUsage();
  let backgroundStart = backgroundThreadsCpuNs();
  let requestsStart = 0;
  process.on('message', (msg: string) => {
    if (msg === 'mark') {
      cpuStart = process.cpuUsage();
      backgroundStart = backgroundThreadsCpuNs();
      requestsStart = counts.requests;
      process.send!({ marked: true });
    } else if (msg === 'report') {
      const cpu = process.cpuUsage(cpuStart);
      const n = counts.requests - requestsStart;
      const background = backgroundThreadsCpuNs();
      const backgroundUsPerRequest = background !== undefined && backgroundStart !== undefined ? (background - backgroundStart) / 1000 / n : undefined;
      void sampledCount(census).then((sampled) => process.send!({ requests: n, cpuUsPerRequest: (cpu.user + cpu.system) / n, backgroundUsPerRequest, sampled }));
    } else if (msg === 'stop') {
      server.close();
      void (census?.close(2_000) ?? Promise.resolve()).then(() => process.exit(0));
    }
  });
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as { port: number }).port }));
}
