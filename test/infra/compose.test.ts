// infra/compose.yaml against the config schema and the CLI: every variable it sets is a config
// variable, secrets come from the env file infra/make-secrets.sh writes (never inlined), commands and
// ports agree with the CLI, and Redis really runs with the flags it is given.
import { existsSync, readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { isLoopback } from '../../src/http/auth.js';
import { packagePath } from '../../src/util/package-root.js';
import { commandNames, generatedSecrets, IMAGE, isConfigEnv, probeTarget, readYaml, secretEnvNames } from '../support/infra.js';
import { startRedisServer } from '../support/redis.js';

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  entrypoint?: string[];
  environment?: Record<string, string | number | boolean | null>;
  env_file?: string[];
  ports?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas?: number };
  profiles?: string[];
  stop_grace_period?: string;
  volumes?: string[];
}

const compose = readYaml(packagePath('infra', 'compose.yaml')) as { services: Record<string, Service> };
const services = compose.services;
const census = Object.entries(services).filter(([, s]) => s.image?.startsWith('prompt-census'));
const env = (s: Service) => Object.fromEntries(Object.entries(s.environment ?? {}).map(([k, v]) => [k, String(v)]));
const seconds = (duration: string) => Number(/^(\d+)s$/.exec(duration)![1]);

describe('infra/compose.yaml', () => {
  it('runs Redis, one sidecar, two workers, an example gateway and a report service', () => {
    expect(Object.keys(services).sort()).toEqual(['gateway', 'redis', 'report', 'sidecar', 'worker']);
    expect(services.sidecar!.deploy?.replicas ?? 1).toBe(1);
    expect(services.worker!.deploy?.replicas).toBe(2);
    // The report is run on demand (`docker compose run --rm report`), not by `up`.
    expect(services.report!.profiles).toEqual(['tools']);
  });

  it('uses one image, built from infra/Dockerfile, tagged with the package version', () => {
    expect(census.map(([name]) => name).sort()).toEqual(['gateway', 'report', 'sidecar', 'worker']);
    for (const [, s] of census) {
      expect(s.image).toBe(IMAGE);
      expect(s.build).toEqual({ context: '..', dockerfile: 'infra/Dockerfile' });
    }
  });

  it('sets only config variables, and no secret inline', () => {
    for (const [name, s] of census) {
      const names = Object.keys(env(s));
      expect(names.filter((n) => !isConfigEnv(n)), name).toEqual([]);
      expect(names.filter((n) => secretEnvNames.has(n)), name).toEqual([]);
      expect(s.env_file, name).toEqual(['secrets.env']);
    }
  });

  it('takes its secrets from an env file that make-secrets.sh writes and git ignores', () => {
    const secrets = generatedSecrets();
    expect(Object.keys(secrets).sort()).toEqual(['INGEST_TOKEN', 'PAYLOAD_KEY', 'REDIS_URL', 'SAMPLER_KEY']);
    for (const name of Object.keys(secrets)) expect(secretEnvNames.has(name), name).toBe(true);
    expect(secrets.REDIS_URL).toBe('redis://redis:6379');
    expect(generatedSecrets().SAMPLER_KEY).not.toBe(secrets.SAMPLER_KEY);
    expect(readFileSync(packagePath('.gitignore'), 'utf8').split('\n')).toContain('infra/secrets.env');
  });

  it('gives each service a configuration loadConfig accepts (with the generated secrets)', () => {
    const secrets = generatedSecrets();
    for (const name of ['sidecar', 'worker']) {
      const config = loadConfig({ ...secrets, ...env(services[name]!) }, { mode: 'distributed' });
      expect(config.payloadKey).toBeDefined();
    }
    const sidecar = loadConfig({ ...secrets, ...env(services.sidecar!) });
    // Reached over the compose network, so not loopback: the sidecar refuses to start without a token.
    expect(isLoopback(sidecar.host)).toBe(false);
    expect(sidecar.ingestToken).toBeDefined();
    // The report must release with the rate and thresholds the pipeline ran with.
    const report = loadConfig({ ...secrets, ...env(services.report!) }, { mode: 'embedded' });
    for (const key of ['sampleRate', 'bucket', 'minAccounts', 'minEvents', 'keyPrefix', 'queueName'] as const) {
      expect(report[key]).toEqual(sidecar[key]);
    }
  });

  it('starts CLI commands that exist, and the gateway script the image carries', () => {
    for (const [name, s] of census) {
      if (s.entrypoint) continue;
      expect(commandNames, name).toContain(s.command![0]);
    }
    expect(services.sidecar!.command).toEqual(['sidecar']);
    expect(services.worker!.command).toEqual(['worker']);
    expect(services.report!.command!.slice(0, 3)).toEqual(['report', '--store', 'redis']);
    const gateway = services.gateway!.entrypoint!;
    expect(gateway.slice(0, 3)).toEqual(['tini', '--', 'node']);
    expect(gateway[3]).toBe('/app/examples/gateway/offer-events.mjs');
    expect(existsSync(packagePath('examples', 'gateway', 'offer-events.mjs'))).toBe(true);
    // The gateway offers to the sidecar's service name and PORT.
    const port = loadConfig({ ...generatedSecrets(), ...env(services.sidecar!) }).port;
    expect(services.gateway!.command).toEqual(['--url', `http://sidecar:${port}`]);
  });

  it('publishes and probes the ports the configuration sets', () => {
    const secrets = generatedSecrets();
    const sidecar = loadConfig({ ...secrets, ...env(services.sidecar!) });
    const worker = loadConfig({ ...secrets, ...env(services.worker!) });
    // Published on the host's loopback only.
    expect(services.sidecar!.ports).toEqual([`127.0.0.1:${sidecar.port}:${sidecar.port}`]);
    expect(services.worker!.ports).toBeUndefined();
    for (const [name, port] of [['sidecar', sidecar.port], ['worker', worker.metricsPort]] as const) {
      const test = services[name]!.healthcheck!.test;
      expect(test.slice(0, 3)).toEqual(['CMD', 'node', '/app/infra/probe.mjs']);
      expect(probeTarget(test[3]!)).toEqual({ host: '127.0.0.1', port, path: '/readyz' });
    }
  });

  it('gives a stopping worker longer than SHUTDOWN_TIMEOUT_MS before it is killed', () => {
    const worker = loadConfig({ ...generatedSecrets(), ...env(services.worker!) });
    expect(seconds(services.worker!.stop_grace_period!) * 1000).toBeGreaterThan(worker.shutdownTimeoutMs + 5_000);
    expect(seconds(services.sidecar!.stop_grace_period!) * 1000).toBeGreaterThan(loadConfig({ ...generatedSecrets(), ...env(services.sidecar!) }).shutdownTimeoutMs);
  });

  it('runs Redis with persistence and noeviction (a real redis-server started with the same flags)', async () => {
    const command = services.redis!.command!;
    expect(command[0]).toBe('redis-server');
    const flags = command.slice(1);
    const flag = (name: string) => flags[flags.indexOf(`--${name}`) + 1];
    expect(flag('maxmemory-policy')).toBe('noeviction');
    expect(flag('appendonly')).toBe('yes');

    const server = await startRedisServer({ asConfigured: { args: flags } });
    const client = new Redis(server.url, { maxRetriesPerRequest: 1 });
    try {
      expect(await client.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
      expect(await client.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
      expect(await client.config('GET', 'maxmemory')).toEqual(['maxmemory', String(512 * 1024 * 1024)]);
    } finally {
      client.disconnect();
      await server.destroy();
    }
  });
});
