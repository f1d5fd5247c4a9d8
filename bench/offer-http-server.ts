// The server side of the offer() benchmark, run as a child process: a bare node:http server that
// parses each JSON request body (as a gateway would) and answers, with or without one
// census.offer() per request. Reports its CPU time per request over IPC when asked.
import { createServer } from 'node:http';
import { Registry } from 'prom-client';
import { createCensus } from '../src/census.js';
import { loadConfig } from '../src/config.js';
import { serveBenchControl, type ServerCounts } from './bench-server-control.js';

const mode = process.argv[2] === 'offer' ? 'offer' : 'bare';
const census = mode === 'offer' ? createCensus(loadConfig({ ...process.env, LOG_LEVEL: 'silent' }), { registry: new Registry() }) : undefined;
const counts: ServerCounts = { requests: 0 };

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { model: string; messages: unknown; user: string };
    const id = req.headers['x-request-id'] as string;
    if (census) {
      census.offer({ id, accountId: body.user, model: body.model, messages: body.messages });
    }
    counts.requests++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
});

serveBenchControl(server, counts, census);
