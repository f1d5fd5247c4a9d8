// Deterministic synthetic events for benchmarks and tests (a seeded PRNG; no real data).
import type { PromptEvent } from '../schemas/event.js';
import { seededRandom } from '../src/util/seeded-random.js';

/** The seeded PRNG benchmarks and tests draw their data from. */
export const mulberry32 = seededRandom;

const SUBJECTS = [
  'Write a Python function that parses a CSV file and returns the rows as dictionaries.',
  'Translate this paragraph into German: the meeting moved to Thursday afternoon.',
  'You are Captain Mira, a starship pilot. Stay in character and greet the new crew member.',
  'Write a short poem about autumn rain on a tin roof.',
  'What are the early symptoms of dehydration and how much water should an adult drink?',
  'How should I split my savings between an index fund and a high-interest account?',
  'Review this rental contract clause about the security deposit and tell me if it is enforceable.',
  'Draft three taglines for a new oat-milk brand aimed at students.',
  'Explain how TCP congestion control works in simple terms.',
  'Why is the sky blue? Explain Rayleigh scattering.',
  'Help me plan a lesson on the causes of the First World War for 14-year-olds.',
  'Who painted the ceiling of the Sistine Chapel?',
];

export function syntheticEvent(i: number, random: () => number, extraText = ''): PromptEvent {
  const subject = SUBJECTS[Math.floor(random() * SUBJECTS.length)]!;
  const day = Math.floor(random() * 42);
  return {
    id: `evt-${i.toString().padStart(7, '0')}`,
    accountId: `acct-${Math.floor(random() * 500)}`,
    timestamp: Date.UTC(2026, 8, 28) + day * 86_400_000 + Math.floor(random() * 86_400_000),
    model: random() < 0.5 ? 'model-a' : 'model-b',
    messages: [
      { role: 'system', content: 'You are a helpful assistant.' },
      { role: 'user', content: `${subject} ${extraText}`.trim() },
    ],
    usage: { promptTokens: 20 + Math.floor(random() * 400), completionTokens: Math.floor(random() * 800) },
  };
}

export function syntheticNdjson(count: number, seed = 1): string {
  const lines: string[] = [];
  const random = mulberry32(seed);
  for (let i = 0; i < count; i++) lines.push(JSON.stringify(syntheticEvent(i, random)));
  return lines.join('\n') + '\n';
}
