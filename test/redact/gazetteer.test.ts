// The word lists and the letter-trigram score that judges words in neither list.
import { describe, expect, it } from 'vitest';
import { defaultGazetteer } from '../../src/redact/gazetteer.js';
import { NAME_LIKENESS_THRESHOLD } from '../../src/redact/detectors/name-classes.js';

describe('defaultGazetteer', () => {
  const gaz = defaultGazetteer();

  it('holds names and common words, lower-cased', () => {
    expect(gaz.names.has('anna')).toBe(true);
    expect(gaz.commonWords.has('street')).toBe(true);
    expect(gaz.names.has('Anna')).toBe(false);
  });

  it('scores unlisted names above the threshold and English-made words below it', () => {
    for (const name of ['kowalewska', 'wrzesniewska', 'zbigniewa']) expect(gaz.nameLikeness(name), name).toBeGreaterThan(NAME_LIKENESS_THRESHOLD);
    for (const word of ['paperstack', 'bookshelfware', 'readonly']) expect(gaz.nameLikeness(word), word).toBeLessThan(NAME_LIKENESS_THRESHOLD);
  });
});
