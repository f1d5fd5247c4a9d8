// JSON Schema documents derived from the zod schemas, for hosts that validate in other languages.
// `npm run schemas` writes them to schemas/*.schema.json; a test fails when the files are stale.
import { z } from 'zod';
import { aggregateRowSchema, reportDocumentSchema } from './aggregate-row.js';
import { promptEventShape } from './event.js';

const BASE = 'https://prompt-census.dev/schemas';

function toSchema(schema: z.ZodType, id: string, title: string, description: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }),
    $id: `${BASE}/${id}`,
    title,
    description,
  };
}

export function jsonSchemas(): Record<string, Record<string, unknown>> {
  return {
    'event.schema.json': toSchema(
      promptEventShape,
      'event.schema.json',
      'PromptEvent',
      'An event a host offers to prompt-census. Also enforced but not expressible here: exactly one of "messages" and "prompt"; at most MAX_MESSAGES messages (default 512) and MAX_EVENT_BYTES of text (default 1 MiB).',
    ),
    'aggregate-row.schema.json': toSchema(aggregateRowSchema, 'aggregate-row.schema.json', 'AggregateRow', 'One released aggregate row (export, run --format json).'),
    'report.schema.json': toSchema(reportDocumentSchema, 'report.schema.json', 'ReportDocument', 'The document `prompt-census run --format json` prints and `report` reads.'),
  };
}
