// `prompt-census evaluate`: classifier quality on labelled NDJSON {"text","label"}. Each text takes the
// production path (transcript → redaction → classifier), so the figures describe what ships.
import pLimit from 'p-limit';
import { z } from 'zod';
import { normalise } from '../../classify/classifier.js';
import { createClassifier } from '../../classify/create-classifier.js';
import { evaluatePredictions, formatEvaluation } from '../../classify/evaluation-metrics.js';
import { loadTaxonomy } from '../../classify/taxonomy.js';
import { loadConfig } from '../../config.js';
import { UsageError } from '../../errors/index.js';
import { redact } from '../../redact/index.js';
import { buildTranscript } from '../../transcript/build-transcript.js';
import { oneOf, parseFlags, type Command } from '../args.js';
import { openInput } from '../input.js';
import { write } from '../io.js';
import { forEachRecord, reportRejected } from '../ndjson.js';

const usage = `Usage: prompt-census evaluate --data FILE [--classifier local|google|openai] [--format table|json]

FILE is NDJSON {"text": "...", "label": "..."}. Prints accuracy, macro-F1, per-label precision/recall/F1,
Cohen's kappa and the confusion matrix. Texts are redacted before classification, as in production;
a failed classification counts as the prediction "unclassified".`;

const rowSchema = z.object({ text: z.string(), label: z.string().min(1).max(64) });

export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: 'measure a classifier on labelled NDJSON (accuracy, macro-F1, kappa, confusion matrix)',
  usage,
  async run(argv, io) {
    const { values } = parseFlags(argv, { classifier: { type: 'string' }, data: { type: 'string' }, format: { type: 'string' } }, usage);
    if (typeof values.data !== 'string') throw new UsageError(`evaluate needs --data FILE\n\n${usage}`);
    const format = oneOf('format', values.format as string | undefined, ['table', 'json'] as const, 'table');
    const config = loadConfig(io.env, { mode: 'embedded', overrides: { classifier: { value: values.classifier, source: '--classifier' } } });
    const taxonomy = loadTaxonomy(config.taxonomyFile);
    const dimension = Object.keys(taxonomy.dimensions)[0]!;
    const classifier = createClassifier(config);
    const limit = pLimit(config.classifyConcurrency);
    const pending: Array<Promise<{ gold: string; predicted: string }>> = [];
    await forEachRecord(
      openInput(values.data, io).stream,
      rowSchema,
      ({ text, label }, line) => {
        pending.push(
          limit(async () => {
            try {
              const redacted = redact(buildTranscript({ id: `line-${line}`, prompt: text }, config));
              const result = normalise(await classifier.classify(redacted.text), taxonomy);
              return { gold: label, predicted: result.results[dimension]!.category };
            } catch {
              return { gold: label, predicted: 'unclassified' };
            }
          }),
        );
      },
      reportRejected(io.stderr),
    );
    const report = evaluatePredictions(await Promise.all(pending));
    await classifier.close?.();
    await write(io.stdout, format === 'json' ? JSON.stringify({ classifier: config.classifier, ...report }, null, 2) + '\n' : formatEvaluation(report, config.classifier));
    return 0;
  },
};
