// A Clock that never waits: sleeps are recorded (and advance time at once), timers fire when the test says.
import type { Clock } from '../../src/classify/resilience/clock.js';

export interface FakeClock extends Clock {
  /** Every delay passed to sleep(), in order. */
  readonly sleeps: number[];
  /** Fire every pending timer (e.g. a call's deadline); returns how many fired. */
  fireTimers(): number;
  /** Pending (unfired, uncancelled) timers. */
  pendingTimers(): number;
  advance(ms: number): void;
}

export function fakeClock(random = 0): FakeClock {
  let now = 1_700_000_000_000;
  const sleeps: number[] = [];
  const timers = new Set<{ fn: () => void }>();
  return {
    sleeps,
    now: () => now,
    async sleep(ms, signal) {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      now += ms;
    },
    setTimer(fn) {
      const timer = { fn };
      timers.add(timer);
      return () => timers.delete(timer);
    },
    random: () => random,
    fireTimers() {
      const due = [...timers];
      timers.clear();
      for (const t of due) t.fn();
      return due.length;
    },
    pendingTimers: () => timers.size,
    advance(ms) {
      now += ms;
    },
  };
}
