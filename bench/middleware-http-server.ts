// The server side of the middleware benchmark, run as a child process: a bare node:http gateway
// handler that parses the JSON body onto req.body (as express.json() would) and answers, either on
// its own or wrapped by prompt-census/middleware. Reports its CPU time per request over IPC.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Registry } from 'prom-client';
import { createCensus } from '../src/census.js';
import { loadConfig } from '../src/config.js';
import { censusMiddleware } from '../src/http/middleware.js';

const mode = process.argv[2] === 'middleware' ? 'middleware' : 'bare';
let requests = 0;
let sampled = 0;

function handler(req: IncomingMessage, res: ServerResponse): void {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    (req as { body?: unknown }).body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    requests++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
}

const census = mode === 'middleware' ? createCensus(loadConfig({ ...process.env, LOG_LEVEL: 'silent' }), { registry: new Registry() }) : undefined;
const middleware = census
  ? censusMiddleware({
      census,
      onOutcome: (outcome) => {
        if ('offered' in outcome && outcome.offered.accepted && outcome.offered.sampled) sampled++;
      },
    })
  : undefined;
const server = createServer(middleware ? middleware.wrap(handler) : handler);

let cpuStart = process.cpuUsage();
let requestsStart = 0;
process.on('message', (msg: string) => {
  if (msg === 'mark') {
    cpuStart = process.cpuUsage();
    requestsStart = requests;
    process.send!({ marked: true });
  } else if (msg === 'report') {
    const cpu = process.cpuUsage(cpuStart);
    const n = requests - requestsStart;
    process.send!({ requests: n, cpuUsPerRequest: (cpu.user + cpu.system) / n, sampled });
  } else if (msg === 'stop') {
    server.close();
    void (census?.close(2_000) ?? Promise.resolve()).then(() => process.exit(0));
  }
});

server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as { port: number }).port }));
