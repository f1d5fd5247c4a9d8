import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../schemas/json-schemas.js';
import { packagePath } from '../../src/util/package-root.js';
import { jsonSchemaValidator } from '../support/json-schema.js';

describe('generated JSON Schemas', () => {
  it.each(Object.keys(jsonSchemas()))('%s is up to date (run `npm run schemas`)', (file) => {
    const onDisk = JSON.parse(readFileSync(packagePath('schemas', file), 'utf8')) as unknown;
    expect(onDisk).toEqual(jsonSchemas()[file]);
  });

  it('the event schema accepts a chat event and rejects a wrong type', () => {
    const validate = jsonSchemaValidator('event.schema.json');
    expect(validate({ id: 'r1', messages: [{ role: 'user', content: 'hi' }], usage: { promptTokens: 1 } })).toBe(true);
    expect(validate({ id: 'r1', prompt: 5 })).toBe(false);
  });
});
