// The parent/child protocol of the HTTP benchmarks' servers: the child sends its port, then answers
// `mark` (start counting), `report` (requests and CPU µs per request since the mark) and `stop`.
import type { Server } from 'node:http';
import type { Census } from '../src/census.js';
import { backgroundThreadsCpuNs } from './thread-cpu.js';

export interface ServerCounts {
  requests: number;
  sampled: number;
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
      process.send!({ requests: n, cpuUsPerRequest: (cpu.user + cpu.system) / n, backgroundUsPerRequest, sampled: counts.sampled });
    } else if (msg === 'stop') {
      server.close();
      void (census?.close(2_000) ?? Promise.resolve()).then(() => process.exit(0));
    }
  });
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as { port: number }).port }));
}
