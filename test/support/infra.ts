// Reads the deployment files under infra/ (compose, Kubernetes manifests, the secrets script) so the
// infra tests can check them against the config schema and the CLI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { configFields, configEnvNames } from '../../schemas/config.js';
import { commands } from '../../src/cli/main.js';
import { packagePath } from '../../src/util/package-root.js';

export const secretEnvNames = new Set(Object.values(configFields).filter((f) => f.secret).map((f) => f.env));
export const commandNames = commands.map((c) => c.name);
export const isConfigEnv = (name: string) => configEnvNames.includes(name);

const packageJson = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string };
/** The one image name every manifest must use: the package's own version as the tag. */
export const IMAGE = `prompt-census:${packageJson.version}`;

/** Parses YAML with merge keys (`<<: *anchor`), as compose does. */
export function readYaml(path: string): unknown {
  return parse(readFileSync(path, 'utf8'), { merge: true });
}

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: any; // manifests are checked field by field
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  /** File it came from, relative to infra/k8s (`base/worker.yaml`, `overlays/demo/config-demo.yaml`). */
  file: string;
}

const K8S_DIR = packagePath('infra', 'k8s');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );
}

/** Every object of every YAML file under infra/k8s (base/ and overlays/, kustomizations included), with its file. */
export function k8sObjects(): K8sObject[] {
  return yamlFiles(K8S_DIR).flatMap((path) =>
    parseAllDocuments(readFileSync(path, 'utf8')).map((doc) => {
      if (doc.errors.length > 0) throw new Error(`${relative(K8S_DIR, path)}: ${doc.errors[0]!.message}`);
      return { ...(doc.toJS() as Omit<K8sObject, 'file'>), file: relative(K8S_DIR, path) };
    }),
  );
}

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean }; configMapKeyRef?: unknown };
}

export interface Container {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  ports?: { name?: string; containerPort: number }[];
  restartPolicy?: string;
  startupProbe?: Probe;
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
}

export interface Probe {
  exec?: { command: string[] };
  httpGet?: { path: string; port: number | string };
}

/** Pod spec of a Deployment, StatefulSet or CronJob. */
export function podSpec(obj: K8sObject): { containers: Container[]; initContainers?: Container[]; terminationGracePeriodSeconds?: number } {
  return obj.kind === 'CronJob' ? obj.spec.jobTemplate.spec.template.spec : obj.spec.template.spec;
}

/** Every container (init containers included) of every workload, with the workload it sits in. */
export function k8sContainers(objects: K8sObject[]): { workload: K8sObject; container: Container; init: boolean }[] {
  return objects
    .filter((o) => ['Deployment', 'StatefulSet', 'CronJob', 'Job', 'DaemonSet'].includes(o.kind))
    .flatMap((workload) => {
      const spec = podSpec(workload);
      return [
        ...(spec.initContainers ?? []).map((container) => ({ workload, container, init: true })),
        ...spec.containers.map((container) => ({ workload, container, init: false })),
      ];
    });
}

/** Runs infra/make-secrets.sh into a temporary file and returns the variables it wrote. */
export function generatedSecrets(redisUrl?: string): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'pc-secrets-'));
  try {
    const file = join(dir, 'secrets.env');
    execFileSync('sh', [packagePath('infra', 'make-secrets.sh'), file, ...(redisUrl ? [redisUrl] : [])], { stdio: ['ignore', 'ignore', 'pipe'] });
    return parseEnvFile(readFileSync(file, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** KEY=value lines, as compose's env_file and `kubectl create secret --from-env-file` read them. */
export function parseEnvFile(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    vars[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return vars;
}

/** The port and path of a probe URL such as http://127.0.0.1:8787/healthz. */
export function probeTarget(url: string): { host: string; port: number; path: string } {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port), path: u.pathname };
}
