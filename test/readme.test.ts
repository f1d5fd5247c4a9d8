import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configEnvNames } from '../schemas/config.js';
import { envTableMarkdown } from '../schemas/config-table.js';
import { commands } from '../src/cli/main.js';
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

describe('README stays true to the code', () => {
  const blockOf = (lang: string) => new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme)?.[1] ?? '';

  it('names only environment variables the config schema defines (or the LiteLLM proxy-side header variable)', () => {
    const named = new Set(readme.match(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g) ?? []);
    // Not variables: the proxy-side header variable, the tests' database URL, transcript labels, entity types.
    const outside = ['PROMPT_CENSUS_AUTHORIZATION', 'PG_URL', 'TOOL_CALL', 'TOOL_RESULT', 'STREET_ADDRESS'];
    const placeholder = /_\d+$/; // [EMAIL_1]
    expect([...named].filter((name) => !configEnvNames.includes(name) && !outside.includes(name) && !placeholder.test(name))).toEqual([]);
  });

  it('runs one sidecar and two workers in three commands against a local Redis', () => {
    const section = readme.slice(readme.indexOf('## Distributed mode'));
    const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const run = block.split('\n').filter((l) => l.trim() && !l.startsWith('export ') && !l.startsWith('#'));
    expect(run).toHaveLength(3);
    expect(run[0]).toMatch(/^redis-server .*--maxmemory-policy noeviction/);
    expect(run[1]).toMatch(/prompt-census sidecar/);
    expect(run[2]!.match(/prompt-census worker/g)).toHaveLength(2);
  });

  it('shows the Python and Go sampling snippets as the checked example files have them', () => {
    expect(readFileSync(packagePath('examples', 'sampling', 'sampling.py'), 'utf8')).toContain(blockOf('python'));
    expect(readFileSync(packagePath('examples', 'sampling', 'sampling.go'), 'utf8')).toContain(blockOf('go'));
    expect(blockOf('python').length).toBeGreaterThan(200);
  });

  it('mentions every CLI command', () => {
    for (const command of commands) expect(readme, command.name).toMatch(new RegExp('`' + command.name + '\\b'));
  });

  it('links only to files that exist', () => {
    for (const [, target] of readme.matchAll(/\]\(((?:docs|examples|infra)\/[^)#]+)\)/g)) expect(existsSync(packagePath(target!)), target).toBe(true);
  });
});
