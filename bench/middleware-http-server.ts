// The server side of the middleware benchmark, run as a child process: a bare node:http gateway
// handler that checks the Content-Type and parses the JSON body onto req.body (as express.json()
// does) and answers, either on its own or wrapped by prompt-census/middleware ('unsampled': the
// middleware at SAMPLE_RATE 0, so a pair of servers can differ in the sampled 0.25% alone). Reports
// its CPU time per request over IPC.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Registry } from 'prom-client';
import { createCensus } from '../src/census.js';
import { loadConfig } from '../src/config.js';
import { serveBenchControl, type ServerCounts } from './bench-server-control.js';
import { censusMiddleware } from '../src/http/middleware.js';

const mode = process.argv[2] === 'middleware' || process.argv[2] === 'unsampled' ? process.argv[2] : 'bare';
const counts: ServerCounts = { requests: 0 };

function handler(req: IncomingMessage, res: ServerResponse): void {
  // express.json() parses only JSON bodies, by their Content-Type: reading a header makes node build
  // req.headers, which a gateway's handler always does (and the middleware then finds it built).
  if (req.headers['content-type'] !== 'application/json') {
    res.writeHead(415).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    (req as { body?: unknown }).body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    counts.requests++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
}

const census =
  mode === 'bare' ? undefined : createCensus(loadConfig({ ...process.env, LOG_LEVEL: 'silent', ...(mode === 'unsampled' ? { SAMPLE_RATE: '0' } : {}) }), { registry: new Registry() });
// Mounted as a host would, without an onOutcome callback (the sampled count comes from the census).
const middleware = census ? censusMiddleware({ census }) : undefined;
const server = createServer(middleware ? middleware.wrap(handler) : handler);

serveBenchControl(server, counts, census);
