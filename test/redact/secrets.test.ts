// The secrets detectors (secrets.ts, assigned-secrets.ts) through redact(): each kind's value
// vanishes whole behind one placeholder of the expected type, and lookalikes (prose, identifiers,
// SHAs, UUIDs, base64 data, placeholders) come out unchanged. Values come from a fixed-seed
// generator: shaped like real credentials, none is one, and no secret scanner has a literal to flag.
import { describe, expect, it } from 'vitest';
import { redact, type PiiType } from '../../src/redact/index.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const DIGITS = '0123456789';
const BASE64 = `${ALNUM}+/`;

let state = 0x5eed5eed;
/** `length` characters of `alphabet` from a xorshift generator: the same values on every run. */
function fake(length: number, alphabet = ALNUM): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out += alphabet[(state >>> 0) % alphabet.length];
  }
  return out;
}
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const basic = (user: string, password: string) => Buffer.from(`${user}:${password}`).toString('base64');
const pem = (label: string, headers = '') =>
  `-----BEGIN ${label}-----\n${headers}${[1, 2, 3, 4].map(() => fake(64, BASE64)).join('\n')}\n${fake(20, BASE64)}==\n-----END ${label}-----`;

const jwt = `${base64url({ alg: 'RS256', typ: 'JWT' })}.${base64url({ sub: fake(12, DIGITS), iat: 1700000000 })}.${fake(43, `${ALNUM}_-`)}`;
const slackBot = `xoxb-${fake(13, DIGITS)}-${fake(13, DIGITS)}-${fake(24)}`;
const slackWebhook = `hooks.slack.com/services/T${fake(10, ALNUM.toUpperCase())}/B${fake(10, ALNUM.toUpperCase())}/${fake(24)}`;
const awsSecret = fake(40, BASE64);
const gcpKey = fake(64, BASE64);
const mongoPassword = fake(16);

/** [kind, text, the exact span that must become the one placeholder, its type] */
type Positive = [string, string, string, PiiType];
const positive = (kind: string, before: string, value: string, after = '', type: PiiType = 'SECRET'): Positive => [kind, `${before}${value}${after}`, value, type];

const positives: Positive[] = [
  positive('GitHub classic PAT', 'token ', `ghp_${fake(36)}`),
  positive('GitHub OAuth token', '{"access_token": "', `gho_${fake(36)}`, '"}'),
  positive('GitHub user-to-server token', 'header ', `ghu_${fake(36)}`, '.'),
  positive('GitHub server-to-server token', 'GITHUB_TOKEN: ', `ghs_${fake(36)}`),
  positive('GitHub refresh token', 'refresh with ', `ghr_${fake(76)}`),
  positive('GitHub fine-grained PAT', 'use ', `github_pat_${fake(22)}_${fake(59)}`, ' here'),
  positive('Slack bot token', 'SLACK_BOT_TOKEN=', slackBot),
  positive('Slack user token', 'client = WebClient("', `xoxp-${fake(12, DIGITS)}-${fake(12, DIGITS)}-${fake(13, DIGITS)}-${fake(32, HEX)}`, '")'),
  positive('Slack app-level token', 'socket mode: ', `xapp-1-A0${fake(9, ALNUM.toUpperCase())}-${fake(13, DIGITS)}-${fake(64, HEX)}`),
  positive('Slack webhook', 'POST https://', slackWebhook),
  positive('Stripe live secret key', 'stripe.api_key = ', `sk_live_${fake(24)}`),
  positive('Stripe restricted key', 'key ', `rk_live_${fake(99)}`),
  // Test-mode keys are redacted too: they still read and write the account's test data.
  positive('Stripe test secret key', 'Stripe(', `sk_test_${fake(24)}`, ')'),
  positive('Stripe webhook secret', 'endpoint secret ', `whsec_${fake(32)}`),
  positive('PEM RSA private key', 'key.pem:\n', pem('RSA PRIVATE KEY'), '\nthanks'),
  positive('PEM EC private key', '', pem('EC PRIVATE KEY')),
  positive('PEM OpenSSH private key', 'id_ed25519:\n', pem('OPENSSH PRIVATE KEY')),
  positive('PEM PKCS#8 private key', '', pem('PRIVATE KEY'), '\n'),
  positive('PEM encrypted PKCS#8 key', '', pem('ENCRYPTED PRIVATE KEY')),
  positive('PEM legacy encrypted RSA key', '', pem('RSA PRIVATE KEY', `Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${fake(32, HEX).toUpperCase()}\n\n`)),
  // A paste cut before the END line is redacted to the end rather than leak the rest of the key.
  positive('PEM key without END line', 'here: ', `-----BEGIN PRIVATE KEY-----\n${fake(64, BASE64)}\n${fake(30, BASE64)}`),
  positive('Authorization: Basic', 'Authorization: Basic ', basic('alice', fake(14))),
  positive('bare Basic value', 'headers: {"Authorization": "Basic ', basic('svc-deploy', fake(20)), '"}'),
  // Letters only and short, like a word: it counts because it decodes to "yqo:gmqgi".
  positive('Basic value of letters only', 'send Basic ', 'eXFvOmdtcWdp'),
  positive('Authorization: Bearer', 'Authorization: Bearer ', fake(40)),
  positive('Authorization: Token', 'Authorization: Token ', fake(40, HEX)),
  positive('bare JWT', 'the cookie held ', jwt, ' until it expired'),
  positive('Anthropic API key', 'ANTHROPIC_API_KEY=', `sk-ant-api03-${fake(93, `${ALNUM}_-`)}AA`),
  positive('Anthropic admin key', 'x-api-key: ', `sk-ant-admin01-${fake(93, `${ALNUM}_-`)}AA`),
  positive('OpenAI legacy key', 'openai.api_key = "', `sk-${fake(20)}T3BlbkFJ${fake(20)}`, '"'),
  positive('OpenAI service-account key', 'key ', `sk-svcacct-${fake(74, `${ALNUM}_-`)}`),
  positive('OpenRouter key', 'openrouter key ', `sk-or-v1-${fake(64, HEX)}`),
  positive('DeepSeek key', 'api_key="', `sk-${fake(32, HEX)}`, '"'),
  positive('Google API key in a URL', 'maps?key=', `AIza${fake(35, `${ALNUM}_-`)}`, '&v=3'),
  positive('Google API key in code', 'genai.configure(api_key="', `AIza${fake(35, `${ALNUM}_-`)}`, '")'),
  positive('Google OAuth access token', 'token ', `ya29.a0${fake(120, `${ALNUM}_-`)}`),
  positive('Google OAuth client secret', '"client_secret": "', `GOCSPX-${fake(28, `${ALNUM}_-`)}`, '"'),
  positive('Hugging Face token', 'login(token="', `hf_${fake(34)}`, '")'),
  positive('Groq key', 'Groq(api_key=', `gsk_${fake(52)}`, ')'),
  positive('xAI key', 'key: ', `xai-${fake(80)}`),
  positive('Perplexity key', 'PPLX ', `pplx-${fake(48)}`),
  positive('Replicate token', 'REPLICATE_API_TOKEN=', `r8_${fake(37)}`),
  // Mistral, Cohere and Together keys have no prefix: only the name they are assigned to gives them away.
  positive('Mistral key (no prefix)', 'MISTRAL_API_KEY=', fake(32)),
  positive('Cohere key (no prefix)', "co = cohere.Client(api_key='", fake(40), "')"),
  positive('AWS temporary access key id', 'aws_access_key_id = ', `ASIA${fake(16, ALNUM.slice(0, 26) + DIGITS)}`),
  positive('AWS secret access key (ini)', '[default]\naws_secret_access_key = ', awsSecret),
  positive('AWS secret access key (env)', 'export AWS_SECRET_ACCESS_KEY=', awsSecret),
  positive('Azure storage AccountKey', 'DefaultEndpointsProtocol=https;AccountName=demostore;AccountKey=', `${fake(86, BASE64)}==`, ';EndpointSuffix=core.windows.net'),
  positive('Azure Service Bus SharedAccessKey', 'Endpoint=sb://demo.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=', `${fake(43, BASE64)}=`),
  positive('mysql URL', 'mysql://', `root:${fake(14)}`, '@db.example.com:3306/app', 'URL_CREDENTIALS'),
  positive('mongodb+srv URL', 'MONGO_URI="mongodb+srv://', `app:${mongoPassword}`, '@cluster0.ab1cd.mongodb.net/prod?retryWrites=true"', 'URL_CREDENTIALS'),
  positive('redis URL, password only', 'redis://', `:${fake(20)}`, '@cache:6379/0', 'URL_CREDENTIALS'),
  positive('amqp URL', 'amqp://', `guest:${fake(12)}`, '@rabbit.internal:5672/vhost', 'URL_CREDENTIALS'),
  positive('ADO.NET connection string', 'Server=tcp:sql.example.net;Database=shop;User ID=sa;Password=', fake(16), ';'),
  positive('secret in JSON', '{"api_key": "', fake(32), '", "model": "gpt-4o"}'),
  positive('secret in compact JSON', '{"auth_token":"', fake(40, HEX), '"}'),
  positive('secret in YAML', 'slack:\n  signing_secret: ', fake(32, HEX), '\n  channel: general'),
  positive('token in YAML, quoted', 'auth:\n  token: "', fake(36), '"'),
  positive('secret in .env', 'SESSION_SECRET=', fake(48)),
  positive('token in .env', 'API_TOKEN=', fake(32)),
  positive('password in .env (not random)', 'DB_PASSWORD=', 'correcthorsebattery'),
  positive('secret in JavaScript', 'const apiSecret = "', fake(32), '";'),
  positive('secret in Python', "SECRET_KEY = '", fake(50, `${ALNUM}!@#$%^*`), "'"),
  positive('token in Go', 'token := "', fake(32), '"'),
  positive('token in Ruby', ':token => "', fake(32), '"'),
  positive('key as a CLI flag', 'deploy --api-key=', fake(32), ' --region eu'),
  positive('private key field', 'private_key: ', fake(44, BASE64)),
  positive('YAML block scalar password (not random)', 'db:\n  password: |\n    ', 'correcthorsebattery', '\n  host: db'),
  positive('YAML folded token', 'auth:\n  token: >-\n    ', fake(32), '\n'),
  positive('.NET appSettings secret', '<add key="StripeSecretKey" value="', fake(32), '" />'),
  positive('.NET appSettings password (not random)', "<add key='DbPassword' value='", 'correcthorsebattery', "'/>"),
  positive('XML setting by name', '<setting name="ApiToken" value="', fake(28), '"/>'),
  positive('XML element', '<configuration><ApiKey>', fake(32), '</ApiKey></configuration>'),
  positive('XML password element (not random)', '<Password>', 'correcthorsebattery', '</Password>'),
];

describe('secrets are redacted whole', () => {
  it.each(positives)('%s', (_kind, text, value, type) => {
    const { text: out } = redact(text);
    expect(out).not.toContain(value);
    expect(out).toBe(text.replace(value, `[${type}_1]`));
  });

  it('GCP service-account JSON: the private_key field', () => {
    const json = `{"type": "service_account", "project_id": "demo", "private_key": "-----BEGIN PRIVATE KEY-----\\n${gcpKey}\\n-----END PRIVATE KEY-----\\n", "token_uri": "https://oauth2.googleapis.com/token"}`;
    const { text: out } = redact(json);
    expect(out).not.toContain(gcpKey);
    expect(out).toContain('"private_key": "[SECRET_1]\\n"');
    expect(out).toContain('"project_id": "demo"');
  });

  it('the same token twice gets the same placeholder', () => {
    expect(redact(`${slackBot} and again ${slackBot}`).text).toBe('[SECRET_1] and again [SECRET_1]');
  });
});

const negatives: Record<string, string[]> = {
  GitHub: [
    'the ghp_ prefix marks a classic token',
    `ghp_${fake(20)} is too short to be one`,
    'github_pat_ tokens are fine-grained',
    'github_pat_token_pattern_for_the_scanner',
  ],
  Slack: ['xoxo-gossip-girl-forever', 'xoxb- tokens belong to bots', 'xoxb-123', 'xapp-level-tokens-open-sockets', 'the base is hooks.slack.com/services/ and a path'],
  Stripe: ['sk_live_ keys stay on the server', 'risk_live_feed_2024_for_all_users', `sk_live_${fake(8)}`],
  PEM: [
    `-----BEGIN PUBLIC KEY-----\n${fake(64, BASE64)}\n-----END PUBLIC KEY-----`,
    `-----BEGIN CERTIFICATE-----\n${fake(64, BASE64)}\n-----END CERTIFICATE-----`,
    'paste your PRIVATE KEY into the vault, not here',
    'look for a line starting with BEGIN RSA PRIVATE KEY',
  ],
  'auth headers': [
    'Basic authentication sends credentials in every request',
    'Learn Basic JavaScript first',
    'Authorization: Basic <credentials>',
    'Authorization: Bearer ${TOKEN}',
    'Authorization: Bearer $TOKEN',
    'Bearer tokens expire after an hour',
    'Token authentication is simple',
  ],
  JWT: ['the header eyJhbGciOiJIUzI1NiJ9 alone is no token', 'payload eyJmb28iOiJiYXIifQ== is one segment', 'file.eyJ.x'],
  'LLM provider keys': [
    'sk-ant- is the Anthropic prefix',
    'sk-ant-api03-short',
    'OPENAI_API_KEY=sk-...',
    'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxx',
    'the task-management-system-for-the-team',
    'pip install sk-learn-compatible-estimators',
    'AIza is how Google keys start',
    `AIza${fake(20)}`,
    'hf_hub_download(repo_id="gpt2", filename="config.json")',
    'gsk_ keys come from the console',
    'model: xai-grok-beta',
    'model: pplx-70b-online',
  ],
  cloud: [
    `AKIA${fake(8, ALNUM.slice(0, 26))} is too short`,
    'aws_secret_access_key = ${AWS_SECRET}',
    'DefaultEndpointsProtocol=https;AccountName=demostore;AccountKey=<your-key>;EndpointSuffix=core.windows.net',
  ],
  'connection strings': ['mysql://localhost:3306/app', 'redis://cache:6379/0', 'mongodb+srv://cluster0.ab1cd.mongodb.net/test', 'amqp://rabbit:5672', 'Password=;'],
  'assigned values': [
    'password: string;',
    'const token = getToken();',
    'api_key = os.environ["OPENAI_API_KEY"]',
    'api_key: ${OPENAI_API_KEY}',
    'GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}',
    'password: changeme',
    'API_KEY=<your key>',
    'token: xxxxxxxxxxxxxxxxxxxx',
    'max_tokens: 4096',
    'token_type: bearer',
    'primary_key: id',
    'tokenizer = "bert-base-uncased"',
    'secretName: my-tls-secret',
    'private_key_path: ~/.ssh/id_rsa',
    'authorization_url: https://example.com/oauth/authorize',
    "fetch(url, { credentials: 'include' })",
    'credentials: same-origin',
  ],
  'YAML block scalars': [
    'signing_key: |\n  not a secret at all, folded prose\n',
    'description: >\n  Tokens are counted per request\n',
    'max_tokens: |\n  4096\n',
    'api_key: |\n  ${OPENAI_API_KEY}\n',
  ],
  'XML config': [
    '<add key="ConnectionTimeout" value="30" />',
    '<add key="PageSize" value="25" /><add key="Theme" value="dark-blue" />',
    '<add key="ApiKey" value="${API_KEY}" />',
    '<Token>bearer</Token>',
    '<password>${DB_PASS}</password>',
    '<KeyName>signing-certificate</KeyName>',
  ],
  'shared lookalikes': [
    'commit 9fceb02d0ae598e95dc970b74767f19372d61af8',
    'request 550e8400-e29b-41d4-a716-446655440000 failed',
    'sha256 2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae',
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'const accessTokenExpiresIn = 3600;',
    'export function verifySessionToken(token: string): boolean {',
  ],
};

describe.each(Object.entries(negatives))('%s lookalikes stay', (_kind, texts) => {
  it.each(texts)('%j', (text) => {
    expect(redact(text)).toEqual({ text, found: {} });
  });
});

describe('redacted on purpose, though not always a secret', () => {
  it('a session id, even shaped as a UUID: it is a bearer credential', () => {
    expect(redact('session_id: 550e8400-e29b-41d4-a716-446655440000').text).toBe('session_id: [SECRET_1]');
  });
  it("a `*_key` value that mixes letters, digits and symbols: the detector cannot tell a cache key from an API key", () => {
    expect(redact('cache_key: user:42:profile').text).toBe('cache_key: [SECRET_1]');
  });
  it("AWS's documented example key: a real key has the same shape", () => {
    expect(redact('AKIAIOSFODNN7EXAMPLE').text).toBe('[SECRET_1]');
  });
});
