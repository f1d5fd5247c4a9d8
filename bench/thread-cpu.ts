// CPU time of this process's threads other than the main one (V8's background compilers and garbage
// collector, libuv's pool), from /proc on Linux. process.cpuUsage() counts every thread; this says
// how much of that ran beside the JavaScript, which a CPU profile of the main thread never shows
// (the sampled 0.25% roughly doubled it in a young server, 2026-12-06). Undefined elsewhere.
import { readdirSync, readFileSync } from 'node:fs';

/** Nanoseconds on CPU of every thread but the main one, or undefined without /proc. */
export function backgroundThreadsCpuNs(): number | undefined {
  try {
    let total = 0;
    for (const tid of readdirSync('/proc/self/task')) {
      if (Number(tid) === process.pid) continue;
      total += Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    }
    return Number.isFinite(total) ? total : undefined;
  } catch {
    return undefined;
  }
}
