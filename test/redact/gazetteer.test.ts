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

  it('keeps curated given names and surnames apart from the big list', () => {
    expect(gaz.givenNames.has('anna')).toBe(true);
    expect(gaz.surnames.has('kowalski')).toBe(true);
    // The big list holds English words as names; the curated lists do not.
    expect(gaz.names.has('jupiter')).toBe(true);
    expect(gaz.givenNames.has('jupiter') || gaz.surnames.has('jupiter')).toBe(false);
  });

  it('holds proper nouns that are no person, single words and phrases', () => {
    for (const word of ['jupiter', 'boron', 'gaussian', 'texas', 'germany', 'django']) expect(gaz.nonPerson.has(word), word).toBe(true);
    expect(gaz.nonPersonPhrases.get('costa')?.some((rest) => rest.join(' ') === 'rica')).toBe(true);
    // A word that is also a common given name is marked to win only where it mostly is a thing.
    expect(gaz.nonPersonFirst.has('america')).toBe(true);
    expect(gaz.nonPersonFirst.has('paris')).toBe(false);
  });

  it('holds rarer English words that are in neither main list', () => {
    expect(gaz.rareWords.has('warfarin')).toBe(true);
    expect(gaz.names.has('warfarin') || gaz.commonWords.has('warfarin')).toBe(false);
  });

  it('scores unlisted names above the threshold and English-made words below it', () => {
    for (const name of ['kowalewska', 'wrzesniewska', 'zbigniewa']) expect(gaz.nameLikeness(name), name).toBeGreaterThan(NAME_LIKENESS_THRESHOLD);
    for (const word of ['paperstack', 'bookshelfware', 'readonly']) expect(gaz.nameLikeness(word), word).toBeLessThan(NAME_LIKENESS_THRESHOLD);
  });
});
