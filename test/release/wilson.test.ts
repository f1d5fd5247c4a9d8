import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/release/wilson.js';

describe('wilsonInterval', () => {
  it('matches a textbook value (x = 8, n = 20)', () => {
    // Wilson 95% for 8/20: 0.2188 – 0.6134 (e.g. Newcombe 1998, method 3).
    const [lo, hi] = wilsonInterval(8, 20);
    expect(lo).toBeCloseTo(0.2188, 3);
    expect(hi).toBeCloseTo(0.6134, 3);
  });

  it('stays inside [0, 1] at the edges', () => {
    expect(wilsonInterval(0, 10)[0]).toBe(0);
    expect(wilsonInterval(10, 10)[1]).toBe(1);
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
  });
});
