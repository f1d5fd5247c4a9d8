// A small node:http server over a route table (one module per route in routes/), shared by the
// sidecar and the worker's health/metrics port. Unknown paths are 404, wrong methods 405; a route's
// HttpError becomes its status and JSON body; anything else is a 500 logged by error class only.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.js';
import { HttpError } from './http-error.js';
import { sendJson } from './respond.js';

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void> | void;
}

export function createHttpServer(routes: readonly Route[], logger?: Logger): Server {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const matching = routes.filter((r) => r.path === path);
    const route = matching.find((r) => r.method === req.method);
    if (!route) {
      req.resume();
      if (matching.length > 0) sendJson(res, 405, { error: 'method_not_allowed' }, { allow: matching.map((r) => r.method).join(', ') });
      else sendJson(res, 404, { error: 'not_found' });
      return;
    }
    Promise.resolve()
      .then(() => route.handle(req, res))
      .catch((err: unknown) => {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        if (err instanceof HttpError) {
          if (err.status === 413) {
            // Stop reading: tell the client and close; what it still sends is discarded, not kept.
            res.setHeader('connection', 'close');
            req.resume();
          }
          sendJson(res, err.status, err.toBody());
          return;
        }
        logger?.error({ err, path }, 'request failed');
        sendJson(res, 500, { error: 'internal' });
      });
  });
  // A client must not hold a connection open forever by trickling a body.
  server.requestTimeout = 60_000;
  return server;
}

export async function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server.address() as AddressInfo;
}

export async function closeServer(server: Server): Promise<void> {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
