// Reads a request body with a byte limit, streaming: a body over the limit fails with 413 as soon as
// the limit is passed (or at once from Content-Length), without holding it in memory.
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function tooLarge(limitBytes: number): HttpError {
  return new HttpError(413, 'body_too_large', `request body over ${limitBytes} bytes`);
}

export function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limitBytes) {
      req.resume(); // discard, so the 413 can still be written on this connection
      reject(tooLarge(limitBytes));
      return;
    }
    // Events rather than for-await: leaving a for-await early destroys the socket, and with it the 413.
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limitBytes) {
        over = true;
        chunks.length = 0;
        reject(tooLarge(limitBytes));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks, size));
    });
    req.on('error', reject);
  });
}

/** UTF-8 text of a body; invalid UTF-8 is a 400 rather than silently replaced characters. */
export function decodeUtf8(body: Buffer): string {
  try {
    return utf8.decode(body);
  } catch {
    throw new HttpError(400, 'invalid_body', 'body is not valid UTF-8', '(body)');
  }
}
