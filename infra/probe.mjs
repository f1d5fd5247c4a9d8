#!/usr/bin/env node
// Container health probe: `node probe.mjs URL` exits 0 when URL answers 2xx within 2 s, 1 otherwise.
// For compose healthchecks and for Kubernetes exec probes of a sidecar bound to loopback, which the
// kubelet's httpGet (aimed at the pod IP) cannot reach. Node built-ins only; prints nothing.
const url = process.argv[2];
if (!url) {
  process.stderr.write('usage: node probe.mjs URL\n');
  process.exit(2);
}
try {
  const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
  process.exit(res.ok ? 0 : 1);
} catch {
  process.exit(1);
}
