// Credentials: provider keys with a fixed shape, JWTs, PEM private keys, auth headers and values
// assigned to secret-sounding names (see assigned-secrets.ts). Every pattern starts at a literal
// anchor that cannot sit inside a longer token (a lookbehind), so a failed attempt never restarts
// within the run it just scanned, and each repetition is bounded: the scan stays linear.
import { matchAll } from '../scan.js';
import type { Detector, Span } from '../types.js';
import { assignedSecretSpans } from './assigned-secrets.js';

// Token start: not preceded by a character the token itself could contain.
const S = '(?<![A-Za-z0-9_\\-])';
const SHAPES: RegExp[] = [
  new RegExp(`${S}(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])`, 'g'), // AWS access key id
  new RegExp(`${S}sk-(?:ant-(?:api|admin)\\d\\d-|proj-|svcacct-|admin-|or-v1-)?[A-Za-z0-9_\\-]{20,300}`, 'g'), // OpenAI, Anthropic, OpenRouter
  new RegExp(`${S}AIza[0-9A-Za-z_\\-]{35}(?![A-Za-z0-9_\\-])`, 'g'), // Google API key
  new RegExp(`${S}ya29\\.[0-9A-Za-z_\\-]{20,2048}`, 'g'), // Google OAuth access token
  new RegExp(`${S}GOCSPX-[0-9A-Za-z_\\-]{20,64}`, 'g'), // Google OAuth client secret
  new RegExp(`${S}gh[pousr]_[A-Za-z0-9]{36,255}(?![A-Za-z0-9])`, 'g'), // GitHub tokens
  new RegExp(`${S}github_pat_[A-Za-z0-9_]{22,255}`, 'g'),
  new RegExp(`${S}glpat-[A-Za-z0-9_\\-]{20,64}`, 'g'), // GitLab
  new RegExp(`${S}xox[abposre]-[A-Za-z0-9\\-]{10,250}`, 'g'), // Slack tokens
  /hooks\.slack\.com\/services\/[A-Za-z0-9/]{20,120}/g, // Slack webhook
  new RegExp(`${S}(?:sk|rk|pk|whsec)_(?:live|test)_[A-Za-z0-9]{16,250}`, 'g'), // Stripe
  new RegExp(`${S}whsec_[A-Za-z0-9+/=]{24,100}`, 'g'), // Stripe webhook secret
  new RegExp(`${S}hf_[A-Za-z0-9]{30,64}(?![A-Za-z0-9])`, 'g'), // Hugging Face
  new RegExp(`${S}gsk_[A-Za-z0-9]{40,64}(?![A-Za-z0-9])`, 'g'), // Groq
  new RegExp(`${S}(?:xai|pplx)-[A-Za-z0-9]{32,128}(?![A-Za-z0-9])`, 'g'), // xAI, Perplexity
  new RegExp(`${S}r8_[A-Za-z0-9]{30,64}(?![A-Za-z0-9])`, 'g'), // Replicate
  new RegExp(`${S}npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])`, 'g'), // npm
  new RegExp(`${S}SG\\.[A-Za-z0-9_\\-]{16,32}\\.[A-Za-z0-9_\\-]{16,64}`, 'g'), // SendGrid
  new RegExp(`${S}SK[0-9a-f]{32}(?![A-Za-z0-9])`, 'g'), // Twilio API key
  new RegExp(`${S}dop_v1_[a-f0-9]{64}(?![A-Za-z0-9])`, 'g'), // DigitalOcean
  new RegExp(`${S}shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}(?![A-Za-z0-9])`, 'g'), // Shopify
  new RegExp(`${S}\\d{8,10}:AA[A-Za-z0-9_\\-]{33}(?![A-Za-z0-9_\\-])`, 'g'), // Telegram bot token
  new RegExp(`${S}eyJ[A-Za-z0-9_\\-]{5,4000}\\.eyJ[A-Za-z0-9_\\-]{5,8000}\\.[A-Za-z0-9_\\-]{0,4000}`, 'g'), // JWT
];

// One pass for all shapes: the alternation is tried only where one of the prefixes can start.
const ANY_SHAPE = new RegExp(SHAPES.map((r) => `(?:${r.source})`).join('|'), 'g');

// Authorization header values. A real credential is not an English word: require a digit, an
// inner capital or a base64 symbol, or a long run.
const AUTH = /(?<![A-Za-z0-9_-])(?:Bearer|Basic|Token|Digest)[ \t]+([A-Za-z0-9._~+/=-]{8,4096})/g;

function looksLikeCredential(value: string): boolean {
  return value.length >= 24 || /\d/.test(value) || /[a-z][A-Z]/.test(value) || /[._~+/=-]/.test(value);
}

// scheme://user:password@host — the userinfo is the secret.
const URL_USERINFO = /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/[^\s:@/]{0,256}:[^\s@/]{1,256}@/g;
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
    spans.push(...matchAll(text, ANY_SHAPE, 'SECRET'));
    spans.push(...matchAll(text, AUTH, 'SECRET', (m) => (looksLikeCredential(m[1]!) ? groupSpan(m, 1, 'SECRET') : null)));
    spans.push(
      ...matchAll(text, URL_USERINFO, 'URL_CREDENTIALS', (m) => {
        const schemeEnd = m[0].indexOf('://') + 3;
        return { start: m.index + schemeEnd, end: m.index + m[0].length - 1, type: 'URL_CREDENTIALS' };
      }),
    );
    spans.push(...matchAll(text, URL_QUERY_TOKEN, 'URL_CREDENTIALS', (m) => groupSpan(m, 1, 'URL_CREDENTIALS')));
    spans.push(...assignedSecretSpans(text));
    spans.push(...pemSpans(text));
    return spans;
  },
};
