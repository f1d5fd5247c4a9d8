// `npm start` is the first thing a new user runs: the embedded pipeline on the bundled examples.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/util/package-root.js';
import { spawnCli } from '../support/cli.js';

const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('npm start', () => {
  it('runs the bundled examples at rate 1', () => {
    expect(pkg.scripts.start).toMatch(/node dist\/src\/cli\.js run examples\/prompts\.ndjson --sample-rate 1\b/);
  });

  it('exits 0 and prints a per-week table with no rejected lines (real process, no Redis, no keys)', async () => {
    const { code, stdout, stderr } = await spawnCli(['run', 'examples/prompts.ndjson', '--sample-rate', '1'], { cwd: packagePath() });
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^prompt-census: \d{3,} events offered, \d{3,} sampled \(rate 1\), 0 rejected/);
    expect(stdout.match(/^Week of \d{4}-\d{2}-\d{2}: \d+ sampled events$/gm)?.length).toBeGreaterThanOrEqual(4);
    expect(stderr).toBe('');
  });
});
