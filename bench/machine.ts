// One line describing where a benchmark ran, printed with every result, and the number helpers the
// benchmarks share.
import { cpus, totalmem } from 'node:os';

export function describeMachine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

/** The middle value (the upper one of an even count). */
export function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

export function fmtRate(perSecond: number): string {
  return perSecond >= 1000 ? `${Math.round(perSecond).toLocaleString('en-US')}/s` : `${perSecond.toFixed(1)}/s`;
}
