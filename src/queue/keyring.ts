// PAYLOAD_KEY parsing: one or more AES-256 keys with ids, so keys can rotate while jobs sealed under
// the old key are still in the queue. The first key seals; every listed key opens.
import { ConfigError } from '../errors/index.js';

export interface Keyring {
  /** Id of the key that seals new payloads. */
  readonly sealKid: string;
  readonly keys: ReadonlyMap<string, Buffer>;
}

/** Id given to a key written without one (`PAYLOAD_KEY=base64`). */
export const DEFAULT_KID = 'default';

const KID = /^[A-Za-z0-9_.-]{1,32}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** `base64` or `id:base64,id2:base64`. Errors name the entry by position, never quote key material. */
export function parseKeyring(value: string): Keyring {
  const keys = new Map<string, Buffer>();
  let sealKid: string | undefined;
  const entries = value.split(',').map((e) => e.trim());
  entries.forEach((entry, index) => {
    const where = entries.length > 1 ? `entry ${index + 1}: ` : '';
    const colon = entry.indexOf(':');
    const kid = colon === -1 ? DEFAULT_KID : entry.slice(0, colon);
    const material = colon === -1 ? entry : entry.slice(colon + 1);
    if (!KID.test(kid)) throw new ConfigError('PAYLOAD_KEY', `${where}key id must be 1–32 letters, digits, "_", "." or "-"`);
    if (!BASE64.test(material)) throw new ConfigError('PAYLOAD_KEY', `${where}key must be base64`);
    const key = Buffer.from(material, 'base64');
    if (key.length !== 32) throw new ConfigError('PAYLOAD_KEY', `${where}key must decode to 32 bytes (got ${key.length})`);
    if (keys.has(kid)) throw new ConfigError('PAYLOAD_KEY', `${where}key id repeated`);
    keys.set(kid, key);
    sealKid ??= kid;
  });
  return { sealKid: sealKid!, keys };
}

/** The keyring a sidecar or worker needs; PAYLOAD_KEY is optional only for commands that never touch payloads. */
export function requireKeyring(payloadKey: string | undefined): Keyring {
  if (payloadKey === undefined) throw new ConfigError('PAYLOAD_KEY', 'required by sidecar and worker (32 random bytes, base64: `openssl rand -base64 32`)');
  return parseKeyring(payloadKey);
}
