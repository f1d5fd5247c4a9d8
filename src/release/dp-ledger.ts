// The DP budget ledger: one chained entry per release that drew noise, recording ε and δ spent on
// each bucket and the running total per bucket. Sequential composition: releasing a bucket twice
// with fresh noise spends its ε twice, so the ledger is what tells how much privacy is left.
import { appendChained, readChain } from './chained-log.js';
import type { DpPlan } from './dp-noise.js';

export const LEDGER_LABEL = 'dp ledger';

export interface LedgerBody extends Record<string, unknown> {
  mechanism: string;
  epsilon: number;
  delta: number;
  configDigest: string;
  buckets: string[];
  /** ε spent on each bucket so far, this release included (basic composition). */
  epsilonSpentByBucket: Record<string, number>;
  deltaSpentByBucket: Record<string, number>;
}

export function spentSoFar(path: string): { epsilon: Map<string, number>; delta: Map<string, number> } {
  const epsilon = new Map<string, number>();
  const delta = new Map<string, number>();
  for (const entry of readChain(path, LEDGER_LABEL)) {
    const e = entry as unknown as Partial<LedgerBody>;
    for (const b of e.buckets ?? []) {
      epsilon.set(b, (epsilon.get(b) ?? 0) + (e.epsilon ?? 0));
      delta.set(b, (delta.get(b) ?? 0) + (e.delta ?? 0));
    }
  }
  return { epsilon, delta };
}

export function appendLedger(path: string, plan: DpPlan, configDigest: string, buckets: readonly string[], now?: Date) {
  const before = spentSoFar(path);
  const body: LedgerBody = {
    mechanism: plan.mechanism,
    epsilon: plan.epsilon,
    delta: plan.delta,
    configDigest,
    buckets: [...buckets],
    epsilonSpentByBucket: Object.fromEntries(buckets.map((b) => [b, (before.epsilon.get(b) ?? 0) + plan.epsilon])),
    deltaSpentByBucket: Object.fromEntries(buckets.map((b) => [b, (before.delta.get(b) ?? 0) + plan.delta])),
  };
  return appendChained(path, LEDGER_LABEL, body, now);
}
