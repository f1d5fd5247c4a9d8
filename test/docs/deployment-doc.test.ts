// docs/deployment.md against what it describes: variables, files, compose services, Kubernetes objects
// and CLI commands it names exist, so the walk-throughs can't drift from infra/.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configEnvNames } from '../../schemas/config.js';
import { packagePath } from '../../src/util/package-root.js';
import { commandNames, k8sObjects, readYaml } from '../support/infra.js';

const doc = readFileSync(packagePath('docs', 'deployment.md'), 'utf8');
const shellBlocks = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('docs/deployment.md', () => {
  it('names only environment variables the config schema defines', () => {
    const named = new Set(doc.match(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g) ?? []);
    expect([...named].filter((name) => !configEnvNames.includes(name))).toEqual([]);
  });

  it('names only files that exist (and the secrets file make-secrets.sh writes)', () => {
    const paths = new Set(doc.match(/\b(?:infra|examples|test|docs)\/[\w./-]+\w/g) ?? []);
    paths.delete('infra/secrets.env');
    expect(paths.size).toBeGreaterThan(10);
    expect([...paths].filter((p) => !existsSync(packagePath(p)))).toEqual([]);
  });

  it('walks compose from zero to a report with services compose.yaml defines', () => {
    const services = Object.keys((readYaml(packagePath('infra', 'compose.yaml')) as { services: object }).services);
    const compose = shellBlocks[1]!.split('\n').filter((l) => l.startsWith('docker compose'));
    expect(compose[0]).toMatch(/ up -d --build/);
    expect(compose.at(-1)).toMatch(/ run --rm report$/);
    for (const line of compose) {
      const service = /\b(?:logs|exec|run --rm(?: -T)?) (\S+)/.exec(line)?.[1];
      if (service) expect(services, line).toContain(service);
    }
    expect(shellBlocks[1]).toMatch(/^sh infra\/make-secrets\.sh/);
  });

  it('walks Kubernetes from zero to a report with objects the manifests define', () => {
    const block = shellBlocks.find((b) => b.includes('kubectl apply -k'))!;
    const objects = k8sObjects();
    const has = (kind: string, name: string) => objects.some((o) => o.kind.toLowerCase() === kind && o.metadata?.name === name);
    for (const [, kind, name] of block.matchAll(/\b(deployment|statefulset|cronjob)\/([\w-]+)/g)) expect(has(kind!, name!), `${kind}/${name}`).toBe(true);
    expect(block).toMatch(/create secret generic prompt-census-secrets --from-env-file=/);
    expect(block).toMatch(/^kubectl apply -k infra\/k8s\/overlays\/demo .*# production settings: kubectl apply -k infra\/k8s\/base$/m);
    expect(block.trimEnd().split('\n').at(-1)).toMatch(/^kubectl -n prompt-census logs job\/report-now/);
    const cron = objects.find((o) => o.kind === 'CronJob')!;
    expect(commandNames).toContain(cron.spec.jobTemplate.spec.template.spec.containers[0].args[0]);
  });
});
