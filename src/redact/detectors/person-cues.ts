// Words around a run that say it is a person: titles, greetings, "my name is", speaker labels
// (strong), and "by", "says", kin words (weak). Each check reads a bounded window.
import { CUES_BEFORE, FIELD_LABELS, PHRASE_BEFORE, PHRASE_ENDS, SPEECH_AFTER, STRONG_CUES_BEFORE, TITLES } from './person-lexicon.js';
import { mayBeName, previousWord, type Context } from './person-run.js';

const CONTEXT_CHARS = 24;

// First letters of the verbs SPEECH_AFTER knows: the pattern is tried only after one of them.
const SPEECH_INITIALS = new Set('satwrenlASTWRENL'.split('').map((ch) => ch.charCodeAt(0)));

/** No cue. */
export const NO_CUE = 0;
/** A word before or a verb after that often comes with a name ("by", "thanks", "says"). */
export const WEAK_CUE = 1;
/** A title, an introduction or a speaker label ("Mrs.", "my name is", "Anna:"). */
export const STRONG_CUE = 2;

/** How strongly the words around the run say it is a person. */
export function cueAround(c: Context, firstWord: number, lastWord: number, titled: boolean): number {
  if (titled) return STRONG_CUE;
  const { text, words } = c;
  const start = words.start[firstWord]!;
  const end = words.end[lastWord]!;
  const prev = previousWord(text, start);
  if (prev.length > 1 && (TITLES.has(prev) || STRONG_CUES_BEFORE.has(prev))) return STRONG_CUE;
  if (PHRASE_ENDS.has(prev) && PHRASE_BEFORE.test(text.slice(Math.max(0, start - CONTEXT_CHARS), start))) return STRONG_CUE;
  const next = text.charCodeAt(end);
  // A speaker label: the name alone at the start of a line, then a colon (not "Name:" or "Date:",
  // nor a label made of English words only, such as "Door:" or "Sleep Quality:").
  if (next === 58 && !FIELD_LABELS.has(c.keys[firstWord]!) && mayBeName(c, firstWord, lastWord)) {
    let i = start;
    while (i > 0 && start - i < 8 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 62 || text.charCodeAt(i - 1) === 45)) i--;
    if (i === 0 || text.charCodeAt(i - 1) === 10) return STRONG_CUE;
  }
  // "the said King": "said" as an adjective of legal prose, no verb of speech.
  if (prev.length > 1 && CUES_BEFORE.has(prev) && !(prev === 'said' && SAID_ADJECTIVE.test(text.slice(Math.max(0, start - 16), start)))) return WEAK_CUE;
  if (next === 32 || next === 44) {
    const verbAt = next === 44 ? end + 2 : end + 1;
    if (SPEECH_INITIALS.has(text.charCodeAt(verbAt)) && SPEECH_AFTER.test(text.slice(end, end + 16))) return WEAK_CUE;
  }
  return NO_CUE;
}

const SAID_ADJECTIVE = /(?:the|such|aforesaid|of) said\s{1,3}$/i;

