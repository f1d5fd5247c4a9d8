// Every detector must run in time linear in its input, adversarial input included. This compares
// 64 KiB against 256 KiB of each shape: linear growth gives a ratio near 4, quadratic near 16.
// A ratio bound, not a wall-clock assertion. Time is this process's CPU time, so other processes on a
// busy machine don't count, and the minimum of several runs cuts what noise is left. Load still
// leaks in (evicted caches, a starved JIT or GC thread, a stolen virtual CPU), so a shape over the
// bound is measured again: noise rarely repeats, super-linear growth always does.
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_SHAPES, ordinaryPrompt } from '../../bench/redact-adversarial.js';
import { defaultDetectors } from '../../src/redact/index.js';

const SMALL = 64 * 1024;
const LARGE = 256 * 1024;
const LIMIT = 8;
const RUNS = 9;
const ATTEMPTS = 3;
// Samples shorter than this are mostly timer and scheduler noise, so a fast detector repeats its call.
const MIN_SAMPLE_MS = 0.5;
const MAX_CALLS = 256;

function elapsedMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function repeat(calls: number, fn: () => void): () => void {
  return () => {
    for (let k = 0; k < calls; k++) fn();
  };
}

const shapes = { ...ADVERSARIAL_SHAPES, 'ordinary prompt': ordinaryPrompt };

/**
 * Time of the large input over time of the small one. Each sample of the small side runs it four
 * times as often, so both sides do the same work when growth is linear and see the same heap and
 * JIT state; samples alternate and the minimum of each side is kept.
 */
function growth(find: (text: string) => unknown, small: string, large: string): number {
  const times = large.length / small.length;
  // Settle the JIT tiers before anything is timed.
  for (let i = 0; i < 2; i++) {
    find(small);
    find(large);
  }
  let calls = 1;
  while (calls < MAX_CALLS && elapsedMs(repeat(calls, () => find(large))) < MIN_SAMPLE_MS) calls *= 2;
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let i = 0; i < RUNS; i++) {
    bestSmall = Math.min(bestSmall, elapsedMs(repeat(calls * times, () => find(small))));
    bestLarge = Math.min(bestLarge, elapsedMs(repeat(calls, () => find(large))));
  }
  return (times * Math.max(bestLarge, 0.05)) / Math.max(bestSmall, 0.05);
}

/**
 * The least growth over up to ATTEMPTS fresh measurements, stopping at the first under LIMIT: it is
 * over LIMIT only when every attempt is.
 */
function settledGrowth(find: (text: string) => unknown, small: string, large: string): number {
  let least = Infinity;
  for (let attempt = 0; attempt < ATTEMPTS && least >= LIMIT; attempt++) least = Math.min(least, growth(find, small, large));
  return least;
}

it('the check catches a quadratic pattern', () => {
  // /a+b/ restarts at every "a" of a run without "b" and rescans the rest of it.
  const quadratic = (text: string) => /a+b/.test(text);
  // Smaller inputs than the detectors get: at 256 KiB this would run for minutes.
  expect(settledGrowth(quadratic, 'a'.repeat(1024), 'a'.repeat(4096))).toBeGreaterThan(LIMIT);
});

describe('detectors run in linear time', () => {
  for (const detector of defaultDetectors) {
    it(`${detector.name}: 4× input costs < ${LIMIT}× time on every adversarial shape`, () => {
      detector.find(ordinaryPrompt(4096)); // load word lists and warm the JIT
      for (const [shape, make] of Object.entries(shapes)) {
        const ratio = settledGrowth((text) => detector.find(text), make(SMALL), make(LARGE));
        expect(ratio, `${detector.name} on ${shape}`).toBeLessThan(LIMIT);
      }
    });
  }
});
