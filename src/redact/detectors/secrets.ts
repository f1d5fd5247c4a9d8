// Credentials: provider keys with a fixed shape, JWTs, PEM private keys, auth headers, connection
// strings with passwords, and values assigned to secret-sounding names. Every pattern starts at a
// literal anchor and bounds its repetitions, so each attempt is short and the scan stays linear.
import { matchAll } from '../scan.js';
import type { Detector, Span } from '../types.js';

const SHAPES: RegExp[] = [
  /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g, // AWS access key id
  /\bsk-(?:ant-|proj-|svcacct-|admin-|or-v1-)?[A-Za-z0-9_-]{20,300}/g, // OpenAI, Anthropic, OpenRouter
  /\bAIza[0-9A-Za-z_-]{35}\b/g, // Google API key
  /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g, // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
  /\bglpat-[A-Za-z0-9_-]{20,64}\b/g, // GitLab
  /\bxox[abposr]-[A-Za-z0-9-]{10,250}/g, // Slack
  /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,250}\b/g, // Stripe
  /\bhf_[A-Za-z0-9]{30,64}\b/g, // Hugging Face
  /\bgsk_[A-Za-z0-9]{40,64}\b/g, // Groq
  /\beyJ[A-Za-z0-9_-]{5,4000}\.eyJ[A-Za-z0-9_-]{5,8000}\.[A-Za-z0-9_-]{0,4000}/g, // JWT
  /\b(?:Bearer|Basic|Token)[ \t]+[A-Za-z0-9._~+/=-]{8,4096}/g, // Authorization header values
];

// name = value, name: value, "name": "value" — the value is redacted, the name kept for context.
const ASSIGNED = /\b(?:pass(?:word|wd|phrase)?|pwd|secret|client[_-]?secret|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|private[_-]?key|auth[_-]?token|access[_-]?token|refresh[_-]?token|token)["']?[ \t]{0,8}[:=][ \t]{0,8}["']?([^\s"',;]{6,256})/gi;

// scheme://user:password@host — the userinfo is the secret.
const URL_USERINFO = /\b[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/[^\s:@/]{0,256}:[^\s@/]{1,256}@/g;

const PEM_BEGIN = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY( BLOCK)?-----/g;

function pemSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of matchAll(text, PEM_BEGIN, 'SECRET')) {
    const endMarker = text.indexOf('-----END ', m.end);
    // No END marker: redact to the end of the text rather than leak a partial key.
    const close = endMarker === -1 ? -1 : text.indexOf('-----', endMarker + 9);
    const end = close === -1 ? text.length : close + 5;
    spans.push({ start: m.start, end, type: 'SECRET' });
  }
  return spans;
}

export const secretsDetector: Detector = {
  name: 'secrets',
  find(text) {
    const spans: Span[] = [];
    for (const shape of SHAPES) spans.push(...matchAll(text, shape, 'SECRET'));
    spans.push(
      ...matchAll(text, ASSIGNED, 'SECRET', (m) => {
        const value = m[1]!;
        if (/^(?:\*+|x+|<[^>]*>|\$\{?[A-Z_]+\}?|null|none|true|false|undefined|process\.env.*)$/i.test(value)) return null;
        const start = m.index + m[0].length - value.length;
        return { start, end: start + value.length, type: 'SECRET' };
      }),
    );
    spans.push(
      ...matchAll(text, URL_USERINFO, 'URL_CREDENTIALS', (m) => {
        const schemeEnd = m[0].indexOf('://') + 3;
        return { start: m.index + schemeEnd, end: m.index + m[0].length - 1, type: 'URL_CREDENTIALS' };
      }),
    );
    spans.push(...pemSpans(text));
    return spans;
  },
};
