// The release rule for one bucket/dimension/slice group (DESIGN §9), including complementary
// disclosure. A cell is released when it has ≥ minAccounts distinct accounts and ≥ minEvents sampled
// events; the others are folded into one `suppressed` row. The fold is itself a number a reader sees,
// so it must not single anything out either:
//   - it must hold at least two non-empty cells (one folded cell would be that cell, and the category
//     set is public, so its category could often be read off), and
//   - it must pass the thresholds itself, counting its accounts conservatively as its largest cell's
//     (per-cell distinct counts can't be unioned, and summing them would overstate).
// While it fails, the smallest released cell is folded in too. If even the whole group can't form a
// passing fold, the group is withheld: no row at all, counted in the export summary.

export interface ThresholdCell {
  category: string;
  sampledEvents: number;
  distinctAccountsEst: number;
}

export interface Thresholds {
  minAccounts: number;
  minEvents: number;
}

export interface GroupDecision<C extends ThresholdCell> {
  released: C[];
  folded: C[];
  /** True when nothing of the group may be released. */
  withheld: boolean;
}

export const passesThresholds = (c: ThresholdCell, t: Thresholds): boolean =>
  c.distinctAccountsEst >= t.minAccounts && c.sampledEvents >= t.minEvents;

function foldPasses(folded: readonly ThresholdCell[], t: Thresholds): boolean {
  const nonEmpty = folded.filter((c) => c.sampledEvents > 0);
  if (nonEmpty.length < 2) return false;
  const events = nonEmpty.reduce((s, c) => s + c.sampledEvents, 0);
  const accountsFloor = Math.max(...nonEmpty.map((c) => c.distinctAccountsEst));
  return accountsFloor >= t.minAccounts && events >= t.minEvents;
}

export function decideGroup<C extends ThresholdCell>(cells: readonly C[], t: Thresholds): GroupDecision<C> {
  const bySize = (a: C, b: C) => a.sampledEvents - b.sampledEvents || compareIds(a.category, b.category);
  const released = cells.filter((c) => passesThresholds(c, t)).sort(bySize);
  const folded = cells.filter((c) => !passesThresholds(c, t));
  if (folded.every((c) => c.sampledEvents === 0)) return { released, folded, withheld: false };
  while (!foldPasses(folded, t)) {
    const next = released.shift();
    if (next === undefined) return { released: [], folded: [], withheld: true };
    folded.push(next);
  }
  return { released, folded, withheld: false };
}

/** Code-unit order, as PostgreSQL's "C" collation sorts: locale order would differ between machines. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
