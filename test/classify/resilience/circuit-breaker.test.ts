import { describe, expect, it } from 'vitest';
import { CircuitBreaker, type BreakerState } from '../../../src/classify/resilience/circuit-breaker.js';
import { fakeClock } from '../../helpers/fake-clock.js';

function setup() {
  const clock = fakeClock();
  const changes: BreakerState[] = [];
  const breaker = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 1000, onStateChange: (s) => changes.push(s) }, clock);
  return { clock, breaker, changes };
}

function fail(breaker: CircuitBreaker, times: number) {
  for (let i = 0; i < times; i++) {
    expect(breaker.tryAcquire()).toBe(true);
    breaker.onFailure();
  }
}

describe('CircuitBreaker', () => {
  it('opens after the threshold of consecutive failures, and a success in between resets the count', () => {
    const { breaker } = setup();
    fail(breaker, 2);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.onSuccess();
    fail(breaker, 2);
    expect(breaker.state).toBe('closed');
    fail(breaker, 1);
    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('refuses calls for the cool-down, then lets exactly one probe through', () => {
    const { breaker, clock } = setup();
    fail(breaker, 3);
    clock.advance(999);
    expect(breaker.tryAcquire()).toBe(false);
    clock.advance(1);
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.state).toBe('half_open');
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('closes when the probe succeeds and reopens for a new cool-down when it fails', () => {
    const { breaker, clock, changes } = setup();
    fail(breaker, 3);
    clock.advance(1000);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.onFailure();
    expect(breaker.state).toBe('open');
    clock.advance(999);
    expect(breaker.tryAcquire()).toBe(false);
    clock.advance(1);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.onSuccess();
    expect(breaker.state).toBe('closed');
    expect(changes).toEqual(['open', 'half_open', 'open', 'half_open', 'closed']);
  });

  it('frees the probe slot when the probe is cancelled', () => {
    const { breaker, clock } = setup();
    fail(breaker, 3);
    clock.advance(1000);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.onCancel();
    expect(breaker.tryAcquire()).toBe(true);
  });
});
