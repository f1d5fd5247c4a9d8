// Every detector must run in time linear in its input, adversarial input included. This compares
// 64 KiB against 256 KiB of each shape: linear growth gives a ratio near 4, quadratic near 16.
// A ratio bound, not a wall-clock assertion; the minimum of several runs cuts scheduler noise.
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_SHAPES, ordinaryPrompt } from '../../bench/redact-adversarial.js';
import { defaultDetectors } from '../../src/redact/index.js';

const SMALL = 64 * 1024;
const LARGE = 256 * 1024;
const RUNS = 5;

function minMs(fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  // Sub-millisecond timings are all noise; floor them so tiny/tiny ratios stay meaningful.
  return Math.max(best, 1);
}

const shapes = { ...ADVERSARIAL_SHAPES, 'ordinary prompt': ordinaryPrompt };

function growth(find: (text: string) => unknown, make: (chars: number) => string): number {
  const small = make(SMALL);
  const large = make(LARGE);
  find(small); // warm this shape's code paths before timing
  return minMs(() => find(large)) / minMs(() => find(small));
}

it('the check catches a quadratic pattern', () => {
  // /a+b/ restarts at every "a" of a run without "b" and rescans the rest of it.
  const quadratic = (text: string) => /a+b/.test(text);
  expect(growth(quadratic, (n) => 'a'.repeat(n))).toBeGreaterThan(8);
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
