// GET /metrics: the prom-client registry in Prometheus text format. Labels are code sets only.
import type { Registry } from 'prom-client';
import { sendText } from '../respond.js';
import type { Route } from '../server.js';

export function createMetricsRoute(registry: Registry): Route {
  return {
    method: 'GET',
    path: '/metrics',
    async handle(_req, res) {
      sendText(res, 200, await registry.metrics(), registry.contentType);
    },
  };
}
