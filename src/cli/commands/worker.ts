// `prompt-census worker`: takes jobs from the queue, runs the pipeline, counts into Redis, and serves
// /healthz, /readyz and /metrics on METRICS_PORT. Runs until SIGTERM.
import { backendErrorPolicy, createClassifier } from '../../classify/create-classifier.js';
import { loadTaxonomy } from '../../classify/taxonomy.js';
import { loadConfig } from '../../config.js';
import { createHealthRoutes } from '../../http/routes/health.js';
import { createMetricsRoute } from '../../http/routes/metrics.js';
import { closeServer, createHttpServer, listen } from '../../http/server.js';
import { createLogger } from '../../log.js';
import { collectProcessMetrics } from '../../metrics/registry.js';
import { startWorker } from '../../worker/worker.js';
import { parseFlags, type Command } from '../args.js';
import { shutdownSignal } from '../signals.js';

const usage = `Usage: prompt-census worker

Processes queued events from QUEUE_NAME in REDIS_URL: opens the sealed transcript (PAYLOAD_KEY), redacts,
classifies (CLASSIFIER), and adds the result to the aggregates under KEY_PREFIX, exactly once per event.
Serves /healthz, /readyz and /metrics on HOST:METRICS_PORT. Stops on SIGTERM or SIGINT: takes no new jobs,
lets active ones finish for up to SHUTDOWN_TIMEOUT_MS, hands the rest back to the queue, exits 0.`;

export const workerCommand: Command = {
  name: 'worker',
  summary: 'process queued events into the Redis aggregates (distributed mode)',
  usage,
  async run(argv, io) {
    parseFlags(argv, {}, usage);
    const config = loadConfig(io.env, { mode: 'distributed' });
    const logger = createLogger(config.logLevel);
    const taxonomy = loadTaxonomy(config.taxonomyFile);
    const registry = collectProcessMetrics();
    const classifier = createClassifier(config);
    const stop = shutdownSignal();
    const running = startWorker(config, { classifier, taxonomy, logger, registry, onBackendError: backendErrorPolicy(config) });
    const server = createHttpServer([...createHealthRoutes(() => running.ready), createMetricsRoute(registry)], logger);
    const address = await listen(server, config.metricsPort, config.host);
    logger.info({ queue: config.queueName, concurrency: config.workerConcurrency, classifier: classifier.name, metricsPort: address.port }, 'worker started');
    const signal = await stop;
    logger.info({ signal }, 'worker stopping');
    const { handedBack } = await running.close(config.shutdownTimeoutMs);
    await closeServer(server);
    logger.info({ handedBack }, 'worker stopped');
    return 0;
  },
};
