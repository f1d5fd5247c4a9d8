// Cross-validation folds. Stratified: every label spread evenly over the folds. Grouped: whole
// sources (`source` tag plus label) kept in one fold, so a fold's score says how well the model
// does on a source it has never seen, which templated sources would otherwise hide.
import { seededRandom, shuffle } from './prng.js';

export function stratifiedFolds(targets: Int32Array, folds: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const fold = new Int32Array(targets.length);
  const byClass = new Map<number, number[]>();
  targets.forEach((t, r) => {
    const list = byClass.get(t) ?? [];
    list.push(r);
    byClass.set(t, list);
  });
  let next = 0;
  for (const t of [...byClass.keys()].sort((a, b) => a - b)) {
    for (const r of shuffle(byClass.get(t)!, random)) fold[r] = next++ % folds;
  }
  return fold;
}

export function groupedFolds(groups: readonly string[], targets: Int32Array, folds: number): Int32Array {
  const members = new Map<string, number[]>();
  groups.forEach((g, r) => {
    const key = `${targets[r]}\u0000${g}`;
    const list = members.get(key) ?? [];
    list.push(r);
    members.set(key, list);
  });
  // Largest groups first, each into the fold that holds the fewest rows of its label so far.
  const keys = [...members.keys()].sort((a, b) => members.get(b)!.length - members.get(a)!.length || (a < b ? -1 : 1));
  const load = new Map<number, number[]>();
  const fold = new Int32Array(targets.length);
  for (const key of keys) {
    const rows = members.get(key)!;
    const label = targets[rows[0]!]!;
    const perFold = load.get(label) ?? new Array<number>(folds).fill(0);
    let best = 0;
    for (let f = 1; f < folds; f++) if (perFold[f]! < perFold[best]!) best = f;
    perFold[best]! += rows.length;
    load.set(label, perFold);
    for (const r of rows) fold[r] = best;
  }
  return fold;
}
