// Runs one npm peer on one adversarial input in a worker thread, so the benchmark can stop it
// after a deadline: a catastrophically backtracking regex never returns on its own.
import { parentPort, workerData } from 'node:worker_threads';
import { peerRedactors } from './redact-peers.js';

const { peer, text } = workerData as { peer: string; text: string };
const redactor = peerRedactors().find((r) => r.name === peer)!;
await redactor.redact('warm up');
const t0 = performance.now();
await redactor.redact(text);
parentPort!.postMessage(performance.now() - t0);
