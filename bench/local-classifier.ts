// Benchmark of the offline classifier: model load time, and prompts per second on 2 KB prompts on
// one core (one thread, timed in CPU seconds), against a baseline measured in the same run (JSON.parse
// of the same prompts as NDJSON lines, the least any consumer of them pays).
// Run: node dist/bench/local-classifier.js
import { readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import { classifyWithModel } from '../src/classify/local/index.js';
import { DEFAULT_MODEL_PATH } from '../src/classify/local/load-model.js';
import { decodeModel } from '../src/classify/local/model-file.js';
import { LocalModel } from '../src/classify/local/model.js';

export interface LocalClassifierBench {
  machine: string;
  modelBytes: number;
  /** Read + decode + build the extractor, the first time in this process (what start-up pays). */
  loadMs: number;
  prompts: number;
  promptChars: number;
  promptsPerSecond: number;
  baselinePromptsPerSecond: number;
  /** Classification time per prompt / JSON.parse time per prompt. */
  ratioToBaseline: number;
}

// Mixed material so the prompts exercise every tokenizer path: prose, code, markup, non-Latin scripts.
const PIECES = [
  'Can you explain how compound interest works and how it affects my retirement savings over thirty years?',
  'function debounce(fn, ms) {\n  let t;\n  return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };\n}',
  'The patient reports intermittent chest pain radiating to the left arm, worse on exertion.',
  'Übersetze bitte den folgenden Absatz ins Englische und behalte den formellen Ton bei.',
  '请把这段话翻译成英文，并保持原来的语气。',
  'SELECT customer_id, SUM(amount) FROM orders WHERE created_at > NOW() - INTERVAL 30 DAY GROUP BY 1;',
  'Write a short poem about the sea at night, in the style of an old sailor song.',
  'The tenant shall not sublet the premises without the prior written consent of the landlord.',
  'Our new running shoe launches next month: write three taglines for Instagram and a landing-page headline.',
  'Quelle est la différence entre la mitose et la méiose ? Réponds en trois phrases.',
  'USER: I am [PERSON_1], reach me at [EMAIL_1].',
];

function makePrompts(count: number, chars: number): string[] {
  const prompts: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let j = i; text.length < chars; j = (j * 7 + 3) % PIECES.length) text += PIECES[j]! + (j % 2 === 0 ? '\n' : ' ');
    prompts.push(text.slice(0, chars));
  }
  return prompts;
}

function secondsOf(run: () => void): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/**
 * CPU seconds (user + system) the process spends on `run`: unlike wall time, it does not count the
 * time the core spends on other processes, so the figure holds on a shared machine too.
 */
function cpuSecondsOf(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

export function runLocalClassifierBench(options: { prompts?: number; promptChars?: number; modelPath?: string } = {}): LocalClassifierBench {
  const modelPath = options.modelPath ?? DEFAULT_MODEL_PATH;
  const count = options.prompts ?? 5_000;
  const promptChars = options.promptChars ?? 2_048;

  let model: LocalModel | undefined;
  const loadMs = secondsOf(() => (model = new LocalModel(decodeModel(readFileSync(modelPath))))) * 1000;
  const prompts = makePrompts(count, promptChars);
  const lines = prompts.map((text) => JSON.stringify({ text }));

  // Warm-up, then the best of three timed passes for each side.
  let sink = 0;
  const classifyAll = () => {
    for (const text of prompts) sink += classifyWithModel(model!, text).results.topic!.confidence;
  };
  const parseAll = () => {
    for (const line of lines) sink += (JSON.parse(line) as { text: string }).text.length;
  };
  classifyAll();
  parseAll();
  let classifySeconds = Infinity;
  let parseSeconds = Infinity;
  for (let i = 0; i < 3; i++) {
    classifySeconds = Math.min(classifySeconds, cpuSecondsOf(classifyAll));
    parseSeconds = Math.min(parseSeconds, cpuSecondsOf(parseAll));
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the work from being optimised away');

  return {
    machine: `${cpus()[0]?.model ?? 'unknown cpu'}, node ${process.version}`,
    modelBytes: statSync(modelPath).size,
    loadMs: Number(loadMs.toFixed(1)),
    prompts: count,
    promptChars,
    promptsPerSecond: Math.round(count / classifySeconds),
    baselinePromptsPerSecond: Math.round(count / parseSeconds),
    ratioToBaseline: Number((classifySeconds / parseSeconds).toFixed(1)),
  };
}

export function formatLocalClassifierBench(r: LocalClassifierBench): string {
  return [
    `local classifier — ${r.machine}`,
    `  model ${(r.modelBytes / 1e6).toFixed(2)} MB, load ${r.loadMs} ms`,
    `  ${r.prompts} prompts of ${r.promptChars} chars, one core: ${r.promptsPerSecond} prompts/s`,
    `  baseline JSON.parse of the same prompts: ${r.baselinePromptsPerSecond} prompts/s; classification costs ${r.ratioToBaseline}× a parse`,
  ].join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatLocalClassifierBench(runLocalClassifierBench()));
}
