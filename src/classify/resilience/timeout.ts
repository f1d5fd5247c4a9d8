// Runs one backend attempt under a deadline. The attempt gets its own AbortSignal, aborted when the
// deadline passes or the caller's signal aborts, so the HTTP request is torn down, not just abandoned.
import { BackendError } from '../../errors/index.js';
import type { Clock } from './clock.js';

export async function withTimeout<T>(
  backend: string,
  timeoutMs: number,
  clock: Pick<Clock, 'setTimer'>,
  parent: AbortSignal | undefined,
  attempt: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  if (parent?.aborted) throw new BackendError('aborted', `${backend}: call aborted by the caller`);
  const controller = new AbortController();
  let settle!: (error: BackendError) => void;
  // Rejects when the deadline passes or the caller aborts, whatever the backend does with its signal.
  const cut = new Promise<never>((_, reject) => {
    settle = reject;
  });
  const cancelTimer = clock.setTimer(() => {
    const error = new BackendError('timeout', `${backend}: no reply within ${timeoutMs} ms`);
    controller.abort(error);
    settle(error);
  }, timeoutMs);
  const onParentAbort = () => {
    const error = new BackendError('aborted', `${backend}: call aborted by the caller`);
    controller.abort(error);
    settle(error);
  };
  parent?.addEventListener('abort', onParentAbort, { once: true });
  try {
    const call = attempt(controller.signal);
    // The losing promise may still reject after the cut (an aborted request): nobody waits for it.
    call.catch(() => undefined);
    return await Promise.race([call, cut]);
  } finally {
    cancelTimer();
    parent?.removeEventListener('abort', onParentAbort);
  }
}
