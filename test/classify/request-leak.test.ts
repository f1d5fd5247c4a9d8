// Acceptance: what a remote backend receives is the redacted transcript. Canary emails, cards, phone
// numbers and API keys placed in prompts must be absent from every captured request body (and from
// the command's own output), for each remote backend, through the real `classify` command path.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { completion } from '../helpers/chat-completion.js';
import { memoryIo } from '../helpers/cli-io.js';

const CANARIES = [
  'jane.canary@example.org',
  '4111 1111 1111 1111',
  '4111111111111111',
  '+1 415 555 2671',
  '415 555 2671',
  '+44 20 7946 0958',
  'sk-proj-CANARYabcdefghijklmnopqrstuvwxyz0123456789ABCD',
  'AKIAIOSFODNN7CANARY1',
  'ghp_CANARY0123456789abcdefghijklmnopqrstu',
  'AIzaSyCANARY0123456789abcdefghijklmnopq',
];
// Distinctive fragments too, so a partly-redacted value would still be caught.
const FRAGMENTS = ['jane.canary', '1111 1111', '555 2671', '7946 0958', 'CANARYabcdef', 'IOSFODNN7', 'ghp_CANARY', 'AIzaSyCANARY'];

const lines = [
  { id: 'plain', text: `Write to jane.canary@example.org and charge card 4111 1111 1111 1111; call +1 415 555 2671 if needed.` },
  { id: 'keys', text: `My code fails: client = OpenAI(api_key="sk-proj-CANARYabcdefghijklmnopqrstuvwxyz0123456789ABCD") with AWS AKIAIOSFODNN7CANARY1` },
  {
    id: 'event',
    messages: [
      { role: 'system', content: 'Deploy token ghp_CANARY0123456789abcdefghijklmnopqrstu and Maps key AIzaSyCANARY0123456789abcdefghijklmnopq' },
      { role: 'user', content: 'Card 4111111111111111, phone +44 20 7946 0958 (or 415 555 2671). Summarise my meeting notes.' },
    ],
  },
];
const input = lines.map((l) => JSON.stringify(l)).join('\n') + '\n';

function expectClean(text: string) {
  for (const canary of [...CANARIES, ...FRAGMENTS]) expect(text).not.toContain(canary);
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('request bodies hold only redacted text', () => {
  it('openai', async () => {
    const bodies: string[] = [];
    nock('http://llm.test').post('/v1/chat/completions').times(lines.length).reply((_uri, body) => {
      bodies.push(JSON.stringify(body));
      return [200, completion('{"topic":"productivity","confidence":0.6}')];
    });
    const run = memoryIo(input, { OPENAI_BASE_URL: 'http://llm.test/v1', OPENAI_MODEL: 'm' });
    expect(await main(['classify', '--classifier', 'openai'], run.io)).toBe(0);
    expect(bodies).toHaveLength(lines.length);
    for (const body of bodies) expectClean(body);
    const all = bodies.join('\n');
    for (const placeholder of ['[EMAIL', '[CARD', '[PHONE', '[SECRET']) expect(all).toContain(placeholder);
    expectClean(run.stdout() + run.stderr());
    expect(run.stdout().trim().split('\n').map((l) => JSON.parse(l).category)).toEqual(['productivity', 'productivity', 'productivity']);
  });

  it('google', async () => {
    const bodies: string[] = [];
    nock('http://language.google.test').post('/v2/documents:classifyText').query(true).times(lines.length).reply((_uri, body) => {
      bodies.push(JSON.stringify(body));
      return [200, { categories: [{ name: '/Business & Industrial', confidence: 0.7 }] }];
    });
    const env = { GOOGLE_API_ENDPOINT: 'http://language.google.test', GOOGLE_PROJECT_ID: 'p', GOOGLE_API_KEY: 'k' };
    const run = memoryIo(input, env);
    expect(await main(['classify', '--classifier', 'google'], run.io)).toBe(0);
    expect(bodies).toHaveLength(lines.length);
    for (const body of bodies) expectClean(body);
    const all = bodies.join('\n');
    for (const placeholder of ['[EMAIL', '[CARD', '[PHONE', '[SECRET']) expect(all).toContain(placeholder);
    expectClean(run.stdout() + run.stderr());
  });
});
