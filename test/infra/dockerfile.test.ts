// infra/Dockerfile can't be built on these machines (no Docker daemon), so it is linted here: syntax by
// dockerfile-utils, and the rules that matter for this image by hand (multi-stage, pinned base, non-root,
// tini, production dependencies only, no secrets), plus: its npm commands are the ones .ci/run runs, and
// everything package.json ships is copied in.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { configFields } from '../../schemas/config.js';
import { packagePath } from '../../src/util/package-root.js';
import { commandNames, secretEnvNames } from '../support/infra.js';

const text = readFileSync(packagePath('infra', 'Dockerfile'), 'utf8');
const dockerfile = DockerfileParser.parse(text);
const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as {
  bin: Record<string, string>;
  files: string[];
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  engines: { node: string };
};

/** Instructions per stage, keyed by the stage's name. */
const stages = new Map<string, Instruction[]>();
{
  let current: Instruction[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() === 'FROM') {
      current = [];
      stages.set(instruction.getArguments()[2]?.getValue() ?? `stage${stages.size}`, current);
    }
    current.push(instruction);
  }
}
const runtime = [...stages.values()].at(-1)!;
const build = stages.get('build') ?? [];
const keyword = (stage: Instruction[], k: string) => stage.filter((i) => i.getKeyword() === k);
const words = (i: Instruction) => i.getArguments().map((a) => a.getValue());
/** Shell commands of a stage's RUN instructions, split at `&&`. */
const shellCommands = (stage: Instruction[]) =>
  keyword(stage, 'RUN').flatMap((i) => i.getArgumentsContent()!.split('&&').map((c) => c.trim().split(/\s+/)));
const npmCommands = (stage: Instruction[]) => shellCommands(stage).filter((c) => c[0] === 'npm');
const execForm = (i: Instruction) => JSON.parse(i.getArgumentsContent()!) as string[];

describe('infra/Dockerfile lint', () => {
  it('passes dockerfile-utils validation (which does flag a broken Dockerfile)', () => {
    expect(validate(text).map((d) => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
    expect(validate('FROM node\nEXPOSE http\nUSER\n').length).toBeGreaterThan(0);
  });

  it('is multi-stage, each stage on the same fully pinned Node image of the engines major', () => {
    const froms = dockerfile.getFROMs();
    expect(froms.length).toBeGreaterThanOrEqual(2);
    const major = /(\d+)/.exec(pkg.engines.node)![1];
    for (const from of froms) {
      expect(from.getImageName()).toBe('node');
      // A full version (not `latest`, not a bare major): rebuilds get the same Node.
      expect(from.getImageTag()).toMatch(new RegExp(`^${major}\\.\\d+\\.\\d+-bookworm-slim$`));
    }
    expect(new Set(froms.map((f) => f.getImageTag())).size).toBe(1);
  });

  it('runs as a numeric non-root user, under tini, with the CLI as entrypoint and a CLI command as default', () => {
    const users = keyword(runtime, 'USER').map((i) => words(i)[0]!);
    expect(users.at(-1)).toMatch(/^[1-9]\d*:[1-9]\d*$/);
    const install = shellCommands(runtime).find((c) => c[0] === 'apt-get' && c[1] === 'install')!;
    expect(install).toContain('--no-install-recommends');
    expect(install.some((w) => /^tini=\S+$/.test(w))).toBe(true);

    const entrypoint = execForm(keyword(runtime, 'ENTRYPOINT').at(-1)!);
    expect(entrypoint.slice(0, 3)).toEqual(['tini', '--', 'node']);
    expect(entrypoint[3]).toBe(`/app/${pkg.bin['prompt-census']}`);
    const cmd = execForm(keyword(runtime, 'CMD').at(-1)!);
    expect(commandNames).toContain(cmd[0]);
  });

  it('installs production dependencies only, without scripts, from the lockfile', () => {
    const npm = npmCommands(runtime);
    expect(npm.filter((c) => c[1] === 'install' || c[1] === 'i')).toEqual([]);
    const ci = npm.filter((c) => c[1] === 'ci');
    expect(ci).toHaveLength(1);
    expect(ci[0]).toEqual(expect.arrayContaining(['--omit=dev', '--ignore-scripts']));
  });

  it('runs the npm commands .ci/run exercises (npm ci, and npm run build through npm test)', () => {
    const ciScript = readFileSync(packagePath('.ci', 'run'), 'utf8');
    const ciNpm = ciScript.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('npm ')).map((l) => l.split(/\s+/));
    const ciInstall = ciNpm.find((c) => c[1] === 'ci')!;
    expect(ciNpm.map((c) => c.slice(0, 2).join(' '))).toEqual(['npm ci', 'npm test']);

    const buildNpm = npmCommands(build);
    // The same `npm ci` flags; `--ignore-scripts` only defers `prepare` (tsc -p tsconfig.build.json) to
    // the explicit build step, which is the same compiler run as the `build` script.
    const install = buildNpm.find((c) => c[1] === 'ci')!;
    expect(install.filter((w) => w !== '--ignore-scripts')).toEqual(ciInstall);
    expect(pkg.scripts.prepare).toBe(pkg.scripts.build);
    const runs = buildNpm.filter((c) => c[1] === 'run');
    expect(runs.map((c) => c.join(' '))).toEqual(['npm run build']);
    // `npm test`, which .ci/run runs, starts with that build.
    expect(pkg.scripts.test).toMatch(/^npm run -s build && /);
    // Every script the image runs exists.
    for (const c of [...runs, ...npmCommands(runtime).filter((c) => c[1] === 'run')]) expect(pkg.scripts).toHaveProperty(c[2]!);
  });

  it('sets no secret in ENV, ARG or LABEL, and copies no env file', () => {
    const names = [...keyword(runtime, 'ENV'), ...keyword(build, 'ENV'), ...dockerfile.getInstructions().filter((i) => ['ARG', 'LABEL'].includes(i.getKeyword()))]
      .flatMap(words)
      .map((w) => w.split('=')[0]!);
    expect(names.filter((n) => secretEnvNames.has(n) || /KEY|TOKEN|PASSWORD|SECRET/i.test(n))).toEqual([]);
    const sources = dockerfile.getCOPYs().flatMap((c) => words(c).slice(0, -1));
    expect(sources.filter((s) => /(^|\/)(\.env|secrets?\.env)/.test(s))).toEqual([]);
    expect(Object.values(configFields).filter((f) => f.secret)).not.toHaveLength(0);
  });

  it('copies into the runtime stage everything package.json ships that exists', () => {
    const copies = dockerfile
      .getCOPYs()
      .filter((c) => runtime.includes(c))
      .map((c) => ({ fromBuild: c.getFromFlag()?.getValue() === 'build', sources: words(c).slice(0, -1) }));
    const copied = copies.flatMap((c) => c.sources.map((s) => (c.fromBuild ? s.replace(/^\/app\//, '') : s)));
    const shipped = pkg.files.filter((f) => existsSync(packagePath(f.replace(/\/\*.*$/, ''))) || f.startsWith('dist/'));
    expect(shipped.filter((f) => !copied.includes(f))).toEqual([]);
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'package-lock.json']));
    // Every source copied from the build context exists in the repository.
    for (const c of copies.filter((c) => !c.fromBuild)) {
      for (const s of c.sources) expect(existsSync(packagePath(s.replace(/\/\*.*$/, ''))), s).toBe(true);
    }
  });

  it('keeps the build context to what the Dockerfile copies (Dockerfile.dockerignore)', () => {
    const ignore = readFileSync(packagePath('infra', 'Dockerfile.dockerignore'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(ignore[0]).toBe('*');
    const allowed = ignore.filter((l) => l.startsWith('!')).map((l) => l.slice(1));
    const contextSources = dockerfile
      .getCOPYs()
      .filter((c) => c.getFromFlag() === null)
      .flatMap((c) => words(c).slice(0, -1))
      .map((s) => s.replace(/\/\*.*$/, ''));
    expect(contextSources.filter((s) => !allowed.some((a) => s === a || s.startsWith(`${a}/`)))).toEqual([]);
  });

  it('exposes the default PORT and METRICS_PORT', () => {
    const exposed = keyword(runtime, 'EXPOSE').flatMap(words).map(Number);
    const defaults = configFields.port.schema.parse(undefined) as number;
    const metrics = configFields.metricsPort.schema.parse(undefined) as number;
    expect(exposed.sort()).toEqual([defaults, metrics].sort());
  });

  it('needs only production dependencies at run time: every package src/ and workers/ import is in dependencies', () => {
    const imported = new Set<string>();
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));
    for (const file of [...walk(packagePath('src')), ...walk(packagePath('workers')), ...walk(packagePath('schemas'))]) {
      const source = readFileSync(file, 'utf8');
      // Value imports only: `import type` is erased by tsc.
      for (const m of source.matchAll(/^import (?!type )[^;]*?from '([^'.][^']*)'|import\('([^'.][^']*)'\)\.then/gm)) {
        const spec = m[1] ?? m[2]!;
        if (spec.startsWith('node:')) continue;
        imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
    expect(imported.size).toBeGreaterThan(5);
    expect([...imported].filter((p) => !(p in pkg.dependencies))).toEqual([]);
  });
});
