// AES-256-GCM sealing of the transcript, the only text in a queued job (DESIGN §4). A random 96-bit
// IV per payload; the job id and key id are authenticated data, so a sealed transcript cannot be
// moved onto another job. Failures are PayloadError values: the worker counts them, never retries.
import { createCipheriv, createDecipheriv, randomFillSync } from 'node:crypto';
import { PayloadError } from '../errors/index.js';
import type { Keyring } from './keyring.js';

export interface Sealed {
  kid: string;
  /** base64 of the 12-byte IV. */
  iv: string;
  /** base64 ciphertext. */
  ct: string;
  /** base64 of the 16-byte GCM tag. */
  tag: string;
}

const aad = (jobId: string, kid: string) => Buffer.from(`prompt-census/job\n${jobId}\n${kid}`, 'utf8');

// randomBytes(12) is a synchronous trip to OpenSSL's generator per call, several µs on the host's
// request path; IVs are cut from a block of the same CSPRNG output instead, refilled when used up.
// Each IV is still 96 fresh random bits, handed out once.
const IV_BYTES = 12;
const ivPool = Buffer.alloc(IV_BYTES * 256);
let ivOffset = ivPool.length;

function nextIv(): Buffer {
  if (ivOffset === ivPool.length) {
    randomFillSync(ivPool);
    ivOffset = 0;
  }
  // A copy: the pool is overwritten on the next refill.
  const iv = Buffer.from(ivPool.subarray(ivOffset, ivOffset + IV_BYTES));
  ivOffset += IV_BYTES;
  return iv;
}

export function seal(keyring: Keyring, jobId: string, plaintext: string): Sealed {
  const kid = keyring.sealKid;
  const iv = nextIv();
  const cipher = createCipheriv('aes-256-gcm', keyring.keys.get(kid)!, iv);
  cipher.setAAD(aad(jobId, kid));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { kid, iv: iv.toString('base64'), ct: ct.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** The plaintext, or a PayloadError (unknown key id, wrong job, tampered or truncated data). */
export function open(keyring: Keyring, jobId: string, sealed: Sealed): string {
  const key = keyring.keys.get(sealed.kid);
  if (!key) throw new PayloadError('payload sealed under an unknown key id');
  const iv = Buffer.from(sealed.iv, 'base64');
  const tag = Buffer.from(sealed.tag, 'base64');
  if (iv.length !== 12 || tag.length !== 16) throw new PayloadError('payload iv or tag has the wrong length');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
    decipher.setAAD(aad(jobId, sealed.kid));
    decipher.setAuthTag(tag);
    const plaintext = decipher.update(Buffer.from(sealed.ct, 'base64'));
    // GCM is a stream mode: final() adds no bytes, it checks the tag (and throws on a mismatch), so
    // the plaintext needs no Buffer.concat copy. Nothing is returned before the tag has been checked.
    decipher.final();
    return plaintext.toString('utf8');
  } catch {
    throw new PayloadError('payload failed authentication');
  }
}
