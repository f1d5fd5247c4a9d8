// Email addresses. Scans outward from each "@" instead of using one regex: a regex with an
// unbounded local part restarts at every character of a long word and goes quadratic.
import type { Detector, Span } from '../types.js';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
// Letters (Unicode TLDs included), or an internationalised TLD in its ASCII form (xn--p1ai for .рф).
const TLD = /^(?:[A-Za-z\u00a1-\uffff]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

function isLocalChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 39;
}

function isDomainChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46 || c > 127;
}

// user ":" password of a URL (see secrets.ts), each part at most 256 characters.
const MAX_USERINFO = 513;

/**
 * Whether the "@" at `at` closes the userinfo of a URL with a password (`mysql://root:pw@db.example.com`):
 * the secrets detector types that part URL_CREDENTIALS, and what follows is a host, not a mailbox.
 * The scan back stops at the previous "@", so no character is read for two of them.
 */
function closesUrlUserinfo(text: string, at: number): boolean {
  let start = at;
  let colon = false;
  while (start > 0 && at - start < MAX_USERINFO) {
    const c = text.charCodeAt(start - 1);
    if (c === 47 || c === 64 || c <= 32) break;
    if (c === 58) colon = true;
    start--;
  }
  return colon && text.startsWith('://', start - 3);
}

export const emailDetector: Detector = {
  name: 'email',
  find(text) {
    const spans: Span[] = [];
    let from = 0;
    for (let at = text.indexOf('@', from); at !== -1; at = text.indexOf('@', from)) {
      from = at + 1;
      let start = at;
      while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text.charCodeAt(start - 1))) start--;
      let end = at + 1;
      while (end < text.length && end - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(end))) end++;
      // Trim trailing dots/hyphens (sentence punctuation) and require a dotted domain with a 2+ letter TLD.
      while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
      while (start < at && text[start] === '.') start++;
      if (start === at) continue;
      const domain = text.slice(at + 1, end);
      const lastDot = domain.lastIndexOf('.');
      if (lastDot <= 0 || !TLD.test(domain.slice(lastDot + 1))) continue;
      if (closesUrlUserinfo(text, at)) continue;
      // `git@github.com:org/repo.git` is an SSH remote of a hosting service, no one's mailbox.
      if (text[end] === ':' && text.slice(start, at) === 'git') continue;
      spans.push({ start, end, type: 'EMAIL' });
      from = end;
    }
    return spans;
  },
};
