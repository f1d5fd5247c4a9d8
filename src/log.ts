// Structured, text-free logs (pino, JSON on stderr so stdout stays for data). Log ids, counts and
// timings only. The redact paths are a second line of defence should a text field ever slip in.
import { pino, type Logger } from 'pino';

export type { Logger };

export const REDACTED_LOG_PATHS = ['text', 'prompt', 'messages', 'transcript', 'content', 'body', '*.text', '*.prompt', '*.messages', '*.transcript', '*.content', '*.body'];

export function createLogger(level: string, destination: NodeJS.WritableStream | number = 2): Logger {
  const stream = typeof destination === 'number' ? pino.destination({ fd: destination, sync: true }) : destination;
  return pino(
    {
      level,
      base: { pid: process.pid },
      redact: { paths: REDACTED_LOG_PATHS, censor: '[removed]' },
      // Error objects are logged by code and name only: messages from libraries may quote input.
      serializers: { err: (err: unknown) => serializeError(err) },
    },
    stream,
  );
}

export function serializeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const e = err as Error & { code?: unknown; kind?: unknown; status?: unknown };
  return {
    type: e.name,
    ...(typeof e.code === 'string' || typeof e.code === 'number' ? { code: e.code } : {}),
    ...(typeof e.kind === 'string' ? { kind: e.kind } : {}),
    ...(typeof e.status === 'number' ? { status: e.status } : {}),
  };
}
