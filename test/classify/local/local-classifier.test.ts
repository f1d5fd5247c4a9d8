import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/classify/classifier.js';
import { categoryIds, loadTaxonomy } from '../../../src/classify/taxonomy.js';
import { classifyWithModel, createLocalClassifier, FALLBACK_CATEGORY } from '../../../src/classify/local/index.js';
import { loadLocalModel } from '../../../src/classify/local/load-model.js';
import { redact } from '../../../src/redact/index.js';
import { buildTranscript } from '../../../src/transcript/build-transcript.js';

const taxonomy = loadTaxonomy();
const topicIds = categoryIds(taxonomy);
const limits = { maxTurnChars: 5_000, maxClassifyChars: 20_000 };
const model = loadLocalModel();
const topic = (text: string) => classifyWithModel(model, text).results.topic!;
/** What production classifies: the prompt as a redacted transcript. */
const asTranscript = (prompt: string) => redact(buildTranscript({ id: 'test', prompt }, limits)).text;

describe('local classifier: model and contract', () => {
  it('loads the shipped model once per process', () => {
    expect(loadLocalModel()).toBe(model);
    expect(model.labels.length).toBeGreaterThanOrEqual(12);
  });

  it('only answers with topic categories of the taxonomy', async () => {
    for (const label of model.labels) expect(topicIds).toContain(label);
    const classifier = createLocalClassifier();
    const result = await classifier.classify(asTranscript('How do I bake sourdough bread at home?'));
    expect(normalise(result, taxonomy)).toEqual(result);
    expect(result.labels.length).toBeGreaterThan(0);
    for (const l of result.labels) expect(l.confidence).toBeGreaterThanOrEqual(0);
    expect(result.labels.reduce((s, l) => s + l.confidence, 0)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('answers `other` below the confidence threshold', async () => {
    const text = 'Write a Python function that reverses a linked list.';
    const confident = topic(text);
    expect(confident.category).toBe('programming');
    const strict = await createLocalClassifier({ threshold: 1.01 }).classify(text);
    expect(strict.results.topic).toEqual({ category: FALLBACK_CATEGORY, confidence: confident.confidence });
    expect(classifyWithModel(model, '').results.topic).toEqual({ category: FALLBACK_CATEGORY, confidence: 0 });
    expect(classifyWithModel(model, 'USER: [EMAIL_1] [PHONE_1]').results.topic!.category).toBe(FALLBACK_CATEGORY);
  });

  it('returns no text: only category ids and numbers', async () => {
    const canary = 'CANARY-7f3a9c secret-plan-zebra';
    const result = await createLocalClassifier().classify(`USER: ${canary} please write a python script`);
    expect(JSON.stringify(result)).not.toContain('CANARY');
    expect(JSON.stringify(result)).not.toContain('zebra');
  });

  it('rejects when the signal is already aborted', async () => {
    await expect(createLocalClassifier().classify('hello', AbortSignal.abort())).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('reports a missing model file by path, at creation', () => {
    expect(() => createLocalClassifier({ modelPath: '/nonexistent/model.bin' })).toThrow(/local model \/nonexistent\/model\.bin: ENOENT/);
  });
});

describe('local classifier: robustness', () => {
  it('gives "act as <expert>" prompts the label of the task, not roleplay', () => {
    expect(topic(asTranscript('Act as a financial advisor. I am 35, have $40,000 in savings and a 401(k). How should I split my investments between index funds and bonds for retirement?')).category).toBe('finance');
    expect(topic(asTranscript("Act as a doctor. I've had a persistent dry cough and a mild fever for two weeks. What could be causing it and when should I see a physician?")).category).toBe('health');
    expect(topic(asTranscript('Act as a senior Python developer and review this function for bugs:\n```python\ndef mean(xs):\n    return sum(xs) / len(xs)\n```')).category).toBe('programming');
    expect(topic(asTranscript('Act as a lawyer. My landlord kept my security deposit without giving any reason. What are my rights as a tenant?')).category).toBe('legal');
  });

  it('still recognises real roleplay', () => {
    expect(topic(asTranscript("Let's roleplay. You are Captain Mara, a grizzled space pirate. Stay in character no matter what. *I walk up to you at the bar* Hey captain, got any work for me?")).category).toBe('roleplay');
  });

  it('classifies prompts in other languages', () => {
    expect(topic(asTranscript('Wie kann ich in Python eine Liste nach dem zweiten Element jedes Tupels sortieren?')).category).toBe('programming');
    expect(topic(asTranscript('¿Cuáles son los síntomas de la diabetes tipo 2 y cómo se trata?')).category).toBe('health');
    expect(topic(asTranscript('Traduis ce texte en anglais : Le chat dort sur le canapé depuis ce matin.')).category).toBe('translation');
    expect(topic(asTranscript('次の文を英語に翻訳してください：今日はとても暑いです。')).category).toBe('translation');
  });

  it('does not take a Chinese coding request for translation, and ranks programming among its top labels', () => {
    // Known limit (docs/local-classifier.md): the training data has no Chinese prompts about code, so
    // the Chinese words pull elsewhere and only "Python" points to programming; it need not come first.
    const result = classifyWithModel(model, asTranscript('请帮我写一个Python函数，计算列表中所有偶数的和。'));
    expect(result.results.topic!.category).not.toBe('translation');
    expect(result.labels.slice(0, 3).map((l) => l.name)).toContain('programming');
  });

  it('handles very short prompts', () => {
    for (const text of ['hi', '?', 'ok', 'x']) {
      const result = topic(asTranscript(text));
      expect([...topicIds]).toContain(result.category);
      expect(result.confidence).toBeGreaterThanOrEqual(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('handles a 1 MB prompt', () => {
    const paragraph = 'The build fails with a TypeError in webpack.config.js after upgrading Node; here is the stack trace and the config. ';
    const huge = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    expect(huge.length).toBeGreaterThanOrEqual(1_000_000);
    expect(topic(huge).category).toBe('programming');
    expect(topic(asTranscript(huge)).category).toBe('programming');
  });

  it('recognises code-heavy prompts', () => {
    const code = [
      'why does this throw?',
      '```js',
      'const users = await db.query("SELECT * FROM users WHERE id = $1", [id]);',
      'users.forEach(u => { if (!u.email) throw new Error(`missing email for ${u.id}`); });',
      'module.exports = { handler: async (event) => ({ statusCode: 200, body: JSON.stringify(users) }) };',
      '```',
    ].join('\n');
    expect(topic(asTranscript(code)).category).toBe('programming');
  });

  it('classifies a prompt with PII the same as after redaction, and the same as the prompt without it', () => {
    const withPii = 'Please review this loan agreement clause for my client Jane Roe (jane.roe@example.com, +1 415 555 0132): the borrower shall repay the principal in twelve monthly instalments, and late payment triggers a penalty of 5% per month. Is the penalty enforceable?';
    const redacted = asTranscript(withPii);
    expect(redacted).toContain('[EMAIL_1]');
    expect(redacted).not.toContain('jane.roe@example.com');
    expect(topic(redacted)).toEqual(topic(redacted.replace(/\[[A-Z_]+_\d+\]/g, '')));
    const withoutPii = withPii.replace('jane.roe@example.com', '').replace('+1 415 555 0132', '');
    expect(topic(redacted).category).toBe(topic(withoutPii).category);
    expect(topic(redacted).category).toBe('legal');
  });

  it('gives a transcript the same answer as the bare prompt', () => {
    const prompt = 'What is the capital of Australia, and why is it not Sydney?';
    expect(topic(`USER: ${prompt}`)).toEqual(topic(prompt));
  });
});
