// Splitting a generic_api body into records: the log_format is read off the body (the callback always
// says application/json), NDJSON lines are reported by number, and Python's bare NaN / Infinity (which
// json.dumps writes for non-finite floats) do not cost the batch.
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../../src/http/http-error.js';
import { splitLitellmBody } from '../../../src/integrations/litellm/split-body.js';

describe('splitLitellmBody', () => {
  it('tells json_array, single and ndjson apart by the body', () => {
    expect(splitLitellmBody('[{"id": "a"}, {"id": "b"}]', 'json')).toEqual({ format: 'json_array', records: [{ position: { index: 0 }, value: { id: 'a' } }, { position: { index: 1 }, value: { id: 'b' } }] });
    expect(splitLitellmBody('{"id": "a"}', 'json')).toEqual({ format: 'single', records: [{ position: { index: 0 }, value: { id: 'a' } }] });
    expect(splitLitellmBody('{"id": "a"}\n{"id": "b"}', 'json')).toEqual({ format: 'ndjson', records: [{ position: { line: 1 }, value: { id: 'a' } }, { position: { line: 2 }, value: { id: 'b' } }] });
    // A one-record NDJSON body is the same thing as a single record; declared NDJSON is read as lines.
    expect(splitLitellmBody('{"id": "a"}\n', 'ndjson').format).toBe('ndjson');
    expect(splitLitellmBody('[]', 'json')).toEqual({ format: 'json_array', records: [] });
  });

  it('reports bad NDJSON lines by number (CRLF and blank lines allowed) and a bad single body as a 400', () => {
    const split = splitLitellmBody('{"id": "a"}\r\n\r\n{"id": "CANARY-SPLIT\r\n{"id": "c"}\r\n', 'json');
    expect(split.records).toEqual([
      { position: { line: 1 }, value: { id: 'a' } },
      { position: { line: 3 }, issue: { field: '(root)', message: expect.stringMatching(/^not valid JSON/) } },
      { position: { line: 4 }, value: { id: 'c' } },
    ]);
    expect(JSON.stringify(split)).not.toContain('CANARY');
    let error: unknown;
    try {
      splitLitellmBody('[{"id": "CANARY-SPLIT"},', 'json');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).toBody()).toEqual({ error: 'invalid_body', field: '(body)', message: expect.stringMatching(/^not valid JSON/) });
    expect((error as HttpError).message).not.toContain('CANARY');
  });

  it("reads Python's bare NaN and Infinity as null, leaving strings that contain them alone", () => {
    const body = '[{"id": "a", "response_cost": NaN, "saved_cache_cost": -Infinity, "messages": "NaN \\" Infinity", "x": Infinity}]';
    expect(splitLitellmBody(body, 'json').records).toEqual([
      { position: { index: 0 }, value: { id: 'a', response_cost: null, saved_cache_cost: null, messages: 'NaN " Infinity', x: null } },
    ]);
    expect(splitLitellmBody('{"id": "a", "c": NaN}\n{"id": "b"}', 'json').records[0]).toEqual({ position: { line: 1 }, value: { id: 'a', c: null } });
    // Still broken after that: the original error.
    expect(() => splitLitellmBody('{"id": NaN', 'json')).toThrow(/not valid JSON/);
  });
});
