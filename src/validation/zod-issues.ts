// Turns zod issues into field-named messages that never quote the input: zod's defaults are mostly
// safe, but we rebuild each message from the issue's code so a future default can't start echoing text.
import type { z } from 'zod';
import { ValidationError, type FieldIssue } from '../errors/index.js';

export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_big':
      return `too large (maximum ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''})`;
    case 'too_small':
      return `too small (minimum ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''})`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `invalid ${issue.format}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    case 'unrecognized_keys':
      return `${issue.keys.length} unknown key(s)`;
    case 'invalid_key':
    case 'invalid_element':
      return 'invalid entry';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'custom':
      // Custom messages are written by us in the schemas and never interpolate input.
      return issue.message;
    default:
      return 'invalid';
  }
}

export function issuesFromZod(error: z.ZodError, prefix = ''): FieldIssue[] {
  return error.issues.map((issue) => ({ field: formatPath(issue.path, prefix), message: describe(issue) }));
}

/** Parse `value` with `schema`, throwing a ValidationError whose message names the failing field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, prefix = ''): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(issuesFromZod(result.error, prefix));
  return result.data;
}

/**
 * JSON.parse whose failure says where, not what: V8's SyntaxError quotes the input it choked on,
 * which may be a prompt.
 */
export function parseJsonOrThrow(text: string, field = '(root)'): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const position = err instanceof SyntaxError ? /position (\d+)/.exec(err.message)?.[1] : undefined;
    throw new ValidationError([
      { field, message: `not valid JSON${position !== undefined ? ` (at character ${position})` : ''}` },
    ]);
  }
}
