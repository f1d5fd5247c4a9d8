// Person names, without a model: runs of capitalised words judged by a gazetteer of given names and
// surnames (models/redact/names.txt), a list of common English words, and the context around them
// (titles, "my name is", "says"). One pass over the words; every context check reads a bounded
// window, so the detector is linear.
import { defaultGazetteer, type Gazetteer } from '../gazetteer.js';
import type { Detector, Span } from '../types.js';

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
// Capitalised like a name: Anna, O'Brien, McConnan, Jean-Luc, Ásgeirsdóttir. Not TypeScript or HTML.
const NAME_SHAPE = /^(?:\p{Lu}['’]?\p{Ll}[\p{Ll}\p{M}'’]*|Ma?c\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+)$/u;
const PARTICLES = new Set(['van', 'von', 'de', 'da', 'del', 'della', 'di', 'du', 'le', 'la', 'bin', 'ibn', 'al', 'ten', 'ter', 'dos', 'das', 'y']);
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|madam|herr|frau|mme|mlle|sr|sra|srta|señor|señora|sen|rep|gov|capt|lt|sgt|rev|fr)\.?\s{1,2}$/iu;
const CUE_BEFORE =
  /(?:^|[^\p{L}])(?:my name is|name is|name's|names?\s?:|i am|i'm|call me|called|named|this is|hi|hello|hey|dear|thanks|thank you|regards|sincerely|cheers|meet|ask|tell|contact|cc|starring|featuring|by|with|and|to)[,:]?\s{1,3}$/iu;
// Cues that, alone, make a single unfamiliar capitalised word a name.
const STRONG_CUE_BEFORE =
  /(?:^|[^\p{L}])(?:my name is|name is|name's|names?\s?:|call me|named|hi|hello|hey|dear|thanks|thank you|regards|sincerely|cheers|starring|featuring)[,:]?\s{1,3}$/iu;
const SPEECH_AFTER = /^,?\s{1,2}(?:says|said|told|tells|asks|asked|wrote|writes|replied|replies|added|explained|noted|tweeted|argues|argued|recalls|recalled|is a|was a)\b/i;
const CUE_WORDS = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir']);
// Lower-case names are taken only right after an explicit introduction.
const LOWER_CUE = /(?:^|[^\p{L}])(?:my name is|my name's|name\s?:|call me|i am|i'm|hi|hello|hey|dear)\s{1,3}(\p{Ll}[\p{Ll}\p{M}'’-]{1,30})(?: (\p{Ll}[\p{Ll}\p{M}'’-]{1,30}))?/giu;
const MAX_RUN = 5;
const CONTEXT_CHARS = 24;

interface Token {
  start: number;
  end: number;
  /** Lower-cased, possessive 's removed: the gazetteer key. */
  key: string;
  shape: 'name' | 'initial' | 'particle' | 'other';
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    let shape: Token['shape'] = 'other';
    if (word.length === 1 && /\p{Lu}/u.test(word)) shape = 'initial';
    else if (NAME_SHAPE.test(word)) shape = 'name';
    else if (PARTICLES.has(word)) shape = 'particle';
    tokens.push({ start: m.index, end: m.index + word.length, key: word.toLowerCase().replace(/['’]s$/, ''), shape });
  }
  return tokens;
}

/** Tokens `a` and `b` belong to one name when only a space (or an initial's dot and a space) parts them. */
function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || (a.shape === 'initial' && (gap === '. ' || gap === '.'));
}

export function createPersonDetector(gazetteer?: Gazetteer): Detector {
  return {
    name: 'person',
    find(text) {
      const { names, commonWords } = gazetteer ?? defaultGazetteer();
      const isName = (t: Token) => names.has(t.key);
      const isCommon = (t: Token) => commonWords.has(t.key);
      const spans: Span[] = [];
      const tokens = tokenize(text);

      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i]!.shape !== 'name') continue;
        // A run: name-shaped words, initials, and particles between them.
        let j = i;
        while (j + 1 < tokens.length && j - i < MAX_RUN && adjacent(text, tokens[j]!, tokens[j + 1]!)) {
          const next = tokens[j + 1]!;
          if (next.shape === 'name' || next.shape === 'initial') j++;
          else if (next.shape === 'particle' && tokens[j + 2]?.shape === 'name' && adjacent(text, next, tokens[j + 2]!)) j += 2;
          else break;
        }
        const runStart = i;
        let first = i;
        // A leading greeting or title is context, not part of the name ("Dear Anna", "Dr Ruiz").
        while (first <= j && CUE_WORDS.has(tokens[first]!.key)) first++;
        const run = tokens.slice(first, j + 1).filter((t) => t.shape === 'name');
        i = j;
        if (run.length === 0) continue;
        const start = tokens[first]!.start;
        const end = tokens[j]!.end;
        const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
        const titled = first > runStart || TITLE_BEFORE.test(before);
        const strongCue = titled || STRONG_CUE_BEFORE.test(before) || SPEECH_AFTER.test(text.slice(end, end + 16));
        const weakCue = strongCue || CUE_BEFORE.test(before);

        const strong = run.filter((t) => isName(t) && !isCommon(t)).length;
        const unknown = run.filter((t) => !isName(t) && !isCommon(t)).length;
        const commonOnly = run.filter((t) => !isName(t) && isCommon(t)).length;
        let accept = false;
        if (strongCue) accept = commonOnly < run.length;
        else if (strong > 0) accept = commonOnly === 0 || strong + unknown >= run.length - commonOnly;
        else if (run.length >= 2) accept = commonOnly === 0;
        else accept = weakCue && unknown === 1;
        if (accept) spans.push({ start, end, type: 'PERSON' });
      }

      LOWER_CUE.lastIndex = 0;
      for (let m = LOWER_CUE.exec(text); m !== null; m = LOWER_CUE.exec(text)) {
        const firstWord = m[1]!;
        const explicit = /name|call me/i.test(m[0]);
        const key = firstWord.toLowerCase();
        if (!names.has(key) || (!explicit && commonWords.has(key))) continue;
        const start = m.index + m[0].length - firstWord.length - (m[2] ? m[2].length + 1 : 0);
        let end = start + firstWord.length;
        if (m[2] && names.has(m[2].toLowerCase()) && !commonWords.has(m[2].toLowerCase())) end = m.index + m[0].length;
        spans.push({ start, end, type: 'PERSON' });
      }
      return spans;
    },
  };
}

export const personDetector = createPersonDetector();
