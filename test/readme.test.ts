import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { envTableMarkdown } from '../schemas/config-table.js';
import { packagePath } from '../src/util/package-root.js';

const readme = readFileSync(packagePath('README.md'), 'utf8');
const ci = readFileSync(packagePath('.ci', 'run'), 'utf8');

describe('README', () => {
  it('opens with the two commands', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toMatch(/^npm ci && npm start\b/m);
    expect(firstBlock).toMatch(/^npm test\b/m);
    expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('\n## '));
  });

  it('lists every environment variable exactly as the config schema defines it', () => {
    const table = /<!-- env-table:start -->\n([\s\S]*?)\n<!-- env-table:end -->/.exec(readme)?.[1];
    expect(table, 'run `npm run env-table` and paste the output between the markers').toBe(envTableMarkdown());
  });

  it('.ci/run runs the README test command', () => {
    const lines = ci.split('\n').map((l) => l.trim());
    expect(lines).toContain('npm test');
  });
});
