// The server side of the middleware benchmark, run as a child process: a bare node:http gateway
// handler that checks the Content-Type and parses the JSON body onto req.body (as express.json()
// does) and answers, either on its own or wrapped by prompt-census/middleware ('unsampled': the
// middleware at SAMPLE_RATE 0, so a pair of servers can differ in the sampled 0.25% alone). The
// 'gateway' modes (bare, with the middleware, and with it at SAMPLE_RATE 0) forward each parsed
// request to an upstream (UPSTREAM_URL) over node:http and relay its answer, as a proxying LLM gateway
// does. Reports its CPU time per request over IPC.
import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { Registry } from 'prom-client';
import { createCensus } from '../src/census.js';
import { loadConfig } from '../src/config.js';
import { serveBenchControl, type ServerCounts } from './bench-server-control.js';
import { censusMiddleware } from '../src/http/middleware.js';

const MODES = ['bare', 'middleware', 'unsampled', 'gateway', 'gateway-middleware', 'gateway-unsampled'] as const;
const mode = MODES.find((m) => m === process.argv[2]) ?? 'bare';
const proxying = mode.startsWith('gateway');
const counts: ServerCounts = { requests: 0 };

// express.json() parses only JSON bodies, by their Content-Type: reading a header makes node build
// req.headers, which a gateway's handler always does (and the middleware then finds it built).
function readJson(req: IncomingMessage, res: ServerResponse, then: () => void): void {
  if (req.headers['content-type'] !== 'application/json') {
    res.writeHead(415).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    (req as { body?: unknown }).body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    then();
  });
}

function handler(req: IncomingMessage, res: ServerResponse): void {
  readJson(req, res, () => {
    counts.requests++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
}

const upstream = new URL('/v1/chat/completions', process.env.UPSTREAM_URL ?? 'http://127.0.0.1:1');
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

// A proxying gateway: the parsed request goes upstream re-serialised, the answer comes back whole.
function gateway(req: IncomingMessage, res: ServerResponse): void {
  readJson(req, res, () => {
    const out = JSON.stringify((req as { body?: unknown }).body);
    const forwarded = request(upstream, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) } }, (answer) => {
      const parts: Buffer[] = [];
      answer.on('data', (c: Buffer) => parts.push(c));
      answer.on('end', () => {
        const body = Buffer.concat(parts);
        counts.requests++;
        res.writeHead(answer.statusCode ?? 502, { 'content-type': 'application/json', 'content-length': body.length });
        res.end(body);
      });
    });
    forwarded.on('error', () => res.writeHead(502).end());
    forwarded.end(out);
  });
}

const census =
  mode === 'bare' || mode === 'gateway' ? undefined : createCensus(loadConfig({ ...process.env, LOG_LEVEL: 'silent', ...(mode.endsWith('unsampled') ? { SAMPLE_RATE: '0' } : {}) }), { registry: new Registry() });
// Mounted as a host would, without an onOutcome callback (the sampled count comes from the census).
const middleware = census ? censusMiddleware({ census }) : undefined;
const handle = proxying ? gateway : handler;
const server = createServer(middleware ? middleware.wrap(handle) : handle);

serveBenchControl(server, counts, census);
