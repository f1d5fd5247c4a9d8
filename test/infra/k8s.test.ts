// infra/k8s (base/ and overlays/) against the config schema, the CLI, BullMQ and Redis: variables are config
// variables, secrets come from secretKeyRef only, commands/ports/probes agree with the CLI, the sidecar is a
// native sidecar on loopback, KEDA watches the lists BullMQ really uses, Redis really runs with the shipped
// conf. These read the YAML files; test/infra/kustomize.test.ts builds them with kubectl.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { isLoopback } from '../../src/http/auth.js';
import { packagePath } from '../../src/util/package-root.js';
import {
  commandNames, generatedSecrets, IMAGE, isConfigEnv, k8sContainers, k8sObjects, podSpec, probeTarget, secretEnvNames,
  type Container, type K8sObject,
} from '../support/infra.js';
import { startRedisServer, testRedis, uniqueNames, type TestRedis } from '../support/redis.js';
import { waitFor } from '../support/services.js';

const objects = k8sObjects();
const base = objects.filter((o) => o.file.startsWith('base/'));
const find = (kind: string, name: string, from: K8sObject[] = base) => {
  const found = from.find((o) => o.kind === kind && o.metadata?.name === name);
  if (!found) throw new Error(`no ${kind} ${name} in infra/k8s/base`);
  return found;
};
const kustomization = objects.find((o) => o.file === 'base/kustomization.yaml') as unknown as { namespace: string; resources: string[] };
// The demo overlay uses the fields kustomize v2.0.3 (kubectl 1.20) understands; see its kustomization.yaml.
const demo = objects.find((o) => o.file === 'overlays/demo/kustomization.yaml') as unknown as { bases: string[]; patchesStrategicMerge: string[] };
const configMap = find('ConfigMap', 'prompt-census-config');
const demoPatch = objects.find((o) => o.file === 'overlays/demo/config-demo.yaml')!;
const secretExample = objects.find((o) => o.file === 'base/secret.example.yaml')!;

const workloads = base.filter((o) => o.kind !== 'Kustomization');
const census = k8sContainers(workloads).filter(({ container }) => container.image.startsWith('prompt-census'));
const containerNamed = (name: string) => census.find(({ container }) => container.name === name)!;
const sidecar = containerNamed('prompt-census-sidecar');
const worker = containerNamed('worker');
const report = containerNamed('report');
const gateway = containerNamed('gateway');

// The Secret as `kubectl create secret --from-env-file` makes it from make-secrets.sh (docs/deployment.md).
const secrets = generatedSecrets('redis://prompt-census-redis:6379');

/** The environment a container starts with: ConfigMap (with the demo patch, if asked), then its env. */
function containerEnv(container: Container, withDemo = false): Record<string, string> {
  const env: Record<string, string> = {};
  for (const from of container.envFrom ?? []) {
    if (from.configMapRef?.name !== configMap.metadata.name) throw new Error(`${container.name}: envFrom ${JSON.stringify(from)}`);
    Object.assign(env, configMap.data, withDemo ? demoPatch.data : {});
  }
  for (const v of container.env ?? []) {
    if (v.value !== undefined) env[v.name] = v.value;
    const ref = v.valueFrom?.secretKeyRef;
    if (ref && secrets[ref.key] !== undefined) env[v.name] = secrets[ref.key]!;
  }
  return env;
}
const configOf = (c: Container, mode: 'distributed' | 'embedded' = 'distributed', withDemo = false): Config => loadConfig(containerEnv(c, withDemo), { mode });

describe('infra/k8s manifests', () => {
  it('apply as one kustomization in base/ (every manifest but the secret example), plus a demo overlay', () => {
    const files = readdirSync(packagePath('infra', 'k8s', 'base')).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
    expect(kustomization.resources.sort()).toEqual(files.filter((f) => f !== 'secret.example.yaml').sort());
    expect(find('Namespace', kustomization.namespace).kind).toBe('Namespace');
    expect(demo.bases).toEqual(['../../base']);
    expect(demo.patchesStrategicMerge).toEqual(['config-demo.yaml']);
    expect(demoPatch.metadata).toEqual({ name: configMap.metadata.name, namespace: kustomization.namespace });
  });

  it('use one image, tagged with the package version', () => {
    expect(census.map(({ container }) => container.name).sort()).toEqual(['gateway', 'prompt-census-sidecar', 'report', 'worker']);
    for (const { container } of census) expect(container.image).toBe(IMAGE);
  });

  it('set only config variables, and secrets only through secretKeyRef', () => {
    const data = { ...configMap.data, ...demoPatch.data };
    expect(Object.keys(data).filter((k) => !isConfigEnv(k))).toEqual([]);
    expect(Object.keys(data).filter((k) => secretEnvNames.has(k))).toEqual([]);
    for (const { container } of census) {
      for (const v of container.env ?? []) {
        expect(isConfigEnv(v.name), `${container.name}: ${v.name}`).toBe(true);
        if (secretEnvNames.has(v.name)) {
          expect(v.value, `${container.name}: ${v.name} inlined`).toBeUndefined();
          expect(v.valueFrom?.secretKeyRef, `${container.name}: ${v.name}`).toMatchObject({ name: 'prompt-census-secrets', key: v.name });
        }
      }
      expect((container.envFrom ?? []).filter((f) => f.secretRef)).toEqual([]);
    }
  });

  it('document every secret key in secret.example.yaml with placeholders, which is never applied', () => {
    expect(kustomization.resources).not.toContain('secret.example.yaml');
    const example = secretExample.stringData!;
    for (const [key, value] of Object.entries(example)) {
      expect(secretEnvNames.has(key), key).toBe(true);
      expect(value, key).toMatch(/^<.+>$/);
    }
    const refs = census.flatMap(({ container }) => (container.env ?? []).flatMap((v) => (v.valueFrom?.secretKeyRef ? [v.valueFrom.secretKeyRef] : [])));
    expect(refs.filter((r) => !(r.key in example))).toEqual([]);
    // make-secrets.sh writes every key a container needs (the others are optional provider keys).
    expect(refs.filter((r) => !r.optional && !(r.key in secrets))).toEqual([]);
  });

  it('give each container a configuration loadConfig accepts, in the base and in the demo overlay', () => {
    for (const withDemo of [false, true]) {
      expect(isLoopback(configOf(sidecar.container, 'distributed', withDemo).host)).toBe(true);
      expect(configOf(worker.container, 'distributed', withDemo).payloadKey).toBeDefined();
      const released = configOf(report.container, 'embedded', withDemo);
      // The release sees the rate and bucket the sidecars sampled with.
      expect(released.sampleRate).toBe(configOf(sidecar.container, 'distributed', withDemo).sampleRate);
    }
    expect(configOf(sidecar.container).sampleRate).toBe(0.0025);
    expect(configOf(sidecar.container, 'distributed', true).sampleRate).toBe(1);
  });

  it('start CLI commands that exist, and the gateway script the image carries', () => {
    for (const { container } of census) {
      if (container.command) continue;
      expect(commandNames, container.name).toContain(container.args![0]);
    }
    expect(sidecar.container.args).toEqual(['sidecar']);
    expect(worker.container.args).toEqual(['worker']);
    expect(report.container.args!.slice(0, 3)).toEqual(['report', '--store', 'redis']);
    expect(gateway.container.command).toEqual(['tini', '--', 'node', '/app/examples/gateway/offer-events.mjs']);
    const url = gateway.container.args![gateway.container.args!.indexOf('--url') + 1]!;
    expect(probeTarget(url)).toEqual({ host: '127.0.0.1', port: configOf(sidecar.container).port, path: '/' });
  });

  it('run the sidecar as a native sidecar of the gateway, on loopback, probed by exec on its PORT', () => {
    expect(sidecar.workload.kind).toBe('Deployment');
    expect(gateway.workload).toBe(sidecar.workload);
    expect(sidecar.init).toBe(true);
    expect(sidecar.container.restartPolicy).toBe('Always');
    const config = configOf(sidecar.container);
    expect(config.host).toBe('127.0.0.1');
    expect(sidecar.container.ports).toBeUndefined();
    for (const probe of [sidecar.container.startupProbe, sidecar.container.livenessProbe]) {
      const command = probe!.exec!.command;
      expect(command.slice(0, 2)).toEqual(['node', '/app/infra/probe.mjs']);
      expect(probeTarget(command[2]!)).toEqual({ host: '127.0.0.1', port: config.port, path: '/healthz' });
    }
    // A native sidecar's readiness is the gateway pod's: /readyz (503 while Redis is away) must not
    // take the gateway out of its Service.
    expect(sidecar.container.readinessProbe).toBeUndefined();
  });

  it('give workers probes on METRICS_PORT, resources, and a grace period above SHUTDOWN_TIMEOUT_MS', () => {
    const config = configOf(worker.container);
    expect(isLoopback(config.host)).toBe(false);
    const ports = worker.container.ports!;
    expect(ports).toEqual([{ name: 'metrics', containerPort: config.metricsPort }]);
    const portOf = (p: number | string) => (typeof p === 'number' ? p : ports.find((x) => x.name === p)!.containerPort);
    expect(worker.container.livenessProbe!.httpGet!.path).toBe('/healthz');
    expect(worker.container.readinessProbe!.httpGet!.path).toBe('/readyz');
    for (const probe of [worker.container.livenessProbe!, worker.container.readinessProbe!]) expect(portOf(probe.httpGet!.port)).toBe(config.metricsPort);

    const grace = podSpec(worker.workload).terminationGracePeriodSeconds!;
    // Active jobs get SHUTDOWN_TIMEOUT_MS, then are handed back; the margin covers closing Redis.
    expect(grace * 1000).toBeGreaterThanOrEqual(config.shutdownTimeoutMs + 15_000);
    // A job in its classifier call can finish within the shutdown window.
    expect(config.shutdownTimeoutMs).toBeGreaterThanOrEqual(config.classifyTimeoutMs);
    expect(grace * 1000).toBeGreaterThan(configOf(sidecar.container).shutdownTimeoutMs);
    expect(podSpec(sidecar.workload).terminationGracePeriodSeconds! * 1000).toBeGreaterThan(configOf(sidecar.container).shutdownTimeoutMs);

    for (const { container } of census) {
      expect(container.resources?.requests, container.name).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
      expect(container.resources?.limits, container.name).toMatchObject({ memory: expect.any(String) });
    }
  });

  it('keep workers available with a PodDisruptionBudget on their labels', () => {
    const pdb = find('PodDisruptionBudget', 'prompt-census-worker');
    expect(pdb.spec.selector.matchLabels).toEqual(worker.workload.spec.template.metadata.labels);
    expect(pdb.spec.maxUnavailable ?? pdb.spec.minAvailable).toBeDefined();
  });

  it('scale workers with KEDA on the wait and active lists of QUEUE_NAME, never below one worker', () => {
    const scaled = find('ScaledObject', 'prompt-census-worker');
    expect(scaled.spec.scaleTargetRef.name).toBe(worker.workload.metadata.name);
    expect(scaled.spec.minReplicaCount).toBeGreaterThanOrEqual(1);
    const config = configOf(worker.container);
    const triggers = scaled.spec.triggers as { type: string; metadata: Record<string, string> }[];
    expect(triggers.map((t) => t.type)).toEqual(['redis', 'redis']);
    expect(triggers.map((t) => t.metadata.listName)).toEqual([`bull:${config.queueName}:wait`, `bull:${config.queueName}:active`]);
    // One worker per WORKER_CONCURRENCY active jobs: busy workers are never scaled away for lack of waiting jobs.
    expect(Number(triggers[1]!.metadata.listLength)).toBe(config.workerConcurrency);
    const redisService = find('Service', 'prompt-census-redis');
    for (const t of triggers) {
      expect(t.metadata.address).toBe(`${redisService.metadata.name}.${kustomization.namespace}.svc.cluster.local:${redisService.spec.ports[0].port}`);
    }
    expect(secrets.REDIS_URL).toBe(`redis://${redisService.metadata.name}:${redisService.spec.ports[0].port}`);
  });

  it('run the release as a CronJob, one at a time, with the audit log on a volume in /data', () => {
    const cron = report.workload;
    expect(cron.kind).toBe('CronJob');
    expect(cron.spec.concurrencyPolicy).toBe('Forbid');
    const mounts = (report.container as Container & { volumeMounts: { name: string; mountPath: string }[] }).volumeMounts;
    expect(mounts).toContainEqual({ name: 'audit', mountPath: '/data' });
    const claim = podSpec(cron) as unknown as { volumes: { name: string; persistentVolumeClaim?: { claimName: string } }[] };
    const pvc = claim.volumes.find((v) => v.name === 'audit')!.persistentVolumeClaim!.claimName;
    expect(find('PersistentVolumeClaim', pvc).kind).toBe('PersistentVolumeClaim');
  });
});

describe('infra/k8s against real BullMQ and Redis', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await testRedis();
  });
  afterAll(async () => {
    await redis.close();
  });

  it('KEDA list names are where BullMQ keeps waiting and active jobs', async () => {
    const { queueName } = uniqueNames('keda');
    const lists = (find('ScaledObject', 'prompt-census-worker').spec.triggers as { metadata: { listName: string } }[]).map((t) =>
      t.metadata.listName.replace(`:${configOf(worker.container).queueName}:`, `:${queueName}:`),
    );
    const client = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    const queue = new Queue(queueName, { connection: new Redis(redis.url, { maxRetriesPerRequest: null }) });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let bullWorker: Worker | undefined;
    try {
      await queue.add('event', { n: 1 }, { removeOnComplete: true });
      await queue.add('event', { n: 2 }, { removeOnComplete: true });
      expect(await client.type(lists[0]!)).toBe('list');
      expect(await client.llen(lists[0]!)).toBe(2);

      bullWorker = new Worker(queueName, () => held, { connection: new Redis(redis.url, { maxRetriesPerRequest: null }), concurrency: 2 });
      await waitFor(async () => (await client.llen(lists[1]!)) === 2, 'both jobs active', 10_000);
      expect(await client.llen(lists[0]!)).toBe(0);
      release();
      await waitFor(async () => (await client.llen(lists[1]!)) === 0, 'jobs done', 10_000);
    } finally {
      release();
      await bullWorker?.close();
      await queue.obliterate({ force: true });
      await queue.close();
      client.disconnect();
    }
  });

  it('Redis runs with the shipped redis.conf: noeviction, append-only, maxmemory under the memory limit', async () => {
    const conf = find('ConfigMap', 'prompt-census-redis').data!['redis.conf']!;
    expect(conf).toMatch(/^maxmemory-policy noeviction$/m);
    expect(conf).toMatch(/^appendonly yes$/m);
    const statefulSet = find('StatefulSet', 'prompt-census-redis');
    const [container] = podSpec(statefulSet).containers as (Container & { volumeMounts: { name: string; mountPath: string }[] })[];
    expect(container!.args).toEqual(['redis-server', '/etc/redis/redis.conf']);
    expect(container!.volumeMounts).toContainEqual({ name: 'config', mountPath: '/etc/redis' });

    const dir = mkdtempSync(join(tmpdir(), 'pc-redis-conf-'));
    const file = join(dir, 'redis.conf');
    writeFileSync(file, conf);
    const server = await startRedisServer({ asConfigured: { configFile: file } });
    const client = new Redis(server.url, { maxRetriesPerRequest: 1 });
    try {
      expect(await client.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
      expect(await client.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
      const maxmemory = Number(((await client.config('GET', 'maxmemory')) as string[])[1]);
      const limit = container!.resources!.limits!.memory!;
      expect(limit).toMatch(/^\d+Gi$/);
      // Headroom for the append-only rewrite's fork and for fragmentation.
      expect(maxmemory).toBeGreaterThan(0);
      expect(maxmemory).toBeLessThanOrEqual(0.8 * parseInt(limit, 10) * 2 ** 30);
    } finally {
      client.disconnect();
      await server.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
