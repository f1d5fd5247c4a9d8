// Person names, without a model: runs of capitalised words judged by a gazetteer of given names and
// surnames (models/redact/names.txt), a list of common English words, and the words around them
// (titles, "my name is", "says"). Only capitalised words are visited, and every context check reads
// a bounded window, so the detector is linear.
import { defaultGazetteer, type Gazetteer } from '../gazetteer.js';
import type { Detector, Span } from '../types.js';

// A capitalised word: Anna, O'Brien, McConnan, Jean-Luc, Ásgeirsdóttir. The first character is an
// explicit range (Latin, Greek, Cyrillic capitals) because V8 skips ahead quickly only on those;
// NAME_SHAPE then checks it properly.
const CAP_WORD = /[A-Z\u00C0-\u00DE\u0100-\u024F\u0386-\u03AB\u0400-\u042F][\p{L}\p{M}'’-]{0,40}/gu;
const GLUED_BEFORE = /[\p{L}\p{M}\p{N}_'’-]/u;
// Shaped like a name, unlike TypeScript, HTML or ALL_CAPS.
const NAME_SHAPE = /^(?:\p{Lu}['’]?\p{Ll}[\p{Ll}\p{M}'’]*(?:-\p{Lu}\p{Ll}+)?|Ma?c\p{Lu}\p{Ll}+)$/u;
const PARTICLES = new Set(['van', 'von', 'de', 'da', 'del', 'della', 'di', 'du', 'le', 'la', 'bin', 'ibn', 'al', 'ten', 'ter', 'dos', 'das']);
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'madam', 'herr', 'frau', 'mme', 'mlle', 'sr', 'sra', 'srta', 'señor', 'señora', 'rev', 'capt', 'sgt']);
// The word just before a run that makes even one unfamiliar capitalised word a name.
const STRONG_CUES = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'regards', 'sincerely', 'cheers', 'named', 'starring', 'featuring', 'says', 'by', 'with', 'meet', 'ask', 'tell', 'cc', 'attn']);
// Cue phrases ending just before a run ("my name is", "call me", "Name:").
const PHRASE_BEFORE = /(?:my name is|name is|name's|names?\s?:|call me|i am|i'm|this is)[,:]?\s{1,3}$/i;
const SPEECH_AFTER = /^,?\s{1,2}(?:says|said|told|tells|asks|asked|wrote|writes|replied|replies|added|explained|noted|tweeted|argues|argued|recalls|recalled)\b/i;
// Lower-case names are taken only right after an explicit introduction.
const LOWER_CUE = /(?:[Mm]y name is|[Nn]ame\s?:|[Cc]all me|I'm|I am|[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear) {1,3}(\p{Ll}[\p{Ll}\p{M}'’-]{1,30})(?: (\p{Ll}[\p{Ll}\p{M}'’-]{1,30}))?/gu;
const MAX_RUN = 5;
const CONTEXT_CHARS = 24;

interface Word {
  start: number;
  end: number;
  key: string;
}

function isGap(c: number): boolean {
  return c === 32 || c === 44 || c === 46 || c === 58 || c === 59 || c === 10 || c === 9;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || (c >= 0xc0 && c !== 0x2019);
}

/** The lower-cased word ending at or before `pos` (skipping spaces and punctuation). */
function previousWord(text: string, pos: number): string {
  let end = pos;
  while (end > 0 && pos - end < 4 && isGap(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < 20 && isLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

// Words that end a cue phrase; PHRASE_BEFORE is tried only after one of them.
const PHRASE_ENDS = new Set(['is', "name's", 'name', 'names', 'me', 'am', "i'm"]);

export function createPersonDetector(gazetteer?: Gazetteer): Detector {
  return {
    name: 'person',
    find(text) {
      const { names, commonWords } = gazetteer ?? defaultGazetteer();
      const spans: Span[] = [];
      let run: Word[] = [];
      const flush = () => {
        if (run.length > 0) judge(text, run, names, commonWords, spans);
        run = [];
      };
      CAP_WORD.lastIndex = 0;
      for (let m = CAP_WORD.exec(text); m !== null; m = CAP_WORD.exec(text)) {
        if (m.index > 0 && GLUED_BEFORE.test(text[m.index - 1]!)) continue;
        const word = m[0].replace(/[-'’]+$/, '');
        const isInitial = word.length === 1;
        if (!isInitial && !NAME_SHAPE.test(word)) {
          flush();
          continue;
        }
        const w: Word = { start: m.index, end: m.index + word.length, key: word.toLowerCase().replace(/['’]s$/, '') };
        const last = run[run.length - 1];
        if (last && run.length < MAX_RUN) {
          const gap = text.slice(last.end, w.start);
          const lastInitial = last.end - last.start === 1;
          const joined = gap === ' ' || (lastInitial && (gap === '. ' || gap === '.')) || (/^ \p{Ll}{1,5} $/u.test(gap) && PARTICLES.has(gap.trim()));
          if (!joined) flush();
        } else if (last) flush();
        run.push(w);
      }
      flush();
      lowerCaseNames(text, names, commonWords, spans);
      return spans;
    },
  };
}

function judge(text: string, words: Word[], names: ReadonlySet<string>, common: ReadonlySet<string>, spans: Span[]): void {
  // A leading greeting or title is context, not part of the name ("Dear Anna", "Dr Ruiz").
  let first = 0;
  while (first < words.length && (TITLES.has(words[first]!.key) || STRONG_CUES.has(words[first]!.key))) first++;
  const run = words.slice(first).filter((w) => w.end - w.start > 1);
  if (run.length === 0) return;
  const start = words[first]!.start;
  const end = words[words.length - 1]!.end;
  const cue = () => {
    if (first > 0) return true;
    const prev = previousWord(text, start);
    if (TITLES.has(prev) || STRONG_CUES.has(prev)) return true;
    if (PHRASE_ENDS.has(prev) && PHRASE_BEFORE.test(text.slice(Math.max(0, start - CONTEXT_CHARS), start))) return true;
    const next = text.charCodeAt(end);
    return (next === 32 || next === 44) && SPEECH_AFTER.test(text.slice(end, end + 16));
  };
  let strong = 0;
  let unknown = 0;
  let commonOnly = 0;
  for (const w of run) {
    const name = names.has(w.key);
    const isCommon = common.has(w.key);
    if (name && !isCommon) strong++;
    else if (!name && !isCommon) unknown++;
    else if (!name) commonOnly++;
  }
  // The gazetteer decides most runs; the context is read only when it could change the verdict.
  // Two words that are each both a name and a common word ("The Promise", "Will Power") are not enough.
  let accept = commonOnly === 0 && (strong > 0 || (run.length >= 2 && unknown > 0));
  if (!accept && commonOnly < run.length) accept = cue();
  if (accept) spans.push({ start, end, type: 'PERSON' });
}

function lowerCaseNames(text: string, names: ReadonlySet<string>, common: ReadonlySet<string>, spans: Span[]): void {
  LOWER_CUE.lastIndex = 0;
  for (let m = LOWER_CUE.exec(text); m !== null; m = LOWER_CUE.exec(text)) {
    const firstWord = m[1]!;
    const explicit = /name|call me/i.test(m[0]);
    const key = firstWord.toLowerCase();
    if (!names.has(key) || (!explicit && common.has(key))) continue;
    const second = m[2];
    const start = m.index + m[0].length - firstWord.length - (second ? second.length + 1 : 0);
    let end = start + firstWord.length;
    if (second && names.has(second) && !common.has(second)) end = m.index + m[0].length;
    spans.push({ start, end, type: 'PERSON' });
  }
}

export const personDetector = createPersonDetector();
