// Character classes for the tokenizer, computed per UTF-16 code unit on first sight and cached, so the
// hot loop does one array read per character instead of a Unicode regex test.

export const SEPARATOR = 0;
/** Letters, digits, marks and `_` in scripts that separate words with spaces. */
export const WORD = 1;
/** Scripts written without spaces (Han, kana, Thai, …): every character is a token of its own. */
export const IDEOGRAPH = 2;
/** ASCII punctuation: a token of its own, because code and markup are told apart by it. */
export const PUNCT = 3;

const UNKNOWN = 255;
const table = new Uint8Array(0x10000).fill(UNKNOWN);
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const NO_SPACE_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u;

function classify(code: number): number {
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f) return WORD;
    return code > 0x20 && code < 0x7f ? PUNCT : SEPARATOR;
  }
  // Lone surrogates (astral characters such as emoji) carry little topic signal: treat as separators.
  if (code >= 0xd800 && code <= 0xdfff) return SEPARATOR;
  const ch = String.fromCharCode(code);
  if (NO_SPACE_SCRIPT.test(ch)) return IDEOGRAPH;
  return WORD_CHAR.test(ch) ? WORD : SEPARATOR;
}

export function charClass(code: number): number {
  const cached = table[code]!;
  if (cached !== UNKNOWN) return cached;
  const computed = classify(code);
  table[code] = computed;
  return computed;
}
