// The sidecar: HTTP ingest (POST /v1/events, and LiteLLM's logging callback on POST /v1/ingest/litellm)
// in front of a census, with /healthz, /readyz and /metrics on the same server. Usable in-process (tests, hosts) and by `prompt-census sidecar`.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { createCensus, type Census } from '../census.js';
import type { Config } from '../config.js';
import { ConfigError } from '../errors/index.js';
import type { Logger } from '../log.js';
import { litellmMetrics } from '../metrics/litellm-metrics.js';
import { collectProcessMetrics } from '../metrics/registry.js';
import { isLoopback } from './auth.js';
import { createEventsRoute } from './routes/events.js';
import { createHealthRoutes } from './routes/health.js';
import { createLitellmRoute } from './routes/litellm.js';
import { createMetricsRoute } from './routes/metrics.js';
import { closeServer, createHttpServer, listen, type Route } from './server.js';

export interface Sidecar {
  readonly server: Server;
  readonly address: AddressInfo;
  readonly census: Census;
  close(): Promise<void>;
}

export interface SidecarOptions {
  /** Where the metrics go and what /metrics serves. @defaultValue the process registry, with Node's default metrics added */
  registry?: Registry;
  logger?: Logger;
  /** More routes on the same server (e.g. gateway-specific ingest). */
  extraRoutes?: (census: Census) => Route[];
}

export async function startSidecar(config: Config, options: SidecarOptions = {}): Promise<Sidecar> {
  if (config.ingestToken === undefined && !isLoopback(config.host)) {
    throw new ConfigError('INGEST_TOKEN', `required when HOST is not a loopback address`);
  }
  const registry = options.registry ?? collectProcessMetrics();
  const census = createCensus(config, { registry, ...(options.logger ? { logger: options.logger } : {}) });
  const routes: Route[] = [
    createEventsRoute({ census, maxBodyBytes: config.maxBodyBytes, ingestToken: config.ingestToken }),
    createLitellmRoute({
      census,
      maxBodyBytes: config.maxBodyBytes,
      ingestToken: config.ingestToken,
      mapping: { accountFrom: config.litellmAccountFrom, modelFrom: config.litellmModelFrom },
      metrics: litellmMetrics(registry),
    }),
    ...createHealthRoutes(() => census.ready),
    createMetricsRoute(registry),
    ...(options.extraRoutes?.(census) ?? []),
  ];
  const server = createHttpServer(routes, options.logger);
  let address: AddressInfo;
  try {
    address = await listen(server, config.port, config.host);
  } catch (err) {
    await census.close(0);
    throw err;
  }
  return {
    server,
    address,
    census,
    async close() {
      await closeServer(server);
      await census.close();
    },
  };
}
