// POST /v1/ingest/litellm: LiteLLM Proxy's generic_api logging callback, in any of its log_formats
// (json_array, ndjson, single). Each StandardLoggingPayload record becomes a PromptEvent offered to
// the census; failures and non-chat calls are skipped and counted; records we cannot read are
// reported by index (or line) and field. 202 unless the body held records and every one was
// rejected (400). Responses carry counts and field names only, never the input.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Census } from '../../census.js';
import { ValidationError, type FieldIssue } from '../../errors/index.js';
import { splitLitellmBody, type RecordPosition } from '../../integrations/litellm/split-body.js';
import { mapLitellmRecord, SKIP_REASONS, type LitellmMapping, type SkipReason } from '../../integrations/litellm/to-prompt-event.js';
import type { LitellmMetrics } from '../../metrics/litellm-metrics.js';
import { hasBearer } from '../auth.js';
import { HttpError } from '../http-error.js';
import { decodeUtf8, readBody } from '../read-body.js';
import { sendJson } from '../respond.js';
import type { Route } from '../server.js';
import { bodyKind } from './events.js';

export const LITELLM_PATH = '/v1/ingest/litellm';

export interface LitellmRouteOptions {
  census: Pick<Census, 'offer'>;
  maxBodyBytes: number;
  ingestToken?: string | undefined;
  mapping: LitellmMapping;
  metrics: LitellmMetrics;
}

export type RejectedRecord = RecordPosition & FieldIssue;

/** More rejections than this are counted, not listed, so a response stays small. */
const MAX_LISTED = 1_000;

export function createLitellmRoute(options: LitellmRouteOptions): Route {
  const { metrics } = options;

  return {
    method: 'POST',
    path: LITELLM_PATH,
    async handle(req: IncomingMessage, res: ServerResponse) {
      if (options.ingestToken !== undefined && !hasBearer(req, options.ingestToken)) {
        req.resume();
        sendJson(res, 401, { error: 'unauthorized', message: 'missing or wrong bearer token' }, { 'www-authenticate': 'Bearer' });
        return;
      }
      const declared = bodyKind(req);
      const text = decodeUtf8(await readBody(req, options.maxBodyBytes));
      if (text.trim() === '') throw new HttpError(400, 'invalid_body', 'empty body', '(body)');
      const { format, records } = splitLitellmBody(text, declared);

      let accepted = 0;
      let sampled = 0;
      const skipped = Object.fromEntries(SKIP_REASONS.map((r) => [r, 0])) as Record<SkipReason, number>;
      const rejected: RejectedRecord[] = [];
      let rejectedTotal = 0;
      const reject = (position: RecordPosition, issue: FieldIssue) => {
        rejectedTotal++;
        if (rejected.length < MAX_LISTED) rejected.push({ ...position, field: issue.field, message: issue.message });
      };

      metrics.records.inc(records.length);
      for (const record of records) {
        if ('issue' in record) {
          metrics.invalid.inc();
          reject(record.position, record.issue);
          continue;
        }
        let mapped;
        try {
          mapped = mapLitellmRecord(record.value, options.mapping);
        } catch (err) {
          if (!(err instanceof ValidationError)) throw err;
          metrics.invalid.inc();
          reject(record.position, err.issues[0] ?? { field: '(root)', message: 'invalid' });
          continue;
        }
        if ('skipped' in mapped) {
          skipped[mapped.skipped]++;
          metrics.skipped.inc({ reason: mapped.skipped });
          continue;
        }
        const result = options.census.offer(mapped.event);
        if (!result.accepted) {
          reject(record.position, result.issue);
          continue;
        }
        accepted++;
        if (result.sampled) sampled++;
      }

      const skippedTotal = SKIP_REASONS.reduce((sum, r) => sum + skipped[r], 0);
      const body = { format, accepted, sampled, skipped, rejected, ...(rejectedTotal > rejected.length ? { rejectedTotal } : {}) };
      const allRejected = rejectedTotal > 0 && accepted === 0 && skippedTotal === 0;
      sendJson(res, allRejected ? 400 : 202, allRejected ? { error: 'invalid_records', ...body } : body);
    },
  };
}
