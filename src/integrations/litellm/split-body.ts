// Splits a LiteLLM generic_api request body into records. The callback sends every log_format with
// Content-Type application/json (GenericAPILogger._get_headers), so the format is read off the body:
//   json_array: one JSON array of records (the default);  single: one record per request;
//   ndjson: records joined by "\n" (not valid JSON as a whole once there are two).
import { ValidationError, type FieldIssue } from '../../errors/index.js';
import { HttpError } from '../../http/http-error.js';
import { parseJsonOrThrow } from '../../validation/zod-issues.js';

export type LitellmFormat = 'json_array' | 'ndjson' | 'single';

/** Where a record sat in the body: array index (json_array, single) or 1-based line (ndjson). */
export type RecordPosition = { index: number } | { line: number };

export type BodyRecord = { position: RecordPosition; value: unknown } | { position: RecordPosition; issue: FieldIssue };

export interface SplitBody {
  format: LitellmFormat;
  records: BodyRecord[];
}

// Python's json.dumps (LiteLLM's safe_dumps) writes non-finite floats as bare NaN / Infinity, which
// JSON.parse refuses; one NaN cost must not lose a whole batch. Strings are matched first so that
// their content is left alone; the pattern has no nested quantifiers, so it runs in linear time.
const PYTHON_NON_FINITE = /"(?:[^"\\]|\\.)*"|-?\bInfinity\b|\bNaN\b/g;

/** JSON.parse, and on failure once more with Python's NaN / Infinity read as null. */
function parseLitellmJson(text: string): unknown {
  try {
    return parseJsonOrThrow(text);
  } catch (err) {
    if (!(err instanceof ValidationError) || !/NaN|Infinity/.test(text)) throw err;
    try {
      return JSON.parse(text.replace(PYTHON_NON_FINITE, (token) => (token.startsWith('"') ? token : 'null')));
    } catch {
      throw err; // the first error: it says where, not what
    }
  }
}

function ndjsonRecords(text: string): BodyRecord[] {
  const records: BodyRecord[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    try {
      records.push({ position: { line: i + 1 }, value: parseLitellmJson(line) });
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      records.push({ position: { line: i + 1 }, issue: err.issues[0]! });
    }
  });
  return records;
}

export function splitLitellmBody(text: string, declared: 'json' | 'ndjson'): SplitBody {
  if (declared === 'ndjson') return { format: 'ndjson', records: ndjsonRecords(text) };
  let whole: unknown;
  try {
    whole = parseLitellmJson(text);
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    // Two or more NDJSON records are not one JSON value; a single bad JSON value is a bad body.
    if (text.trim().includes('\n')) return { format: 'ndjson', records: ndjsonRecords(text) };
    throw new HttpError(400, 'invalid_body', err.issues[0]!.message, '(body)');
  }
  if (Array.isArray(whole)) return { format: 'json_array', records: whole.map((value, index) => ({ position: { index }, value })) };
  return { format: 'single', records: [{ position: { index: 0 }, value: whole }] };
}
