// The README's table of environment variables, generated from the config schema so the two agree
// (test/readme.test.ts compares them; `npm run env-table` prints it).
import { configFields, configSchema } from './config.js';

function showDefault(value: unknown): string {
  if (value === undefined) return '—';
  if (Array.isArray(value)) return value.length === 0 ? '(empty)' : `\`${value.join(',')}\``;
  return `\`${String(value)}\``;
}

export function envTableMarkdown(): string {
  const defaults = configSchema.parse({}) as Record<string, unknown>;
  const rows = Object.entries(configFields).map(([name, field]) => {
    const description = field.description.replace(/\|/g, '\\|');
    return `| \`${field.env}\` | ${showDefault(defaults[name])} | ${description}${field.secret ? ' *(secret)*' : ''} |`;
  });
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
}
