// POST /v1/events: one JSON event, or NDJSON (Content-Type application/x-ndjson) with one event per
// line. Valid events are offered to the census; invalid ones are reported by line, field and rule.
// 202 when at least one event was accepted, 400 when none was, 413 over MAX_BODY_BYTES, 401 without
// the INGEST_TOKEN bearer when one is set. Responses never echo the body.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Census } from '../../census.js';
import { ValidationError, type FieldIssue } from '../../errors/index.js';
import { parseJsonOrThrow } from '../../validation/zod-issues.js';
import { hasBearer } from '../auth.js';
import { HttpError } from '../http-error.js';
import { decodeUtf8, readBody } from '../read-body.js';
import { sendJson } from '../respond.js';
import type { Route } from '../server.js';

export interface EventsRouteOptions {
  census: Pick<Census, 'offer'>;
  maxBodyBytes: number;
  ingestToken?: string | undefined;
}

export interface RejectedLine extends FieldIssue {
  line: number;
}

/** More rejections than this are counted, not listed, so a response stays small. */
const MAX_LISTED = 1_000;

export type BodyKind = 'json' | 'ndjson';

export function bodyKind(req: IncomingMessage): BodyKind {
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') throw new HttpError(415, 'unsupported_encoding', 'content-encoding is not supported');
  const type = (req.headers['content-type'] ?? 'application/json').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || type === '') return 'json';
  if (type === 'application/x-ndjson' || type === 'application/jsonl') return 'ndjson';
  throw new HttpError(415, 'unsupported_media_type', 'use application/json or application/x-ndjson');
}

export function createEventsRoute(options: EventsRouteOptions): Route {
  const offerOne = (value: unknown): { sampled: boolean } | FieldIssue => {
    const result = options.census.offer(value);
    return result.accepted ? { sampled: result.sampled } : result.issue;
  };

  return {
    method: 'POST',
    path: '/v1/events',
    async handle(req: IncomingMessage, res: ServerResponse) {
      if (options.ingestToken !== undefined && !hasBearer(req, options.ingestToken)) {
        req.resume();
        sendJson(res, 401, { error: 'unauthorized', message: 'missing or wrong bearer token' }, { 'www-authenticate': 'Bearer' });
        return;
      }
      const kind = bodyKind(req);
      const text = decodeUtf8(await readBody(req, options.maxBodyBytes));
      if (text.trim() === '') throw new HttpError(400, 'invalid_event', 'empty body', '(body)');

      let accepted = 0;
      let sampled = 0;
      const rejected: RejectedLine[] = [];
      let rejectedTotal = 0;
      const handleLine = (line: string, lineNo: number) => {
        let outcome: { sampled: boolean } | FieldIssue;
        try {
          outcome = offerOne(parseJsonOrThrow(line));
        } catch (err) {
          if (!(err instanceof ValidationError)) throw err;
          outcome = err.issues[0] ?? { field: '(root)', message: 'invalid' };
        }
        if ('sampled' in outcome) {
          accepted++;
          if (outcome.sampled) sampled++;
        } else {
          rejectedTotal++;
          if (rejected.length < MAX_LISTED) rejected.push({ line: lineNo, field: outcome.field, message: outcome.message });
        }
      };

      if (kind === 'json') {
        handleLine(text, 1);
        if (accepted === 0) {
          const issue = rejected[0]!;
          throw new HttpError(400, 'invalid_event', issue.message, issue.field);
        }
        sendJson(res, 202, { accepted, sampled, rejected });
        return;
      }
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        if (line.trim() !== '') handleLine(line, i + 1);
      });
      const body = { accepted, sampled, rejected, ...(rejectedTotal > rejected.length ? { rejectedTotal } : {}) };
      sendJson(res, accepted === 0 ? 400 : 202, accepted === 0 ? { error: 'invalid_events', ...body } : body);
    },
  };
}
