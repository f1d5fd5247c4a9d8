// The HTML report renders in headless Chromium: charts and table present, suppression marked, the
// token view switches, no console errors, no request leaves the page. Saves a screenshot to
// test-artifacts/ (docs/report-screenshot.png is a copy of one).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { packagePath } from '../../../src/util/package-root.js';
import type { AggregateCell } from '../../../src/aggregate/record.js';
import { writeSnapshotFile } from '../../../src/aggregate/snapshot-store.js';
import { runCli } from '../../support/cli.js';
import { launchChromium } from '../../support/chromium.js';
import { mulberry32 } from '../../support/events.js';
import { tempDir } from '../../support/snapshots.js';

let browser: BrowserContext;
const dir = tempDir('pc-html-');
const page = join(dir, 'report.html');
let html = '';

/**
 * Eight weeks of a 400k-events-a-week population sampled at the default 0.25%, with drifting shares
 * and a few small categories that fall below the thresholds some weeks.
 */
function realisticCells(): AggregateCell[] {
  const random = mulberry32(42);
  const base: Record<string, number> = { programming: 150_000, roleplay: 90_000, creative_writing: 40_000, translation: 30_000, general_qa: 26_000, education: 18_000, science: 12_000, technology: 10_000, health: 6_000, finance: 4_000, legal: 1_800, other: 30_000 };
  const cells: AggregateCell[] = [];
  for (let w = 0; w < 8; w++) {
    const bucketStart = new Date(Date.UTC(2026, 8, 28) + w * 7 * 86_400_000).toISOString();
    for (const [category, n] of Object.entries(base)) {
      const drift = category === 'programming' ? 1 + 0.06 * w : category === 'roleplay' ? 1 - 0.04 * w : 1;
      let sampled = 0;
      for (let i = 0; i < Math.round(n * drift); i++) if (random() < 0.0025) sampled++;
      if (sampled === 0) continue;
      cells.push({ bucketStart, dimension: 'topic', category, model: '', app: '', sampledEvents: sampled, promptTokens: sampled * (category === 'programming' ? 1900 : 700), completionTokens: sampled * 400, chars: 0, distinctAccountsEst: Math.max(1, Math.round(sampled * 0.7)) });
    }
  }
  return cells;
}

beforeAll(async () => {
  const snapshot = join(dir, 'snapshot.json');
  writeSnapshotFile(snapshot, { cells: realisticCells(), pii: [], unclassifiedReasons: [] }, { sampleRate: 0.0025, bucket: 'week' });
  const result = await runCli(['report', '--store', snapshot, '--format', 'html', '--out', page, '--audit-log', join(dir, 'audit.jsonl')], { env: { MIN_ACCOUNTS: '5', MIN_EVENTS: '10' } });
  expect(result.code, result.stderr).toBe(0);
  html = readFileSync(page, 'utf8');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('report --format html', () => {
  it('is one self-contained file: no script, no external URL', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(https?:/i);
  });

  it('renders in headless Chromium with the chart, intervals, suppression and config, and no console errors', async () => {
    const tab = await browser.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    tab.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    tab.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    tab.on('request', (r) => requests.push(r.url()));
    await tab.goto(pathToFileURL(page).href);

    const bars = await tab.locator('svg.view-request rect.seg').count();
    expect(bars).toBeGreaterThan(10);
    expect(await tab.locator('svg.view-request').first().isVisible()).toBe(true);
    expect(await tab.locator('svg.view-token').first().isVisible()).toBe(false);
    const box = await tab.locator('svg.view-request rect.seg').first().boundingBox();
    expect(box!.height).toBeGreaterThan(0);
    // Eight weekly buckets: eight labelled bars.
    expect(await tab.locator('svg.view-request text.axis', { hasText: /^2026-/ }).count()).toBe(8);
    expect(await tab.locator('rect.suppressed-mark').count()).toBeGreaterThan(0);
    expect(await tab.locator('td.suppressed').count()).toBeGreaterThan(0);
    expect(await tab.locator('svg.ci').count()).toBeGreaterThan(0);
    const config = await tab.locator('dl.config').innerText();
    expect(config).toMatch(/sample rate\s+0\.0025/);
    expect(config).toMatch(/≥ 5 distinct accounts and ≥ 10 sampled events/);
    expect(config).toMatch(/differential privacy\s+off/);

    await tab.locator('label[for="view-token"]').click();
    expect(await tab.locator('svg.view-token').first().isVisible()).toBe(true);
    expect(await tab.locator('svg.view-request').first().isVisible()).toBe(false);
    await tab.locator('label[for="view-request"]').click();

    mkdirSync(packagePath('test-artifacts'), { recursive: true });
    await tab.screenshot({ path: packagePath('test-artifacts', 'report-screenshot.png'), fullPage: false });
    expect(problems).toEqual([]);
    expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
    await tab.close();
  });
});
