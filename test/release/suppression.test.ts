import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../src/classify/taxonomy.js';
import { releaseRows } from '../../src/release/build-rows.js';
import { decideGroup } from '../../src/release/suppression.js';
import { cell, WEEK2 } from '../support/snapshots.js';

const taxonomy = loadTaxonomy();
const t = { minAccounts: 5, minEvents: 10 };
const release = (cells: ReturnType<typeof cell>[], over: Partial<typeof t> = {}) =>
  releaseRows({ cells, pii: [], unclassifiedReasons: [] }, { sampleRate: 0.0025, bucket: 'week', taxonomy, ...t, ...over });

describe('release rule with complementary suppression', () => {
  it('never releases a cell with 4 accounts under MIN_ACCOUNTS=5, and never folds it alone', () => {
    const { rows } = release([cell('programming', 40, 30), cell('translation', 20, 12), cell('health', 12, 6), cell('legal', 11, 4)]);
    expect(rows.map((r) => r.category)).toEqual(['programming', 'translation', 'suppressed']);
    // The smallest released cell (health) was folded in too, so the fold is not legal's count.
    expect(rows.at(-1)).toMatchObject({ sampledEvents: 23, distinctAccountsEst: 6, suppressed: true });
  });

  it('counts the fold\'s accounts as its largest cell\'s (a floor), absorbing cells until it passes', () => {
    const decision = decideGroup([cell('a', 100, 50), cell('b', 30, 20), cell('c', 9, 4), cell('d', 8, 4)], t);
    // c + d: 17 events but at most 4 accounts proven; folding b in makes it pass.
    expect(decision.folded.map((c) => c.category).sort()).toEqual(['b', 'c', 'd']);
    expect(decision.released.map((c) => c.category)).toEqual(['a']);
  });

  it('withholds a group whose total fails the thresholds', () => {
    const result = release([cell('programming', 3, 2), cell('legal', 2, 2, { bucketStart: WEEK2 }), cell('health', 20, 9, { bucketStart: WEEK2 }), cell('finance', 15, 7, { bucketStart: WEEK2 })]);
    expect(result.withheldGroups).toBe(1);
    expect(result.rows.every((r) => r.bucketStart === WEEK2)).toBe(true);
    expect(result.bucketStarts).toHaveLength(2);
  });

  it('applies the rule to other and unclassified too: a small status cell is a cell', () => {
    const { rows } = release([cell('programming', 40, 30), cell('translation', 20, 12), cell('science', 15, 8), cell('unclassified', 3, 3)]);
    expect(rows.map((r) => r.category)).not.toContain('unclassified');
    expect(rows.at(-1)!.category).toBe('suppressed');
  });

  it('events without an accountId prove no accounts: a cell of 50 anonymous events is folded', () => {
    const { rows } = release([cell('programming', 40, 30), cell('translation', 50, 0), cell('science', 30, 9), cell('finance', 20, 8)]);
    expect(rows.map((r) => r.category)).not.toContain('translation');
    expect(release([cell('translation', 50, 0)], { minAccounts: 0 }).rows.map((r) => r.category)).toEqual(['translation']);
  });
});
