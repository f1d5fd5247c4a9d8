// Words for a runtime failure that a user can act on, built from the error's class and code only:
// library messages may quote input or connection strings with passwords.
import { serializeError } from '../log.js';

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET', 'EAI_AGAIN']);

export function describeFailure(err: unknown): string {
  const info = serializeError(err);
  const code = typeof info.code === 'string' ? info.code : undefined;
  // ioredis gives up on a command with MaxRetriesPerRequestError when the server never answers.
  if (info.type === 'MaxRetriesPerRequestError') return 'cannot reach Redis; check REDIS_URL and that the server is up';
  if (code !== undefined && CONNECTION_CODES.has(code)) return `cannot connect to a server (${code}); check REDIS_URL or the PostgreSQL URL`;
  return `failed (${JSON.stringify(info)})`;
}
