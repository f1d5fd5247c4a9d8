// Acceptance: the built CLI (`node dist/src/cli.js classify`) talks to real local HTTP servers speaking
// the OpenAI chat-completions protocol (OPENAI_BASE_URL) and the Natural Language REST API
// (GOOGLE_API_ENDPOINT). `npm test` builds dist/ before vitest runs.
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { packagePath } from '../../src/util/package-root.js';
import { completion, dataBlock, type ChatRequest } from '../helpers/chat-completion.js';

const CLI = packagePath('dist', 'src', 'cli.js');
const servers: Server[] = [];

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: any;
}

async function serve(handle: (seen: Seen, res: ServerResponse, index: number) => void): Promise<{ port: number; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: raw ? JSON.parse(raw) : undefined };
      seen.push(entry);
      handle(entry, res, seen.length - 1);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, seen };
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function runCli(args: string[], env: Record<string, string>, stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // A clean environment: nothing from the developer's shell (keys, endpoints) leaks into the run.
    const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const input = [
  { id: 'code', text: 'How do I reverse a linked list in Rust?' },
  { id: 'money', text: 'Should I pay off my mortgage early or invest?' },
].map((l) => JSON.stringify(l)).join('\n') + '\n';

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => { s.closeAllConnections(); s.close(() => resolve()); })));
});

describe('prompt-census classify against local servers (real process)', () => {
  it('--classifier openai: an OpenAI-compatible chat-completions server, with a 429 retried', async () => {
    const { port, seen } = await serve((entry, res, index) => {
      if (index === 0) return json(res, 429, { error: { message: 'slow down' } }, { 'retry-after': '0' });
      const text = dataBlock(entry.body as ChatRequest) ?? '';
      json(res, 200, completion(JSON.stringify({ topic: text.includes('Rust') ? 'programming' : 'finance', confidence: 0.9 })));
    });
    const result = await runCli(['classify', '--classifier', 'openai'], {
      OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`,
      OPENAI_MODEL: 'local-model',
      CLASSIFY_RETRY_BASE_MS: '1',
    }, input);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { id: 'code', category: 'programming', confidence: 0.9 },
      { id: 'money', category: 'finance', confidence: 0.9 },
    ]);
    expect(seen).toHaveLength(3);
    for (const request of seen) {
      expect(request.method).toBe('POST');
      expect(request.url).toBe('/v1/chat/completions');
      expect(request.body.model).toBe('local-model');
      expect(request.body.store).toBe(false);
      expect(request.body.temperature).toBe(0);
    }
  });

  it('--classifier google: a Natural Language REST server reached through GOOGLE_API_ENDPOINT', async () => {
    const { port, seen } = await serve((entry, res) => {
      const content: string = entry.body?.document?.content ?? '';
      const name = content.includes('Rust') ? '/Computers & Electronics/Programming' : '/Finance/Investing';
      json(res, 200, { categories: [{ name, confidence: 0.77 }], languageCode: 'en', languageSupported: true });
    });
    const result = await runCli(['classify', '--classifier', 'google'], {
      GOOGLE_API_ENDPOINT: `http://127.0.0.1:${port}`,
      GOOGLE_PROJECT_ID: 'local-project',
      GOOGLE_API_KEY: 'local-key',
    }, input);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { id: 'code', category: 'programming', confidence: 0.77 },
      { id: 'money', category: 'finance', confidence: 0.77 },
    ]);
    expect(seen).toHaveLength(2);
    for (const request of seen) {
      expect(request.url).toBe('/v2/documents:classifyText?$alt=json%3Benum-encoding=int');
      expect(request.headers['x-goog-api-key']).toBe('local-key');
      expect(request.body.document.type).toBe(1);
    }
  });

  it('an unreachable backend prints unclassified with a reason and exits 0; the breaker stops further calls', async () => {
    const { port, seen } = await serve((_entry, res) => json(res, 503, { error: { code: 503, message: 'down' } }));
    const result = await runCli(['classify', '--classifier', 'google'], {
      GOOGLE_API_ENDPOINT: `http://127.0.0.1:${port}`,
      GOOGLE_PROJECT_ID: 'p',
      GOOGLE_API_KEY: 'k',
      CLASSIFY_MAX_ATTEMPTS: '2',
      CLASSIFY_RETRY_BASE_MS: '1',
      CLASSIFY_BREAKER_FAILURES: '2',
    }, input);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { id: 'code', category: 'unclassified', confidence: 0, reason: 'unavailable' },
      { id: 'money', category: 'unclassified', confidence: 0, reason: 'backend_unavailable' },
    ]);
    expect(seen).toHaveLength(2);
  });

  it('names the missing variable when CLASSIFIER=google lacks a project id (exit 2)', async () => {
    const result = await runCli(['classify', '--classifier', 'google'], { GOOGLE_API_KEY: 'k' }, input);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('GOOGLE_PROJECT_ID');
  });
});
