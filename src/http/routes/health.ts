// GET /healthz (the process answers) and GET /readyz (its dependencies are up: Redis reachable,
// worker running). Kubernetes probes and load balancers read the status code only.
import { sendJson } from '../respond.js';
import type { Route } from '../server.js';

export function createHealthRoutes(isReady: () => boolean): Route[] {
  return [
    { method: 'GET', path: '/healthz', handle: (_req, res) => sendJson(res, 200, { status: 'ok' }) },
    {
      method: 'GET',
      path: '/readyz',
      handle: (_req, res) => (isReady() ? sendJson(res, 200, { status: 'ready' }) : sendJson(res, 503, { status: 'not_ready' })),
    },
  ];
}
