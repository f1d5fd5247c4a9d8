#!/usr/bin/env node
// Example gateway for the compose and Kubernetes demos: waits until the sidecar is ready, offers an
// NDJSON file of events to it in batches (POST /v1/events), prints the totals as one JSON line, and
// exits (or, with --then idle, stays up until SIGTERM, as a Deployment's container must).
// Node built-ins only. Sends `Authorization: Bearer $INGEST_TOKEN` when INGEST_TOKEN is set.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const usage = `Usage: node offer-events.mjs [--url URL] [--file NDJSON] [--batch N] [--wait-ms MS] [--then exit|idle]
  --url      sidecar base URL (default http://127.0.0.1:8787)
  --file     events, one JSON object per line (default: the example traffic beside this script)
  --batch    events per request (default 200)
  --wait-ms  how long to wait for the sidecar's /readyz (default 60000)
  --then     exit (default) or idle: stay up until SIGTERM after sending`;

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:8787' },
    file: { type: 'string', default: fileURLToPath(new URL('../prompts.ndjson', import.meta.url)) },
    batch: { type: 'string', default: '200' },
    'wait-ms': { type: 'string', default: '60000' },
    then: { type: 'string', default: 'exit' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const batch = Number(values.batch);
const waitMs = Number(values['wait-ms']);
if (!Number.isInteger(batch) || batch < 1 || !Number.isFinite(waitMs) || !['exit', 'idle'].includes(values.then)) {
  console.error(usage);
  process.exit(2);
}
const base = values.url.replace(/\/+$/, '');
const token = process.env.INGEST_TOKEN;

async function waitUntilReady() {
  const until = Date.now() + waitMs;
  for (;;) {
    try {
      const res = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`sidecar at ${base} not ready within ${waitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500)); // polling interval while the sidecar starts
  }
}

await waitUntilReady();
const lines = readFileSync(values.file, 'utf8').split('\n').filter((l) => l.trim() !== '');
const totals = { sent: 0, accepted: 0, sampled: 0, rejected: 0, failedRequests: 0 };
for (let i = 0; i < lines.length; i += batch) {
  const chunk = lines.slice(i, i + batch);
  const res = await fetch(`${base}/v1/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: chunk.join('\n') + '\n',
  });
  totals.sent += chunk.length;
  if (res.status !== 202) {
    // The sidecar's answers never quote the events; the status is enough to act on (401: token, 413: batch).
    totals.failedRequests++;
    console.error(JSON.stringify({ status: res.status, firstLine: i + 1 }));
    continue;
  }
  const answer = await res.json();
  totals.accepted += answer.accepted;
  totals.sampled += answer.sampled;
  totals.rejected += answer.rejected.length;
}
console.log(JSON.stringify(totals));
if (totals.failedRequests > 0) process.exitCode = 1;

if (values.then === 'idle') {
  // Stand-in for a gateway's own work: keep the container running until the pod stops.
  const keepAlive = setInterval(() => undefined, 1 << 30);
  for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => clearInterval(keepAlive));
}
