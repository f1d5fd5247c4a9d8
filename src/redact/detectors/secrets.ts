// Credentials: provider keys with a fixed shape, JWTs, PEM private keys, auth headers and values
// assigned to secret-sounding names (see assigned-secrets.ts). Every pattern starts at a literal
// anchor, and each repetition is bounded: the scan stays linear.
import { eachUnglued, gluedBy, isDigit, isWordChar, matchAll } from '../scan.js';
import type { Detector, Span } from '../types.js';
import { assignedSecretSpans } from './assigned-secrets.js';

// Provider key shapes. A token must not continue a longer word, which is checked in code rather
// than with a lookbehind (see scan.ts); each repetition is bounded, so the scan stays linear.
const SHAPES: string[] = [
  '(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])', // AWS access key id
  'sk-(?:ant-(?:api|admin)\\d\\d-|proj-|svcacct-|admin-|or-v1-)?[A-Za-z0-9_\\-]{20,300}', // OpenAI, Anthropic, OpenRouter
  'AIza[0-9A-Za-z_\\-]{35}(?![A-Za-z0-9_\\-])', // Google API key
  'ya29\\.[0-9A-Za-z_\\-]{20,2048}', // Google OAuth access token
  'GOCSPX-[0-9A-Za-z_\\-]{20,64}', // Google OAuth client secret
  'gh[pousr]_[A-Za-z0-9]{36,255}(?![A-Za-z0-9])', // GitHub tokens
  'github_pat_[A-Za-z0-9_]{22,255}',
  'glpat-[A-Za-z0-9_\\-]{20,64}', // GitLab
  '(?:xox[abposre]|xapp)-[A-Za-z0-9\\-]{10,250}', // Slack tokens, app-level tokens
  '(?:sk|rk|pk|whsec)_(?:live|test)_[A-Za-z0-9]{16,250}', // Stripe
  'whsec_[A-Za-z0-9+/=]{24,100}', // Stripe webhook secret
  'hf_[A-Za-z0-9]{30,64}(?![A-Za-z0-9])', // Hugging Face
  'gsk_[A-Za-z0-9]{40,64}(?![A-Za-z0-9])', // Groq
  '(?:xai|pplx)-[A-Za-z0-9]{32,128}(?![A-Za-z0-9])', // xAI, Perplexity
  'r8_[A-Za-z0-9]{30,64}(?![A-Za-z0-9])', // Replicate
  'npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])', // npm
  'SG\\.[A-Za-z0-9_\\-]{16,32}\\.[A-Za-z0-9_\\-]{16,64}', // SendGrid
  'SK[0-9a-f]{32}(?![A-Za-z0-9])', // Twilio API key
  'dop_v1_[a-f0-9]{64}(?![A-Za-z0-9])', // DigitalOcean
  'shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}(?![A-Za-z0-9])', // Shopify
  'eyJ[A-Za-z0-9_\\-]{5,4000}\\.eyJ[A-Za-z0-9_\\-]{5,8000}\\.[A-Za-z0-9_\\-]{0,4000}', // JWT
];
// One pass for all shapes. V8 cannot skip quickly through an alternation, so a pattern of the
// short prefixes finds where a shape may start, and the full shape is tried there (sticky).
const SHAPE_START =
  /AKIA|ASIA|ABIA|ACCA|AIza|GOCSPX-|SG\.|SK[0-9a-f]|eyJ|sk[-_]|rk_|pk_|gh[pousr]_|github_pat_|glpat-|xox[abposre]-|xapp-|whsec_|hf_|gsk_|xai-|pplx-|r8_|npm_|dop_v1_|shp(?:at|ss|ca|pa)_|ya29\./g;
const SHAPE = new RegExp(SHAPES.map((r) => `(?:${r})`).join('|'), 'y');
const isTokenChar = (c: number) => isWordChar(c) || c === 45;
// After the prefix, lower-case words ("xoxo-gossip-girl", "sk-learn-compatible-estimators") name a
// thing; a random key body (10 characters at least) all but surely holds a capital or a digit.
const WORDS_ONLY = /^[a-z_.-]*$/;
const tokenGlued = gluedBy(isTokenChar);
// Telegram bot tokens (digits, ":AA", 33 characters), anchored on the rare ":AA".
const TELEGRAM = /:AA[A-Za-z0-9_\-]{33}(?![A-Za-z0-9_\-])/g;
const SLACK_WEBHOOK = /hooks\.slack\.com\/services\/[A-Za-z0-9/]{20,120}/g;

function shapeSpans(text: string, spans: Span[]): void {
  eachUnglued(text, SHAPE_START, tokenGlued, (m) => {
    SHAPE.lastIndex = m.index;
    const shape = SHAPE.exec(text);
    if (shape && !WORDS_ONLY.test(shape[0].slice(m[0].length))) {
      spans.push({ start: m.index, end: m.index + shape[0].length, type: 'SECRET' });
      SHAPE_START.lastIndex = m.index + shape[0].length;
    }
  });
  TELEGRAM.lastIndex = 0;
  for (let m = TELEGRAM.exec(text); m !== null; m = TELEGRAM.exec(text)) {
    let start = m.index;
    while (start > 0 && m.index - start < 10 && isDigit(text.charCodeAt(start - 1))) start--;
    if (m.index - start >= 8 && !(start > 0 && isTokenChar(text.charCodeAt(start - 1)))) spans.push({ start, end: m.index + m[0].length, type: 'SECRET' });
  }
  for (const s of matchAll(text, SLACK_WEBHOOK, 'SECRET')) spans.push(s);
}

// Authorization header values. A real credential is not an English word: require a digit, an
// inner capital or a base64 symbol, or a long run.
const AUTH = /(Bearer|Basic|Token|Digest)[ \t]+([A-Za-z0-9._~+/=-]{8,4096})/g;

function looksLikeCredential(scheme: string, value: string): boolean {
  if (value.length >= 24 || /\d/.test(value) || /[._~+/=-]/.test(value)) return true;
  if (!/[a-z][A-Z]/.test(value)) return false;
  // "Basic JavaScript" is a course title; a Basic credential is base64 of "user:password" (RFC 7617).
  return scheme !== 'Basic' || decodesToUserPassword(value);
}

function decodesToUserPassword(value: string): boolean {
  try {
    const decoded = atob(value);
    return decoded.includes(':') && /^[\x20-\x7e]*$/.test(decoded);
  } catch {
    return false;
  }
}

// scheme://user:password@host — the userinfo is the secret. Anchored on the "://"; the scheme
// before it is checked in code.
const URL_USERINFO = /:\/\/[^\s:@/]{0,256}:[^\s@/]{1,256}@/g;
const isSchemeChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || isDigit(c) || c === 43 || c === 46 || c === 45;

/** Whether the "://" at `at` follows a scheme: a letter, then 1–20 scheme characters. */
function followsScheme(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && at - start <= 21 && isSchemeChar(text.charCodeAt(start - 1))) start--;
  const c = text.charCodeAt(start);
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return at - start >= 2 && at - start <= 21 && letter && !(start > 0 && isSchemeChar(text.charCodeAt(start - 1)));
}
// Tokens in a URL's query string.
const URL_QUERY_TOKEN =
  /[?&](?:access_token|id_token|refresh_token|token|api_key|apikey|api-key|key|sig|signature|x-amz-signature|x-amz-credential|x-amz-security-token|secret|client_secret|password|passwd|pwd|pass|auth|code|session|sessionid|sid)=([^&#\s"'<>]{6,4096})/gi;

const PEM_BEGIN = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY( BLOCK)?-----/g;

function pemSpans(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const m of matchAll(text, PEM_BEGIN, 'SECRET')) {
    if (m.start < from) continue;
    const endMarker = text.indexOf('-----END ', m.end);
    // No END marker: redact to the end of the text rather than leak a partial key.
    const close = endMarker === -1 ? -1 : text.indexOf('-----', endMarker + 9);
    const end = close === -1 ? text.length : close + 5;
    spans.push({ start: m.start, end, type: 'SECRET' });
    from = end;
  }
  return spans;
}

function groupSpan(m: RegExpExecArray, group: number, type: Span['type']): Span {
  const start = m.index + m[0].length - m[group]!.length;
  return { start, end: start + m[group]!.length, type };
}

export const secretsDetector: Detector = {
  name: 'secrets',
  find(text) {
    const spans: Span[] = [];
    shapeSpans(text, spans);
    eachUnglued(text, AUTH, tokenGlued, (m) => {
      if (looksLikeCredential(m[1]!, m[2]!)) spans.push(groupSpan(m, 2, 'SECRET'));
    });
    URL_USERINFO.lastIndex = 0;
    for (let m = URL_USERINFO.exec(text); m !== null; m = URL_USERINFO.exec(text)) {
      if (followsScheme(text, m.index)) spans.push({ start: m.index + 3, end: m.index + m[0].length - 1, type: 'URL_CREDENTIALS' });
      else URL_USERINFO.lastIndex = m.index + 1;
    }
    if (text.includes('=')) spans.push(...matchAll(text, URL_QUERY_TOKEN, 'URL_CREDENTIALS', (m) => groupSpan(m, 1, 'URL_CREDENTIALS')));
    spans.push(...assignedSecretSpans(text));
    spans.push(...pemSpans(text));
    return spans;
  },
};
