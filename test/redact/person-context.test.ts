// The context checks the person detector reads against a run being a name: non-person phrases,
// head nouns, answer-option labels and the language of the sentence around a word.
import { describe, expect, it } from 'vitest';
import { defaultGazetteer } from '../../src/redact/gazetteer.js';
import { LanguageWindow } from '../../src/redact/detectors/language-window.js';
import { afterOptionMarker, headNounAfter, optionLabel, phraseAt } from '../../src/redact/detectors/person-context.js';

describe('phraseAt', () => {
  const gaz = defaultGazetteer();
  it('finds a non-person phrase starting at a word and returns where it ends', () => {
    const text = 'We flew to Costa Rica last year';
    expect(phraseAt(gaz, text, text.indexOf('Costa'), 'costa')).toBe(text.indexOf(' last'));
  });
  it('reads lower-case words after the capitalised one ("Krebs cycle")', () => {
    const text = 'the Krebs cycle runs';
    expect(phraseAt(gaz, text, 4, 'krebs')).toBe(text.indexOf(' runs'));
  });
  it('finds nothing for a name', () => {
    expect(phraseAt(gaz, 'Costa Gavras directed it', 0, 'costa')).toBe(-1);
  });
});

describe('headNounAfter', () => {
  it('takes a term or organisation noun after the run', () => {
    expect(headNounAfter('the Doppler shift', 11, false)).toBe(true);
    expect(headNounAfter('Prime Corp. is', 5, false)).toBe(true);
    expect(headNounAfter('Aethercomm, Inc. has', 10, false)).toBe(true);
  });
  it('takes a possessive only before a law, theorem or such', () => {
    expect(headNounAfter("Hooke's law", 5, true)).toBe(true);
    expect(headNounAfter("Kevin's number is", 5, true)).toBe(false);
  });
  it('leaves verbs after a name alone', () => {
    expect(headNounAfter('Anna states that', 4, false)).toBe(false);
    expect(headNounAfter('Ivan points out', 4, false)).toBe(false);
  });
});

describe('answer options', () => {
  it('reads "B." as a label when the lines around it are labelled A. and C.', () => {
    const text = 'A. Bed rest\nB. Regular activity\nC. Surgery';
    expect(optionLabel(text, text.indexOf('B.'))).toBe(true);
  });
  it('reads an initial at a line start as an initial when no other line is labelled', () => {
    expect(optionLabel('J. Smith wrote back', 0)).toBe(false);
  });
  it('knows the text right after an inline label', () => {
    const text = '(a) Boron (b) Carbon';
    expect(afterOptionMarker(text, text.indexOf('Carbon'))).toBe(true);
    expect(afterOptionMarker('with ms. Quinzia', 9)).toBe(false);
  });
});

describe('LanguageWindow', () => {
  const at = (text: string, word: string) => new LanguageWindow(text).foreignAt(text.indexOf(word));
  it('marks sentences in other languages', () => {
    expect(at('Kannst du diesen Satz aus dem Englischen ins Deutsche übertragen?', 'Satz')).toBe(true);
    expect(at('¿Cómo se diría esto en alemán?', 'Cómo')).toBe(true);
    expect(at('Как дела? Переведи это, пожалуйста.', 'Как')).toBe(true);
  });
  it('reads a short sentence with the ones around it', () => {
    expect(at('Lass uns ein Rollenspiel machen. Du fängst an.', 'Du')).toBe(true);
  });
  it('keeps English sentences English, names with accents included', () => {
    expect(at('Lóa Sigmundsdóttir lives at 12 Rue de Kairouan with her son.', 'Lóa')).toBe(false);
    expect(at('Willemine ten Pas will be talking in the conference', 'Pas')).toBe(false);
  });
});
