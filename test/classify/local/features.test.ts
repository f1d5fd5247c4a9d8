import { describe, expect, it } from 'vitest';
import type { FeatureSpec } from '../../../src/classify/local/feature-spec.js';
import { FeatureExtractor } from '../../../src/classify/local/features.js';
import { cleanForFeatures, MAX_FEATURE_CHARS } from '../../../src/classify/local/text-cleanup.js';

const spec: FeatureSpec = { hashBits: 16, charMin: 3, charMax: 5, ideoMin: 1, ideoMax: 3, maxWordChars: 24, edgeTokens: 8, wordWeight: 1, charWeight: 1, edgeWeight: 0.5, idfPower: 1 };

function features(text: string): Map<number, number> {
  const v = new FeatureExtractor(spec).extract(text);
  const out = new Map<number, number>();
  for (let i = 0; i < v.length; i++) out.set(v.indices[i]!, (out.get(v.indices[i]!) ?? 0) + v.values[i]!);
  return out;
}

describe('local classifier features', () => {
  it('are the same on every call and for a fresh extractor', () => {
    const text = 'Write a Python function that parses ISO dates. 请翻译这句话。 ¿Qué hora es?';
    const extractor = new FeatureExtractor(spec);
    const first = extractor.extract(text);
    const firstCopy = { indices: first.indices.slice(0, first.length), values: first.values.slice(0, first.length) };
    extractor.extract('something else entirely');
    const again = extractor.extract(text);
    expect(again.indices.slice(0, again.length)).toEqual(firstCopy.indices);
    expect(again.values.slice(0, again.length)).toEqual(firstCopy.values);
    expect(features(text)).toEqual(features(text));
  });

  it('ignore transcript role labels, truncation notes and media markers', () => {
    const plain = 'How do I reset my router?\nIt keeps dropping Wi-Fi.';
    const transcript = 'SYSTEM: How do I reset my router?\nUSER: It keeps dropping Wi-Fi.…[truncated]\n[image]';
    expect(features(transcript)).toEqual(features(plain));
    expect(cleanForFeatures('…[2 earlier turns omitted]\nASSISTANT: ok')).toBe(' \nok');
  });

  it('ignore redaction placeholders: a redacted prompt has the features of the prompt without the values', () => {
    expect(features('Email [PERSON_1] at [EMAIL_1] or call [PHONE_12] about the invoice')).toEqual(features('Email at or call about the invoice'));
    expect(features('my key is [SECRET]')).toEqual(features('my key is'));
  });

  it('give each group unit length (times its weight) and nothing for empty or symbol-free text', () => {
    const v = new FeatureExtractor(spec).extract('hello world, hello again');
    let squares = 0;
    for (let i = 0; i < v.length; i++) squares += v.values[i]! * v.values[i]!;
    // words 1 + characters 1 + edges 0.5².
    expect(squares).toBeCloseTo(2.25, 5);
    expect(new FeatureExtractor(spec).extract('').length).toBe(0);
    expect(new FeatureExtractor(spec).extract('   \n\t  ').length).toBe(0);
  });

  it('handle unspaced scripts, digits and very long words', () => {
    expect(features('今日はとても暑いです').size).toBeGreaterThan(10);
    expect(features('order 1234')).toEqual(features('order 9876'));
    const blob = 'x'.repeat(100_000);
    expect(new FeatureExtractor(spec).extract(blob).length).toBeLessThan(40);
  });

  it('read at most MAX_FEATURE_CHARS characters of a long text (head and tail)', () => {
    const long = 'alpha '.repeat(MAX_FEATURE_CHARS) + 'omega';
    const cleaned = cleanForFeatures(long);
    expect(cleaned.length).toBeLessThanOrEqual(MAX_FEATURE_CHARS + 1);
    expect(cleaned.startsWith('alpha')).toBe(true);
    expect(cleaned.endsWith('omega')).toBe(true);
  });
});
