// `prompt-census sidecar`: HTTP ingest on HOST:PORT feeding the encrypted queue. Runs until SIGTERM.
import { loadConfig } from '../../config.js';
import { startSidecar } from '../../http/sidecar.js';
import { createLogger } from '../../log.js';
import { parseFlags, type Command } from '../args.js';
import { shutdownSignal } from '../signals.js';

const usage = `Usage: prompt-census sidecar

Serves POST /v1/events (one JSON event, or NDJSON with Content-Type application/x-ndjson) and
POST /v1/ingest/litellm (LiteLLM Proxy's generic_api logging callback, any log_format) on HOST:PORT
(default 127.0.0.1:8787), samples each event with SAMPLER_KEY and queues the sampled ones, sealed with
PAYLOAD_KEY, on QUEUE_NAME in REDIS_URL. Also serves /healthz, /readyz and /metrics.
Needs SAMPLER_KEY and PAYLOAD_KEY; INGEST_TOKEN too when HOST is not a loopback address.
Stops on SIGTERM or SIGINT: stops accepting, queues what it holds (up to SHUTDOWN_TIMEOUT_MS), exits 0.`;

export const sidecarCommand: Command = {
  name: 'sidecar',
  summary: 'HTTP ingest next to a gateway: samples events and queues them for workers (distributed mode)',
  usage,
  async run(argv, io) {
    parseFlags(argv, {}, usage);
    const config = loadConfig(io.env, { mode: 'distributed' });
    const logger = createLogger(config.logLevel);
    const stop = shutdownSignal();
    const sidecar = await startSidecar(config, { logger });
    logger.info({ host: sidecar.address.address, port: sidecar.address.port, queue: config.queueName, sampleRate: config.sampleRate }, 'sidecar listening');
    const signal = await stop;
    logger.info({ signal }, 'sidecar stopping');
    await sidecar.close();
    logger.info('sidecar stopped');
    return 0;
  },
};
