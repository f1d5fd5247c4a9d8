// Street addresses, from their structure rather than a list of streets: a street line (house
// number plus a street-type word, a street-type compound such as "-straße" or "-vägen", or a
// street-type prefix such as "Rue"/"Via"/"ul."), unit lines (Apt, Suite, P.O. Box, PSC/APO), and
// the city/region/postcode/country pieces that follow one. Every street or unit line has a number
// right beside a word, so the patterns are tried (sticky, each attempt bounded) only at the words
// just before such a number, found in the shared word scan; each block's extension reads at most
// MAX_BLOCK characters. Lines written without capitals are read title-cased.
import { defaultGazetteer } from '../gazetteer.js';
import { isDigit } from '../scan.js';
import type { Detector, Span } from '../types.js';
import { CAP, CAPS, INITIAL, MIXED, NUMBER, scanWords, type Words } from '../words.js';
import { isCommonWord } from './name-classes.js';
import { FUNCTION_WORDS } from './person-lexicon.js';

const W = "[\\p{Lu}][\\p{L}\\p{M}'’.-]{0,30}"; // a capitalised word
const LINK = "(?:de|del|della|delle|dei|degli|dello|di|da|do|dos|das|du|des|la|le|van|von|der|den|ten|ter|d'|l'|y|e)";
const NAME = `${W}(?: (?:${LINK} ?)?${W}){0,3}`; // a street's name: up to four words
// A house number, or a range of them ("Hauptstraße 12-14", "Rua Augusta 10/12").
const NUM = '\\d{1,6}[A-Za-z]?(?:[-–/]\\d{1,6}[A-Za-z]?)?';
const SUFFIX_WORD =
  'street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|crescent|cres|boulevard|blvd|way|place|pl|terrace|parkway|pkwy|turnpike|pass|bridge|lodge|squares?|sq|highway|hwy|circle|cir|close|row|walk|creek|trail|alley|gardens|grove|heights|hills?|mews|rise|loop|plaza|ridge|causeway|esplanade|expressway|freeway|junction|landing|manor|meadows?|mount|pike|shores?|springs|valley|vista|walkway|wharf|strasse|straße|str|út|útja|utca|u\\.|tér|tee|maantee|iela|gatvė|prospekt|ulitsa|trg|ulica|caddesi|sokak';
const COMPOUND =
  "straße|strasse|str\\.|weg|gasse|allee|platz|ring|damm|ufer|laan|straat|gracht|plein|kade|singel|dreef|vägen|väg|gatan|gata|gränd|vej|gade|veien|vegen|gate|katu|kuja|tie|polku|kaari|rinne|utca|ulica|ulice|cesta|sokak|caddesi";
const PREFIX =
  "rue|avenue|av\\.|avenida|avda\\.?|rua|via|viale|vicolo|piazza|piazzale|corso|largo|calle|carrer|plaza|paseo|camino|carretera|travessa|alameda|praça|ul\\.|ulica|al\\.|aleja|boulevard|bd\\.?|chemin|impasse|allée|quai|route|strada|platz";

/** lower, Capitalised and UPPER forms of each alternative: the patterns cannot use the i flag,
 * which would let the capitalised-word class match lower-case words. */
function anyCase(alternatives: string): string {
  return alternatives
    .split('|')
    .flatMap((a) => [a, a[0]!.toUpperCase() + a.slice(1), a.toUpperCase()])
    .join('|');
}
const E = '(?![\\p{L}\\p{N}])';

// Each pattern is tried at a word start (so needs no leading lookbehind) and is sticky.
// STREET_LINES order: 0 street then number, 1 number after the street name, then the named ones.
const COMPOUND_LINE = 2;
const PREFIXED = 3;
const NUMBER_NAME_NUMBER = 4;
const STREET_LINES: RegExp[] = [
  // 14 Crown Street, 1659 Hoog St, 230 107 Igias Street, 385 Gemsbok St 12
  new RegExp(`(?:${NUM} ){1,2}(${NAME}) (?:${anyCase(SUFFIX_WORD)})\\.?${E}(?: ${NUM}${E})?`, 'uy'),
  // Villacher Strasse 89, Isaac Lodge 4
  new RegExp(`(${NAME}) (?:${anyCase(SUFFIX_WORD)})\\.? ${NUM}${E}`, 'uy'),
  // Hammarvägen 15, 5049 Harjukuja 54, Brixtonlaan 380a
  new RegExp(`(?:${NUM} ){0,2}(?:${W} ){0,2}([\\p{Lu}][\\p{L}\\p{M}'’-]{0,30}(?:${COMPOUND})) ${NUM}${E}`, 'uy'),
  // Rue de Piétrain 371, ul. Więckowskiego Stefana 28, 76 Boulevard de Normandie
  new RegExp(`(?:${NUM} ){0,2}(?:${anyCase(PREFIX)}) ?(?:${LINK} ){0,2}(${NAME})(?: ${NUM}${E})?`, 'uy'),
  // 7878 Rahu 37, 94472 Atamaria 55: number, name, number
  new RegExp(`${NUM} (${NAME}) ${NUM}${E}`, 'uy'),
];

const UNIT = new RegExp(
  `(?:(?:apt|apartment|suite|ste|unit|flat|room|floor|bldg)\\.? ?#? ?${NUM}(?:,? box ${NUM})?|p\\.? ?o\\.? box ${NUM}|(?:psc|cmr) ${NUM},? box ${NUM}|[adf]po a[aep] \\d{5}(?:-\\d{4})?)${E}`,
  'iuy',
);

// What may follow a street or unit line within one address block.
const PIECE = new RegExp(
  `(?:,?[ \\t]{0,2}\\n[ \\t>?*|#-]{0,5}|,? ?|\\s{1,3})(?:${UNIT.source}|${W}(?: ${W}){0,3}|[\\p{Lu}]{2,}(?: [\\p{Lu}]{2,}){0,3}|\\d{4,6}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d|nan)(?![\\p{L}\\p{N}])`,
  'uy',
);
const MAX_BLOCK = 200;
const MAX_PIECES = 8;
// A corner needs its cue: "the corner of Bygget 64 and Komel Club".
const CORNER = new RegExp(`[Cc]orner [Oo]f ((?:${NUM} )?${NAME}(?: ${NUM})?) [Aa]nd ((?:${NUM} )?${NAME}(?: ${NUM})?)`, 'gu');
// Words that end a block even when capitalised.
const STOP = /^(?:I|I'm|The|This|That|It|We|You|He|She|They|My|Our|Your|Please|Thanks|Thank|Can|Could|Would|Will|Is|Are|And|Or|But|If|When|For|Because)$/;

function extend(text: string, end: number): number {
  let pieces = 0;
  const limit = Math.min(text.length, end + MAX_BLOCK);
  while (pieces < MAX_PIECES && end < limit) {
    PIECE.lastIndex = end;
    const m = PIECE.exec(text);
    if (!m || m.index + m[0].length > limit) break;
    const word = m[0].trim().replace(/^,\s*/, '');
    if (STOP.test(word.split(' ')[0] ?? '')) break;
    end = m.index + m[0].length;
    pieces++;
  }
  return end;
}


// Capitalised words that cannot name a street ("5 Musicians Of The 70s").
const NOT_A_STREET_NAME = new Set(
  'the a an of and or but to in on at for from by with is are was were be been i i\'m you you\'re he she it it\'s we they my your our their this that these those during'.split(' '),
);

/** Whether a matched street line is plausible: its name words are no grammar, and so on. */
function plausible(pattern: number, m: RegExpExecArray): boolean {
  const name = m[1] ?? '';
  const parts = name.split(' ');
  for (const part of parts) if (NOT_A_STREET_NAME.has(part.toLowerCase().replace(/\.$/, ''))) return false;
  const gaz = defaultGazetteer();
  if (pattern === COMPOUND_LINE) {
    // "During 1971" ends in "-ring" but is an English word, not a street.
    const word = name.toLowerCase();
    return !isCommonWord(word, gaz) && !FUNCTION_WORDS.has(word);
  }
  if (pattern === PREFIXED) return /\d/.test(m[0]);
  if (pattern === NUMBER_NAME_NUMBER) {
    // No street-type word to go by: some word of the name must be no common English word.
    return parts.some((p) => !isCommonWord(p.toLowerCase(), gaz) && !FUNCTION_WORDS.has(p.toLowerCase()));
  }
  return true;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c !== 0x2019);
}

/**
 * A number that continues the token before it: after a colon, or after `.`, `-` or `/` that follow a
 * digit. It is the last piece of an IP address, a version, a date or a time, never a house number
 * ("ip 192.0.2.1 ssn 078-05-1120" must not read "1 Ssn 078" as a street line).
 */
function continuesToken(subject: string, start: number): boolean {
  if (start === 0 || !isDigit(subject.charCodeAt(start))) return false;
  const before = subject.charCodeAt(start - 1);
  if (before === 58) return true;
  return (before === 46 || before === 45 || before === 47) && start > 1 && isDigit(subject.charCodeAt(start - 2));
}

/** Try every pattern at each start in `subject` (which begins at `offset` in the text). */
function coresAt(subject: string, offset: number, starts: number[], cores: Span[]): void {
  let reached = -1;
  for (const start of starts) {
    if (start < reached || (start > 0 && isAlnum(subject.charCodeAt(start - 1))) || continuesToken(subject, start)) continue;
    let end = -1;
    for (let p = 0; p < STREET_LINES.length; p++) {
      const pattern = STREET_LINES[p]!;
      pattern.lastIndex = start;
      const m = pattern.exec(subject);
      if (m && start + m[0].length > end && plausible(p, m)) end = start + m[0].length;
    }
    UNIT.lastIndex = start;
    const unit = UNIT.exec(subject);
    if (unit) end = Math.max(end, start + unit[0].length);
    if (end < 0) continue;
    cores.push({ start: offset + start, end: offset + extend(subject, end), type: 'ADDRESS' });
    reached = end;
  }
}

const LOWER_PREFIXES = new Set(['rue', 'avenue', 'boulevard', 'chemin', 'allée', 'quai', 'impasse', 'via', 'ul', 'ul.', 'al.', 'calle', 'rua', 'avenida', 'av.', 'avda.', 'viale', 'corso', 'piazza', 'largo', 'carrer', 'paseo', 'strada', 'apt', 'apt.', 'suite', 'unit', 'box', 'flat', 'psc', 'cmr']);
const LOOK_BACK_WORDS = 5;
const LOOK_BACK_CHARS = 80;

/** The word of up to 8 letters and dots starting at `from` (or ending at `to` when backwards). */
function shortWord(text: string, at: number, backwards: boolean): [number, number] {
  let i = at;
  const step = backwards ? -1 : 1;
  const isWordChar = (c: number) => (c >= 97 && c <= 122) || c === 46;
  while (Math.abs(i - at) < 9 && (backwards ? i > 0 && isWordChar(text.charCodeAt(i - 1)) : i < text.length && isWordChar(text.charCodeAt(i)))) i += step;
  return backwards ? [i, at] : [at, i];
}

function isNameShape(shape: number): boolean {
  return shape === CAP || shape === CAPS || shape === INITIAL || shape === MIXED;
}

// Words that say "street" (types, prefixes, units), lower-cased without dots, and compound endings.
const STREET_WORDS = new Set(
  [...SUFFIX_WORD.split('|'), ...PREFIX.split('|'), 'apt', 'apartment', 'suite', 'ste', 'unit', 'flat', 'room', 'floor', 'bldg', 'box', 'psc', 'cmr', 'apo', 'fpo', 'dpo', 'p.o', 'po']
    .map((w) => w.replace(/\\/g, '').replace(/\?$/, '').replace(/s\?$/, '').replace(/\.$/, '')),
);
const COMPOUND_ENDINGS = COMPOUND.split('|').map((w) => w.replace(/\\/g, '').replace(/\.$/, ''));

const UNSEEN = 0;
const NO_SIGNAL = 1;
const SIGNAL = 2;

/**
 * Whether a capitalised word near a number could make a street line: a street word, a street
 * compound, or a word that is no common English word (a street's own name, as in "7878 Rahu 37").
 * Judged once per word; the patterns run only where some word nearby says yes.
 */
function streetSignal(text: string, words: Words, j: number, memo: Uint8Array): boolean {
  if (memo[j] === UNSEEN) {
    const key = text.slice(words.start[j]!, words.end[j]!).toLowerCase();
    const gaz = defaultGazetteer();
    const signal =
      STREET_WORDS.has(key) || COMPOUND_ENDINGS.some((e) => key.length > e.length && key.endsWith(e)) || (!isCommonWord(key, gaz) && !FUNCTION_WORDS.has(key));
    memo[j] = signal ? SIGNAL : NO_SIGNAL;
  }
  return memo[j] === SIGNAL;
}

/** Starts to try around each number that stands right beside a word that could belong to a street. */
function triggers(text: string, words: Words, cores: Span[]): void {
  const { start, end, shape, count } = words;
  const memo = new Uint8Array(count);
  let reached = 0;
  let tried = -1;
  for (let i = 0; i < count; i++) {
    if (shape[i] !== NUMBER || start[i]! < reached) continue;
    const s = start[i]!;
    const e = end[i]!;
    const prevNear = i > 0 && isNameShape(shape[i - 1]!) && (s - end[i - 1]! === 1 || (s - end[i - 1]! === 2 && text.charCodeAt(s - 2) === 46)) && text.charCodeAt(s - 1) === 32;
    const nextNear = i + 1 < count && isNameShape(shape[i + 1]!) && start[i + 1]! - e === 1 && text.charCodeAt(e) === 32;
    let lowerNear = false;
    if (!prevNear && !nextNear) {
      if (text.charCodeAt(e) === 32) {
        const [a, b] = shortWord(text, e + 1, false);
        lowerNear = b > a && LOWER_PREFIXES.has(text.slice(a, b));
      }
      if (!lowerNear && text.charCodeAt(s - 1) === 32) {
        const [a, b] = shortWord(text, s - 1, true);
        lowerNear = b > a && LOWER_PREFIXES.has(text.slice(a, b));
      }
      if (!lowerNear) continue;
    }
    const starts: number[] = [];
    let earliest = s;
    let signal = lowerNear || (nextNear && streetSignal(text, words, i + 1, memo)) || (i + 2 < count && isNameShape(shape[i + 2]!) && start[i + 2]! - end[i + 1]! === 1 && streetSignal(text, words, i + 2, memo));
    for (let j = Math.max(0, i - LOOK_BACK_WORDS); j < i; j++) {
      if (isNameShape(shape[j]!) && s - start[j]! <= LOOK_BACK_CHARS) {
        starts.push(start[j]!);
        earliest = Math.min(earliest, start[j]!);
        if (!signal) signal = streetSignal(text, words, j, memo);
      }
    }
    if (!signal) continue;
    // A lower-case prefix before the first capitalised word: "ul. Chrzanowska 61", "rue de Pologne".
    if (earliest > 1 && text.charCodeAt(earliest - 1) === 32) {
      const [a, b] = shortWord(text, earliest - 1, true);
      if (b > a) starts.unshift(a);
    }
    if (i > 0 && shape[i - 1] === NUMBER && s - end[i - 1]! === 1) starts.push(start[i - 1]!);
    starts.push(s);
    starts.sort((a, b) => a - b);
    // Neighbouring numbers share starts: each is tried once.
    const fresh = starts.filter((x) => x > tried);
    if (fresh.length === 0) continue;
    tried = fresh[fresh.length - 1]!;
    const before = cores.length;
    coresAt(text, 0, fresh, cores);
    if (cores.length > before) reached = cores[cores.length - 1]!.end;
  }
}

// Lines without capitals: prose-like ones with a digit are read title-cased, so the same patterns apply.
const CODE = /[{}=<>;[\]_`\\|$]/;
const DIGIT_RUN = /(?<![\p{L}\p{N}])\d/gu;

function titleCased(line: string): string {
  return line.replace(/(^|[^\p{L}\p{N}'’])(\p{Ll})/gu, (_, before: string, c: string) => {
    const upper = c.toUpperCase();
    return before + (upper.length === 1 ? upper : c);
  });
}

function uncasedLines(text: string, words: Words, cores: Span[]): void {
  const lines = words.uncasedLines;
  for (let l = 0; l < lines.length; l += 2) {
    const line = text.slice(lines[l]!, lines[l + 1]!);
    if (!/\d/.test(line) || CODE.test(line)) continue;
    const titled = titleCased(line);
    const starts: number[] = [];
    DIGIT_RUN.lastIndex = 0;
    for (let m = DIGIT_RUN.exec(titled); m !== null; m = DIGIT_RUN.exec(titled)) {
      // The number and the starts of the few words before it.
      let i = m.index;
      for (let w = 0; w < LOOK_BACK_WORDS && i > 0; w++) {
        while (i > 0 && titled.charCodeAt(i - 1) === 32) i--;
        while (i > 0 && !/[\s,]/.test(titled[i - 1]!)) i--;
        if (m.index - i > LOOK_BACK_CHARS) break;
        starts.push(i);
      }
      starts.push(m.index);
    }
    starts.sort((a, b) => a - b);
    coresAt(titled, lines[l]!, [...new Set(starts)], cores);
    for (const m of titled.matchAll(CORNER)) pushCorner(m, lines[l]!, cores);
  }
}

function pushCorner(m: RegExpMatchArray, offset: number, cores: Span[]): void {
  const a = offset + m.index! + m[0].indexOf(m[1]!, 10);
  cores.push({ start: a, end: a + m[1]!.length, type: 'ADDRESS' });
  const b = offset + m.index! + m[0].length - m[2]!.length;
  cores.push({ start: b, end: b + m[2]!.length, type: 'ADDRESS' });
}

export const addressDetector: Detector = {
  name: 'address',
  find(text) {
    const cores: Span[] = [];
    const words = scanWords(text);
    triggers(text, words, cores);
    uncasedLines(text, words, cores);
    // The pattern starts with a class ([Cc]), which V8 cannot search for quickly; its literal can be.
    if (text.includes('orner ')) {
      CORNER.lastIndex = 0;
      for (let m = CORNER.exec(text); m !== null; m = CORNER.exec(text)) pushCorner(m, 0, cores);
    }
    return cores;
  },
};
