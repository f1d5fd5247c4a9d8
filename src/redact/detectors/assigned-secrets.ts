// Values assigned to secret-sounding names: `password = "…"`, `"api_key": "…"`, `AWS_SECRET_ACCESS_KEY=…`,
// `Password=…;` in connection strings, YAML block scalars, and XML config (`<add key="ApiKey" value="…"/>`,
// `<Password>…</Password>`). Passwords are redacted whatever they look like; values of names that are
// only sometimes secret (token, key, auth) must look random, so `token: string` and `key = config.key` stay.
import type { Span } from '../types.js';

// Code is full of assignments; only those whose name holds one of these words are looked at.
const KEYWORD = /pass|pwd|secret|private|credential|token|key|auth|session|cookie/gi;
// Read from the start of the identifier holding the keyword (sticky, so bounded per keyword).
const ASSIGNMENT = /([A-Za-z_][\w.-]{0,63})["']?[ \t]{0,8}(?:=|:=|=>|:)[ \t]{0,8}(["'`]?)([^\s"'`,;&<>(){}[\]]{4,512})/y;
const MAX_NAME = 64;
// YAML block scalars put the value on the next, indented line: `password: |` then `  hunter2…`. Only a
// line holding one token is taken (secrets have no spaces; folded prose under a `*_key` name has).
const YAML_BLOCK = /([A-Za-z_][\w.-]{0,63})[ \t]{0,8}:[ \t]{0,8}[|>][-+]?[1-9]?[ \t]{0,8}\r?\n[ \t]{1,32}([^\s"'`]{4,512})(?=[ \t]{0,64}(?:\r?\n|$))/y;

function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;
}
const ALWAYS_SECRET = /pass(?:word|wd|phrase)?$|pwd$|secret|private[_-]?key|credential/i;
const SOMETIMES_SECRET = /token(?!i[sz])|api[_-]?key|apikey|access[_-]?key|auth|signing[_-]?key|account[_-]?key|shared[_-]?access[_-]?key|(?:^|[_-])key$|session|cookie/i;
// A name ending in one of these holds where or what a secret is, not the secret: `secretName: tls-cert`,
// `private_key_path: ~/.ssh/id_rsa`, `authorization_url: https://…`.
const REFERENCE_SUFFIX = /[_.-](?:name|path|file|dir|url|uri|ref|arn|type|header|field)$/i;
const REFERENCE_CAMEL = /[a-z\d](?:Name|Path|File|Dir|Url|URL|Uri|URI|Ref|Arn|ARN|Type|Header|Field)$/;
// Words a secret name is commonly bound to in code and config without holding a secret.
const NOT_A_VALUE =
  /^(?:\*+|x{3,}|\.{3,}|<[^>]*>|\$\{?[\w.]+\}?|%\w+%|\{\{.*|null|nil|none|true|false|undefined|string|str|number|int|bool|boolean|bytes|any|unknown|object|optional|required|secret|password|token|env|changeme|redacted|hidden|include|omit|same-origin|your[_-].*|example.*|placeholder.*|process\.env.*|os\.environ.*|settings\..*|config\..*|self\..*|this\..*)$/i;

/** Bits of Shannon entropy per character. */
function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

function looksRandom(value: string): boolean {
  if (value.length < 12) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((c) => c.test(value)).length;
  return classes >= 2 && entropy(value) >= 3.0;
}

function isCodeReference(value: string): boolean {
  // A member access or a type (`req.body.password`, `models.Token`) names a value, it is not one.
  return /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) && !/\d/.test(value);
}

/** Whether `value`, bound to `name`, is to be redacted as a secret. */
function isSecretValue(name: string, value: string): boolean {
  const always = ALWAYS_SECRET.test(name);
  if (!always && !SOMETIMES_SECRET.test(name)) return false;
  if (REFERENCE_SUFFIX.test(name) || REFERENCE_CAMEL.test(name)) return false;
  if (value.length < 4 || NOT_A_VALUE.test(value) || isCodeReference(value)) return false;
  return always || looksRandom(value);
}

// .NET appSettings and similar: the name and the value are two attributes of one element. Key then value,
// each bounded and unable to cross a tag, so every '<' costs at most ~600 characters of look.
const XML_SETTING = /<(?:add|setting|param|property|entry)\s{1,8}(?:key|name)\s{0,8}=\s{0,8}(["'])([^"'<>]{1,64})\1\s{1,8}value\s{0,8}=\s{0,8}(["'])([^"'<>]{4,512})\3/gi;
// An element holding only the value: `<ApiKey>…</ApiKey>`; the value cannot hold '<', so scans end at the next tag.
const XML_ELEMENT = /<([A-Za-z_][\w.-]{0,63})>([^<>\s]{4,512})<\/\1>/g;

const SETTING_VALUE_NEXT = /^\s{1,8}value\s{0,8}=/i;

function xmlSecretSpans(text: string, spans: Span[]): void {
  if (!text.includes('<')) return;
  XML_SETTING.lastIndex = 0;
  for (let m = XML_SETTING.exec(text); m !== null; m = XML_SETTING.exec(text)) {
    if (!isSecretValue(m[2]!, m[4]!)) continue;
    const end = m.index + m[0].length - m[3]!.length; // before the closing quote
    spans.push({ start: end - m[4]!.length, end, type: 'SECRET' });
  }
  XML_ELEMENT.lastIndex = 0;
  for (let m = XML_ELEMENT.exec(text); m !== null; m = XML_ELEMENT.exec(text)) {
    if (!isSecretValue(m[1]!, m[2]!)) continue;
    const start = m.index + m[1]!.length + 2;
    spans.push({ start, end: start + m[2]!.length, type: 'SECRET' });
  }
}

export function assignedSecretSpans(text: string): Span[] {
  const spans: Span[] = [];
  xmlSecretSpans(text, spans);
  // Every assignment has an '=' or a ':'; most prose has neither, and the keyword scan is the costly part.
  if (!text.includes('=') && !text.includes(':')) return spans;
  let done = 0;
  KEYWORD.lastIndex = 0;
  for (let k = KEYWORD.exec(text); k !== null; k = KEYWORD.exec(text)) {
    let start = k.index;
    while (start > 0 && k.index - start < MAX_NAME && isNameChar(text.charCodeAt(start - 1))) start--;
    while (start < k.index && !/[A-Za-z_]/.test(text[start]!)) start++;
    // Several keywords in one name ("auth_token_key") share one look.
    if (start < done) continue;
    ASSIGNMENT.lastIndex = start;
    const m = ASSIGNMENT.exec(text);
    if (!m) {
      YAML_BLOCK.lastIndex = start;
      const block = YAML_BLOCK.exec(text);
      if (block && isSecretValue(block[1]!, block[2]!)) spans.push({ start: YAML_BLOCK.lastIndex - block[2]!.length, end: YAML_BLOCK.lastIndex, type: 'SECRET' });
      continue;
    }
    done = m.index + m[1]!.length;
    KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, done);
    const name = m[1]!;
    let value = m[3]!;
    if (m[2]) {
      // A quoted value ends at its closing quote.
      const close = value.indexOf(m[2]);
      if (close !== -1) value = value.slice(0, close);
    }
    // `password = getPassword()` is a call, not a value.
    if (!m[2] && text[m.index + m[0].length] === '(') continue;
    const valueStart = m.index + m[0].length - m[3]!.length;
    // `<add key="ConnectionTimeout" value="30"/>`: that key attribute is a name; its value is judged above.
    if (m[2] && SETTING_VALUE_NEXT.test(text.slice(valueStart + value.length + 1, valueStart + value.length + 24))) continue;
    if (!isSecretValue(name, value)) continue;
    spans.push({ start: valueStart, end: valueStart + value.length, type: 'SECRET' });
  }
  return spans;
}
