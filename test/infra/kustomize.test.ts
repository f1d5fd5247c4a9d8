// infra/k8s built the way `kubectl apply -k` builds it: `kubectl kustomize` on the base and on every overlay
// under infra/k8s/overlays/. Parsing the YAML (k8s.test.ts) can't see what only kustomize checks, such as an
// overlay inside its own base (kustomize v5: "cycle detected"), a field one kustomize version rejects, or a
// patch that doesn't land. Builds must succeed with kustomize v2.0.3 (kubectl 1.20, Debian's
// kubernetes-client, which .ci/run installs) through v5 (kubectl 1.27+). KUBECTL=/path/to/kubectl picks
// another kubectl, to check one version against the other.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/util/package-root.js';
import { k8sObjects, type K8sObject } from '../support/infra.js';

const KUBECTL = process.env.KUBECTL || 'kubectl';
const INSTALL_HINT =
  `kubectl is needed to build infra/k8s with kustomize, and ${JSON.stringify(KUBECTL)} could not be run. Install it: ` +
  'on Debian/Ubuntu `sudo apt-get install kubernetes-client` (.ci/run does this when kubectl is missing), ' +
  'or see https://kubernetes.io/docs/tasks/tools/; or set KUBECTL to its path.';

const K8S_DIR = packagePath('infra', 'k8s');
const BASE_DIR = join(K8S_DIR, 'base');
const OVERLAYS_DIR = join(K8S_DIR, 'overlays');
const overlayNames = readdirSync(OVERLAYS_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(OVERLAYS_DIR, e.name, 'kustomization.yaml')))
  .map((e) => e.name)
  .sort();

/** kubectl's client version, or the error that says it isn't there. */
function kubectlVersion(): { version?: string; error?: string } {
  const run = spawnSync(KUBECTL, ['version', '--client'], { encoding: 'utf8' });
  if (run.error) return { error: `${INSTALL_HINT} (${run.error.message})` };
  if (run.status !== 0) return { error: `${INSTALL_HINT} (exit ${run.status}: ${run.stderr.trim()})` };
  return { version: run.stdout.trim() };
}
const kubectl = kubectlVersion();

// kustomize v5 warns about the fields the overlays keep for v2.0.3 (see overlays/demo/kustomization.yaml);
// anything else on stderr is a problem.
const KNOWN_WARNING = /^# Warning: '(?:bases|patchesStrategicMerge)' is deprecated\. /;

interface Built {
  objects: K8sObject[];
  warnings: string[];
}

function kustomize(dir: string): Built {
  if (kubectl.error) throw new Error(kubectl.error);
  const run = spawnSync(KUBECTL, ['kustomize', dir], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const where = relative(packagePath(), dir);
  if (run.error || run.status !== 0) throw new Error(`kubectl kustomize ${where} failed (${run.error?.message ?? `exit ${run.status}`}): ${run.stderr}`);
  const objects = parseAllDocuments(run.stdout).map((doc) => {
    if (doc.errors.length > 0) throw new Error(`kubectl kustomize ${where}: ${doc.errors[0]!.message}`);
    return { ...(doc.toJS() as Omit<K8sObject, 'file'>), file: where };
  });
  return { objects, warnings: run.stderr.split('\n').filter((l) => l.trim() !== '') };
}

const key = (o: K8sObject) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
const keys = (objects: K8sObject[]) => objects.map(key).sort();
const withoutFile = ({ file: _file, ...rest }: K8sObject) => rest;
const byKey = (objects: K8sObject[]) => new Map(objects.map((o) => [key(o), withoutFile(o)]));

// The sources, read as plain YAML: what the base's kustomization lists, and the demo's patch.
const sources = k8sObjects();
const baseKustomization = sources.find((o) => o.file === 'base/kustomization.yaml') as unknown as { namespace: string; resources: string[] };
const demoPatch = sources.find((o) => o.file === 'overlays/demo/config-demo.yaml')!;
const CLUSTER_SCOPED = new Set(['Namespace']);

/** The base's objects as kustomize should emit them: each listed file's objects, in the kustomization's namespace. */
function expectedBase(): Omit<K8sObject, 'file'>[] {
  return sources
    .filter((o) => baseKustomization.resources.map((r) => `base/${r}`).includes(o.file))
    .map((o) => {
      const obj = withoutFile(o);
      return CLUSTER_SCOPED.has(o.kind) ? obj : { ...obj, metadata: { ...obj.metadata, namespace: baseKustomization.namespace } };
    });
}

describe('infra/k8s built with kubectl kustomize', () => {
  it('has kubectl to build with', () => {
    expect(kubectl.error, kubectl.error).toBeUndefined();
    expect(kubectl.version).toMatch(/Client Version/);
  });

  it('builds the base to exactly the objects of the files it lists, in its namespace', () => {
    const built = kustomize(BASE_DIR);
    expect(built.warnings).toEqual([]);
    expect(built.objects.length).toBeGreaterThan(10);
    expect(keys(built.objects)).toEqual(keys(expectedBase() as K8sObject[]));
    const expected = byKey(expectedBase() as K8sObject[]);
    for (const [k, obj] of byKey(built.objects)) expect(obj, k).toEqual(expected.get(k));
    expect(built.objects.filter((o) => !CLUSTER_SCOPED.has(o.kind) && o.metadata.namespace !== 'prompt-census').map(key)).toEqual([]);
    expect(keys(built.objects)).not.toContain('Secret/prompt-census/prompt-census-secrets'); // created by hand, never applied
  });

  it('has overlays beside the base, not inside it', () => {
    expect(overlayNames).toContain('demo');
    expect(existsSync(join(BASE_DIR, 'overlays'))).toBe(false);
    expect(readdirSync(K8S_DIR).sort()).toEqual(['base', 'overlays']);
  });

  it.each(overlayNames)('builds overlay %s to the same objects as the base', (name) => {
    const built = kustomize(join(OVERLAYS_DIR, name));
    expect(built.warnings.filter((w) => !KNOWN_WARNING.test(w))).toEqual([]);
    expect(keys(built.objects)).toEqual(keys(kustomize(BASE_DIR).objects));
  });

  it('builds the demo overlay with every event sampled and thresholds 2 and 2, the rest as in the base', () => {
    const base = byKey(kustomize(BASE_DIR).objects);
    const demo = byKey(kustomize(join(OVERLAYS_DIR, 'demo')).objects);
    const configKey = 'ConfigMap/prompt-census/prompt-census-config';
    const baseData = (base.get(configKey) as K8sObject).data!;
    const demoData = (demo.get(configKey) as K8sObject).data!;
    expect(baseData.SAMPLE_RATE).toBe('0.0025');
    expect(demoData).toMatchObject({ SAMPLE_RATE: '1', MIN_ACCOUNTS: '2', MIN_EVENTS: '2' });
    expect(demoData).toEqual({ ...baseData, ...demoPatch.data });
    for (const [k, obj] of demo) if (k !== configKey) expect(obj, k).toEqual(base.get(k));
  });

  it('is applied in the docs only from directories these tests build', () => {
    const built = new Set(['infra/k8s/base', ...overlayNames.map((n) => `infra/k8s/overlays/${n}`)]);
    const texts = ['README.md', 'docs/deployment.md', 'infra/README.md', ...sources.filter((o) => o.kind === 'Kustomization').map((o) => `infra/k8s/${o.file}`)];
    const applied = texts.flatMap((f) => [...readFileSync(packagePath(f), 'utf8').matchAll(/kubectl apply -k (\S+?)[`\s]/g)].map((m) => ({ f, dir: m[1]! })));
    expect(applied.length).toBeGreaterThanOrEqual(4);
    expect(applied.filter(({ dir }) => !built.has(dir))).toEqual([]);
    expect(new Set(applied.map(({ dir }) => dir))).toEqual(new Set(['infra/k8s/base', 'infra/k8s/overlays/demo']));
  });
});
