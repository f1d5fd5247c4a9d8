// Every detector must run in time linear in its input, adversarial input included. This compares
// 64 KiB against 256 KiB of each shape: linear growth gives a ratio near 4, quadratic near 16.
// A ratio bound, not a wall-clock assertion. Time is this process's CPU time, so other processes on a
// busy machine don't count, and the minimum of several runs cuts what noise is left.
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_SHAPES, ordinaryPrompt } from '../../bench/redact-adversarial.js';
import { defaultDetectors } from '../../src/redact/index.js';

const SMALL = 64 * 1024;
const LARGE = 256 * 1024;
const RUNS = 7;

function elapsedMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const shapes = { ...ADVERSARIAL_SHAPES, 'ordinary prompt': ordinaryPrompt };

/**
 * Time of the large input over time of the small one. Each sample of the small side runs it four
 * times, so both sides do the same work when growth is linear and see the same heap and JIT state;
 * samples alternate and the minimum of each side is kept.
 */
function growth(find: (text: string) => unknown, make: (chars: number) => string, small = make(SMALL), large = make(LARGE)): number {
  const times = large.length / small.length;
  find(small);
  find(large);
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let i = 0; i < RUNS; i++) {
    bestSmall = Math.min(bestSmall, elapsedMs(() => { for (let k = 0; k < times; k++) find(small); }));
    bestLarge = Math.min(bestLarge, elapsedMs(() => find(large)));
  }
  return (times * Math.max(bestLarge, 0.05)) / Math.max(bestSmall, 0.05);
}

it('the check catches a quadratic pattern', () => {
  // /a+b/ restarts at every "a" of a run without "b" and rescans the rest of it.
  const quadratic = (text: string) => /a+b/.test(text);
  // Smaller inputs than the detectors get: at 256 KiB this would run for minutes.
  expect(growth(quadratic, (n) => 'a'.repeat(n), 'a'.repeat(4096), 'a'.repeat(16384))).toBeGreaterThan(8);
});

describe('detectors run in linear time', () => {
  for (const detector of defaultDetectors) {
    it(`${detector.name}: 4× input costs < 8× time on every adversarial shape`, () => {
      detector.find(ordinaryPrompt(4096)); // load word lists and warm the JIT
      for (const [shape, make] of Object.entries(shapes)) {
        const ratio = growth((text) => detector.find(text), make);
        expect(ratio, `${detector.name} on ${shape}`).toBeLessThan(8);
      }
    });
  }
});
