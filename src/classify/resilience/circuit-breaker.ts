// Stops calling a backend that keeps failing: after `failureThreshold` outage failures in a row the
// circuit opens for `cooldownMs`; then one probe call is let through (half-open), and its outcome
// closes the circuit or opens it for another cool-down.
import type { Clock } from './clock.js';

export type BreakerState = 'closed' | 'open' | 'half_open';

export interface BreakerOptions {
  /** Consecutive outage failures that open the circuit. @defaultValue 5 (CLASSIFY_BREAKER_FAILURES) */
  failureThreshold: number;
  /** How long an open circuit refuses calls. @defaultValue 30000 (CLASSIFY_BREAKER_COOLDOWN_MS) */
  cooldownMs: number;
  onStateChange?: (state: BreakerState) => void;
}

export class CircuitBreaker {
  #state: BreakerState = 'closed';
  #failures = 0;
  #openedAt = 0;
  #probeInFlight = false;

  constructor(
    private readonly options: BreakerOptions,
    private readonly clock: Pick<Clock, 'now'>,
  ) {}

  get state(): BreakerState {
    return this.#state;
  }

  /**
   * May a call go ahead now? In half-open state only one probe at a time does; a granted call must be
   * followed by exactly one `onSuccess` or `onFailure`.
   */
  tryAcquire(): boolean {
    if (this.#state === 'open') {
      if (this.clock.now() - this.#openedAt < this.options.cooldownMs) return false;
      this.#set('half_open');
    }
    if (this.#state === 'half_open') {
      if (this.#probeInFlight) return false;
      this.#probeInFlight = true;
    }
    return true;
  }

  /** The backend answered (even with a bad reply): it is up. */
  onSuccess(): void {
    this.#probeInFlight = false;
    this.#failures = 0;
    if (this.#state !== 'closed') this.#set('closed');
  }

  /** The call ended without telling anything about the backend (the caller aborted): free the probe slot. */
  onCancel(): void {
    this.#probeInFlight = false;
  }

  /** The backend failed in a way that says it is down or refusing us. */
  onFailure(): void {
    this.#probeInFlight = false;
    this.#failures++;
    if (this.#state === 'half_open' || this.#failures >= this.options.failureThreshold) {
      this.#openedAt = this.clock.now();
      if (this.#state !== 'open') this.#set('open');
    }
  }

  #set(state: BreakerState): void {
    this.#state = state;
    this.options.onStateChange?.(state);
  }
}
