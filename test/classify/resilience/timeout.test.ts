import { describe, expect, it } from 'vitest';
import { withTimeout } from '../../../src/classify/resilience/timeout.js';
import { BackendError } from '../../../src/errors/index.js';
import { fakeClock } from '../../helpers/fake-clock.js';

describe('withTimeout', () => {
  it('passes the result through and cancels its timer', async () => {
    const clock = fakeClock();
    await expect(withTimeout('t', 100, clock, undefined, async () => 42)).resolves.toBe(42);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('rejects with kind timeout when the deadline passes, and aborts the attempt signal', async () => {
    const clock = fakeClock();
    let seen: AbortSignal | undefined;
    const pending = withTimeout('t', 100, clock, undefined, (signal) => {
      seen = signal;
      return new Promise<never>(() => undefined); // a backend that never answers
    });
    expect(clock.fireTimers()).toBe(1);
    const err = await pending.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackendError);
    expect((err as BackendError).kind).toBe('timeout');
    expect(seen?.aborted).toBe(true);
  });

  it('rejects with kind aborted when the caller aborts, before or during the attempt', async () => {
    const clock = fakeClock();
    const parent = new AbortController();
    const pending = withTimeout('t', 100, clock, parent.signal, () => new Promise<never>(() => undefined));
    parent.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
    await expect(withTimeout('t', 100, clock, parent.signal, async () => 1)).rejects.toMatchObject({ kind: 'aborted' });
    expect(clock.pendingTimers()).toBe(0);
  });
});
