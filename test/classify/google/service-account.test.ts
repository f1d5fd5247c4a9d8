// GOOGLE_APPLICATION_CREDENTIALS: a service-account key signs its own JWT (no token exchange, so no
// network beyond the endpoint), which the local server receives as a Bearer token and verifies.
import { generateKeyPairSync, verify } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClassifier } from '../../../src/classify/create-classifier.js';

let dir: string;
let server: Server;
let port: number;
const authorizations: string[] = [];
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pc-sa-'));
  server = createServer((req, res) => {
    authorizations.push(req.headers.authorization ?? '');
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ categories: [{ name: '/Law & Government/Legal', confidence: 0.8 }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe('google classifier with service-account credentials', () => {
  it('sends a JWT signed with the service-account key, and no API key', async () => {
    const keyFile = join(dir, 'sa.json');
    writeFileSync(keyFile, JSON.stringify({
      type: 'service_account',
      project_id: 'test-project',
      private_key_id: 'key-1',
      private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }),
      client_email: 'census@test-project.iam.gserviceaccount.com',
      client_id: '1',
      // Unreachable on purpose: a token exchange would fail the test.
      token_uri: 'http://127.0.0.1:1/token',
    }));
    const classifier = createClassifier(
      { classifier: 'google', googleProjectId: 'test-project', googleApplicationCredentials: keyFile, googleApiEndpoint: `http://127.0.0.1:${port}`, classifyMaxAttempts: 1 },
      { registry: new Registry() },
    );
    const result = await classifier.classify('can my landlord keep the deposit');
    await classifier.close?.();
    expect(result.results.topic?.category).toBe('legal');
    expect(authorizations).toHaveLength(1);
    const token = /^Bearer (.+)$/.exec(authorizations[0]!)?.[1] ?? '';
    const [header, payload, signature] = token.split('.');
    expect(verify('sha256', Buffer.from(`${header}.${payload}`), publicKey, Buffer.from(signature!, 'base64url'))).toBe(true);
    expect(JSON.parse(Buffer.from(payload!, 'base64url').toString())).toMatchObject({ iss: 'census@test-project.iam.gserviceaccount.com' });
  });
});
