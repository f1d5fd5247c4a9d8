// Street addresses, from their structure rather than a list of streets: a street line (house
// number plus a street-type word, a street-type compound such as "-straße" or "-vägen", or a
// street-type prefix such as "Rue"/"Via"/"ul."), unit lines (Apt, Suite, P.O. Box, PSC/APO), and
// the city/region/postcode/country pieces that follow one. Every pattern starts at a word edge and
// bounds its repetitions; each block's extension reads at most MAX_BLOCK characters.
import type { Detector, Span } from '../types.js';

const W = "[\\p{Lu}][\\p{L}\\p{M}'’.-]{0,30}"; // a capitalised word
const LINK = "(?:de|del|della|di|da|do|dos|das|du|des|la|le|van|von|der|den|ten|ter|d'|l'|y|e)";
const NAME = `${W}(?: (?:${LINK} ?)?${W}){0,3}`; // a street's name: up to four words
const NUM = '\\d{1,6}[A-Za-z]?';
const SUFFIX_WORD =
  'street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|crescent|cres|boulevard|blvd|way|place|pl|terrace|parkway|pkwy|turnpike|pass|bridge|lodge|squares?|sq|highway|hwy|circle|cir|close|row|walk|creek|trail|alley|gardens|grove|heights|hills?|mews|rise|loop|plaza|ridge|causeway|esplanade|expressway|freeway|junction|landing|manor|meadows?|mount|pike|shores?|springs|valley|vista|walkway|wharf|strasse|straße|str|út|utca|ulica|caddesi|sokak';
const COMPOUND =
  "straße|strasse|str\\.|weg|gasse|allee|platz|ring|damm|ufer|laan|straat|gracht|plein|kade|singel|dreef|vägen|väg|gatan|gata|gränd|vej|gade|veien|vegen|gate|katu|kuja|tie|polku|kaari|rinne|utca|ulica|ulice|cesta|sokak|caddesi";
const PREFIX =
  "rue|avenue|av\\.|avenida|avda\\.?|rua|via|viale|vicolo|piazza|piazzale|corso|largo|calle|carrer|plaza|paseo|camino|carretera|travessa|alameda|praça|ul\\.|ulica|al\\.|aleja|boulevard|bd\\.?|chemin|impasse|allée|quai|route|strada|platz";
const B = '(?<![\\p{L}\\p{N}])';

/** lower, Capitalised and UPPER forms of each alternative: the patterns cannot use the i flag,
 * which would let the capitalised-word class match lower-case words. */
function anyCase(alternatives: string): string {
  return alternatives
    .split('|')
    .flatMap((a) => [a, a[0]!.toUpperCase() + a.slice(1), a.toUpperCase()])
    .join('|');
}
const E = '(?![\\p{L}\\p{N}])';

const STREET_LINES: RegExp[] = [
  // 14 Crown Street, 1659 Hoog St, 230 107 Igias Street, 385 Gemsbok St 12
  new RegExp(`${B}(?:${NUM} ){1,2}${NAME} (?:${anyCase(SUFFIX_WORD)})\\.?${E}(?: ${NUM}${E})?`, 'gu'),
  // Villacher Strasse 89, Isaac Lodge 4
  new RegExp(`${B}${NAME} (?:${anyCase(SUFFIX_WORD)})\\.? ${NUM}${E}`, 'gu'),
  // Hammarvägen 15, 5049 Harjukuja 54, Brixtonlaan 380a
  new RegExp(`${B}(?:${NUM} ){0,2}(?:${W} ){0,2}[\\p{Lu}][\\p{L}\\p{M}'’-]{0,30}(?:${COMPOUND}) ${NUM}${E}`, 'gu'),
  // Rue de Piétrain 371, ul. Więckowskiego Stefana 28, 76 Boulevard de Normandie
  new RegExp(`${B}(?:${NUM} ){0,2}(?:${anyCase(PREFIX)}) ?${NAME}(?: ${NUM}${E})?`, 'gu'),
  // 7878 Rahu 37, 94472 Atamaria 55: number, name, number
  new RegExp(`${B}${NUM} ${NAME} ${NUM}${E}`, 'gu'),
];
// Street-type words are also common nouns ("the Bridge"); the prefix pattern needs a number.
const NEEDS_NUMBER = new Set([3]);

const UNIT = new RegExp(
  `${B}(?:(?:apt|apartment|suite|ste|unit|flat|room|floor|bldg)\\.? ?#? ?${NUM}(?:,? box ${NUM})?|p\\.? ?o\\.? box ${NUM}|(?:psc|cmr) ${NUM},? box ${NUM}|[adf]po a[aep] \\d{5}(?:-\\d{4})?)${E}`,
  'giu',
);

// What may follow a street or unit line within one address block.
const PIECE = new RegExp(
  `(?:,? ?\\n? ?|, |\\n|\\s{1,3})(?:${UNIT.source}|${W}(?: ${W}){0,3}|[\\p{Lu}]{2,}(?: [\\p{Lu}]{2,}){0,3}|\\d{4,6}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d|nan)(?![\\p{L}\\p{N}])`,
  'uy',
);
const MAX_BLOCK = 200;
const MAX_PIECES = 8;
// A corner needs its cue: "the corner of Bygget 64 and Komel Club".
const CORNER = new RegExp(`corner of ((?:${NUM} )?${NAME}(?: ${NUM})?) and ((?:${NUM} )?${NAME}(?: ${NUM})?)`, 'gu');
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

// Every street or unit line has a number beside a word: the street patterns run only on windows
// around these, which V8 finds with a fast first-character scan.
const TRIGGER = /\d [A-Z\u00C0-\u024F]|[A-Za-z\u00C0-\u024F.] \d/g;
const WINDOW = 120;

function windows(text: string): [number, number][] {
  const out: [number, number][] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m !== null; m = TRIGGER.exec(text)) {
    const start = Math.max(0, m.index - WINDOW);
    const end = Math.min(text.length, m.index + WINDOW);
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = end;
    else out.push([start, end]);
    // Skip ahead: the window already covers the next WINDOW/2 characters' triggers.
    TRIGGER.lastIndex = Math.max(TRIGGER.lastIndex, end - WINDOW / 2);
  }
  return out;
}

/** Push the matches of `pattern` in `part` (which starts at `offset` in the text) as cores. */
function collect(part: string, offset: number, pattern: RegExp, numberOptional: boolean, into: Span[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(part); m !== null; m = pattern.exec(part)) {
    if (numberOptional || /\d/.test(m[0])) into.push({ start: offset + m.index, end: offset + m.index + m[0].length, type: 'ADDRESS' });
  }
}

export const addressDetector: Detector = {
  name: 'address',
  find(text) {
    const cores: Span[] = [];
    for (const [from, to] of windows(text)) {
      const part = text.slice(from, to);
      STREET_LINES.forEach((pattern, index) => collect(part, from, pattern, !NEEDS_NUMBER.has(index), cores));
      collect(part, from, UNIT, true, cores);
    }
    for (const m of text.matchAll(CORNER)) {
      const a = m.index + m[0].indexOf(m[1]!, 10);
      cores.push({ start: a, end: a + m[1]!.length, type: 'ADDRESS' });
      const b = m.index + m[0].length - m[2]!.length;
      cores.push({ start: b, end: b + m[2]!.length, type: 'ADDRESS' });
    }
    cores.sort((a, b) => a.start - b.start);
    let reached = 0;
    for (const core of cores) {
      // Extending from inside a block already extended would rescan it; merge instead.
      if (core.end >= reached) core.end = extend(text, core.end);
      reached = Math.max(reached, core.end);
    }
    return cores;
  },
};
