// The prompt corpus: texts of ../shared/data/prompts (public benchmark prompts that hold almost no
// personal data), for measuring what redaction does to what prompts are full of. All of dev.jsonl
// (the check set) and a seeded sample of train.jsonl (the set the person rules were tuned on).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/util/package-root.js';
import { mulberry32 } from './synthetic-events.js';

export type PromptSplit = 'dev' | 'train';

export interface PromptRow {
  /** Line index in the split's file, so an audited span can be found again. */
  index: number;
  text: string;
  label: string;
}

export function promptDataDir(): string {
  return join(packageRoot(), '..', 'shared', 'data', 'prompts');
}

export function loadPrompts(split: PromptSplit, dir = promptDataDir()): PromptRow[] {
  return readFileSync(join(dir, `${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      const r = JSON.parse(line) as { text: string; label: string };
      return { index, text: r.text, label: r.label };
    });
}

/** Seed of the train sample: fixed, so every run measures the same prompts. */
export const TRAIN_SAMPLE_SEED = 20250105;

/** `size` rows of train.jsonl drawn without replacement (seeded), in file order. */
export function trainSample(size: number, dir = promptDataDir()): PromptRow[] {
  const rows = loadPrompts('train', dir);
  const rand = mulberry32(TRAIN_SAMPLE_SEED);
  // A partial Fisher–Yates shuffle: the first `size` places hold the sample.
  const order = rows.map((_, i) => i);
  for (let i = 0; i < Math.min(size, order.length); i++) {
    const j = i + Math.floor(rand() * (order.length - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order
    .slice(0, size)
    .sort((a, b) => a - b)
    .map((i) => rows[i]!);
}
