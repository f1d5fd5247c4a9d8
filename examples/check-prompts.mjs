// Checks examples/prompts.ndjson against the event schema and the example file's own promises
// (unique ids, six-week window, both timestamp forms). Needs `npm run build` first.
// Usage: node examples/check-prompts.mjs [FILE]   Prints counts only, never event text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promptEventSchema } from '../dist/schemas/event.js';

const file = process.argv[2] ?? fileURLToPath(new URL('./prompts.ndjson', import.meta.url));
const WINDOW_START = Date.UTC(2026, 8, 28);
const WINDOW_END = Date.UTC(2026, 10, 9);

const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.length > 0);
const problems = [];
const ids = new Set();
let epochTimestamps = 0;

lines.forEach((line, i) => {
  const where = `line ${i + 1}`;
  let json;
  try {
    json = JSON.parse(line);
  } catch {
    problems.push(`${where}: not JSON`);
    return;
  }
  const parsed = promptEventSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${where}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    return;
  }
  const event = parsed.data;
  if (ids.has(event.id)) problems.push(`${where}: duplicate id`);
  ids.add(event.id);
  if ('label' in json || 'category' in json) problems.push(`${where}: carries a label field`);
  if (typeof event.timestamp === 'number') epochTimestamps++;
  const ms = typeof event.timestamp === 'number' ? event.timestamp : Date.parse(event.timestamp ?? '');
  if (!(ms >= WINDOW_START && ms < WINDOW_END)) problems.push(`${where}: timestamp outside 2026-09-28..2026-11-08`);
  for (const field of ['accountId', 'model', 'app', 'usage']) {
    if (event[field] === undefined) problems.push(`${where}: missing ${field}`);
  }
});

console.log(`${lines.length} lines, ${ids.size} unique ids, ${epochTimestamps} epoch-ms timestamps, ${problems.length} problems`);
for (const problem of problems.slice(0, 50)) console.log(problem);
process.exitCode = problems.length === 0 ? 0 : 1;
