import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configEnvNames } from '../../schemas/config.js';
import { commands } from '../../src/cli/main.js';
import { packagePath } from '../../src/util/package-root.js';

const doc = readFileSync(packagePath('docs', 'distributed.md'), 'utf8');

describe('docs/distributed.md', () => {
  it('names only environment variables the config schema defines', () => {
    const named = new Set(doc.match(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g) ?? []);
    expect([...named].filter((name) => !configEnvNames.includes(name))).toEqual([]);
  });

  it('runs one sidecar and two workers in three commands against a local Redis', () => {
    const block = /```sh\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const commandsRun = block.split('\n').filter((l) => l.trim() && !l.startsWith('export ') && !l.startsWith('#'));
    expect(commandsRun).toHaveLength(3);
    expect(commandsRun[0]).toMatch(/^redis-server .*--maxmemory-policy noeviction/);
    expect(commandsRun[1]).toMatch(/prompt-census sidecar/);
    expect(commandsRun[2]!.match(/prompt-census worker/g)).toHaveLength(2);
    for (const name of ['sidecar', 'worker']) expect(commands.map((c) => c.name)).toContain(name);
  });
});
