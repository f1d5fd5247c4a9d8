import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRows } from '../../../scripts/local-classifier/dataset.js';
import { readTranslationTemplates, splitSentence } from '../../../scripts/local-classifier/translation-slots.js';

const dir = mkdtempSync(join(tmpdir(), 'pc-train-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('local classifier training data', () => {
  it('names the line and field of a bad row, never its text', () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, `{"text":"fine","label":"legal","source":"s"}\n{"text":"CANARY-secret-4411","label":"","source":"s"}\n`);
    const error = (() => {
      try {
        readRows(file);
      } catch (err) {
        return err as Error;
      }
      throw new Error('readRows accepted a bad row');
    })();
    expect(error.message).toMatch(/bad\.jsonl:2: field label/);
    expect(error.message).not.toContain('CANARY');
    writeFileSync(file, '{"text": "CANARY-secret-4411", oops}\n');
    expect(() => readRows(file)).toThrow(/bad\.jsonl:1: not valid JSON$/);
  });

  it('splits a templated translation request into request and sentence', () => {
    const file = join(dir, 'templates.py');
    writeFileSync(file, 'TRANSLATION_TEMPLATES = [\n    ("en", "Translate to {T}, please.\\n{x}"),\n    ("en", "{S} -> {T}:\\n{x}"),\n]\n');
    const templates = readTranslationTemplates(file);
    expect(splitSentence('Translate to German, please.\nThe cat sleeps.', templates)).toEqual({ request: 'Translate to German, please.\n', sentence: 'The cat sleeps.' });
    expect(splitSentence('no template here', templates)).toBeUndefined();
  });
});
