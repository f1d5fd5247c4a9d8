// Core pinning for the HTTP benchmarks. Unpinned on a 2-core machine, the load generator, Redis and
// the server share both cores, and the load generator is a bottleneck too: extra server work then
// barely moves the throughput, and the ratio flatters whatever the server does. Pinned, the server
// has the last core to itself, everything else shares the rest, and the server's throughput is its
// own cost per request. Linux with `taskset` and at least two cores; elsewhere the benchmark runs
// unpinned and says so.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpus } from 'node:os';

export interface Pinning {
  /** Cores the server runs on, e.g. "1"; undefined when unpinned. */
  readonly serverCores?: string;
  /** How the benchmark was placed, for its report. */
  readonly note: string;
}

function hasTaskset(): boolean {
  return process.platform === 'linux' && spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Pins this process (every thread) to all cores but the last, for the server to have that one;
 * processes it starts afterwards (Redis) inherit the pinning.
 */
export function pinLoadGenerator(): Pinning {
  // cpus(), not availableParallelism(): the latter counts only the cores this process may use now.
  const cores = cpus().length;
  if (cores < 2 || !hasTaskset()) return { note: 'unpinned (needs Linux, taskset and 2 cores): the load generator competes with the server, which flatters the ratio' };
  const last = cores - 1;
  const others = last === 1 ? '0' : `0-${last - 1}`;
  const pinned = spawnSync('taskset', ['-a', '-p', '-c', others, String(process.pid)], { stdio: 'ignore' }).status === 0;
  if (!pinned) return { note: 'unpinned (taskset could not set this process’s affinity)' };
  return { serverCores: String(last), note: `server pinned to core ${last}; load generator and Redis on core${last === 1 ? '' : 's'} ${others}` };
}

/** Gives this process every core again. */
export function unpin(pinning: Pinning): void {
  if (!pinning.serverCores) return;
  spawnSync('taskset', ['-a', '-p', '-c', `0-${cpus().length - 1}`, String(process.pid)], { stdio: 'ignore' });
}

/** fork() of a Node script, on the server's core when pinned (IPC channel included). */
export function forkServer(pinning: Pinning, script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const command = pinning.serverCores ? ['taskset', '-c', pinning.serverCores, process.execPath] : [process.execPath];
  return spawn(command[0]!, [...command.slice(1), script, ...args], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env });
}
