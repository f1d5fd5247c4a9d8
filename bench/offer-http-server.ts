// The server side of the offer() benchmark, run as a child process: a bare node:http server that
// parses each JSON request body (as a gateway would) and answers, with or without one
// census.offer() per request. Reports its CPU time per request over IPC when asked.
import { createServer } from 'node:http';
import { Registry } from 'prom-client';
import { createCensus } from '../src/census.js';
import { loadConfig } from '../src/config.js';

const mode = process.argv[2] === 'offer' ? 'offer' : 'bare';
const census = mode === 'offer' ? createCensus(loadConfig({ ...process.env, LOG_LEVEL: 'silent' }), { registry: new Registry() }) : undefined;
let requests = 0;
let sampled = 0;

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { model: string; messages: unknown; user: string };
    const id = req.headers['x-request-id'] as string;
    if (census) {
      const result = census.offer({ id, accountId: body.user, model: body.model, messages: body.messages });
      if (result.accepted && result.sampled) sampled++;
    }
    requests++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
});

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
