// Two kinds of copies of the templated translation rows, so that the request's wording ("translate",
// "翻译成", "по-английски") carries the label rather than the language of the sentence:
// - the request alone (the sentence removed), labelled translation;
// - a non-English sentence alone, with no label (NEUTRAL_LABEL: a uniform target), which teaches that
//   text in another language says nothing about the topic by itself.
// Copies are marked so that folds keep them with their original and evaluation skips them.
import type { TrainingRow } from './dataset.js';
import { readTranslationTemplates, splitSentence } from './translation-slots.js';

export interface AugmentedRows {
  rows: TrainingRow[];
  /** Per row: the index of the row it copies, or -1 for an original row. */
  copyOf: Int32Array;
}

const TRANSLATION_SOURCE = 'wmt22_templated';

/** Label of rows whose target is uniform over all labels. */
export const NEUTRAL_LABEL = '*';

export interface AugmentOptions {
  requestOnly: boolean;
  neutralSentences: boolean;
}

export function withTranslationCopies(rows: readonly TrainingRow[], templatesPath: string | undefined, options: AugmentOptions): AugmentedRows {
  const out = [...rows];
  const copyOf: number[] = rows.map(() => -1);
  if (templatesPath !== undefined && (options.requestOnly || options.neutralSentences)) {
    const templates = readTranslationTemplates(templatesPath);
    rows.forEach((row, i) => {
      const [dataset, pair] = row.source.split(':');
      if (dataset !== TRANSLATION_SOURCE) return;
      const split = splitSentence(row.text, templates);
      if (split === undefined) return;
      if (options.requestOnly) {
        out.push({ text: split.request, label: row.label, source: `${row.source}:request-only` });
        copyOf.push(i);
      }
      // Only sentences in the source language of an X→English pair: those are the non-English ones.
      if (options.neutralSentences && pair !== undefined && !pair.startsWith('en-')) {
        out.push({ text: split.sentence, label: NEUTRAL_LABEL, source: `${row.source}:sentence-only` });
        copyOf.push(i);
      }
    });
  }
  return { rows: out, copyOf: Int32Array.from(copyOf) };
}
