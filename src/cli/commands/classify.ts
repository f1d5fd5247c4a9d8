// `prompt-census classify`: NDJSON {"id","text"} or PromptEvents → {"id","category","confidence"}.
// Text goes through the same transcript and redaction stages as the pipeline before any backend sees it.
import { z } from 'zod';
import type { PromptEvent } from '../../../schemas/event.js';
import { normalise } from '../../classify/classifier.js';
import { createClassifier } from '../../classify/create-classifier.js';
import { loadTaxonomy } from '../../classify/taxonomy.js';
import { loadConfig } from '../../config.js';
import { BackendError, RedactionError, ValidationError } from '../../errors/index.js';
import { validateEvent } from '../../pipeline.js';
import { redact } from '../../redact/index.js';
import { buildTranscript } from '../../transcript/build-transcript.js';
import { parseFlags, type Command } from '../args.js';
import { openInput } from '../input.js';
import { write } from '../io.js';
import { forEachRecord, reportRejected } from '../ndjson.js';

const usage = `Usage: prompt-census classify [FILE|-] [--classifier local|google|openai]

Reads NDJSON lines {"id": "...", "text": "..."} or PromptEvents (stdin by default), and writes
{"id", "category", "confidence"} per line (plus "dimensions" when the taxonomy has more than one).
Each text is redacted before the classifier sees it. Failures print category "unclassified" and a reason.`;

const lineSchema = z.union([z.object({ id: z.string().min(1).max(256), text: z.string() }), z.object({ id: z.string() }).loose()]);

export const classifyCommand: Command = {
  name: 'classify',
  summary: 'classify NDJSON texts or events and print one category per line',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { classifier: { type: 'string' } }, usage);
    const config = loadConfig(io.env, { mode: 'embedded', overrides: { classifier: { value: values.classifier, source: '--classifier' } } });
    const taxonomy = loadTaxonomy(config.taxonomyFile);
    const classifier = createClassifier(config);
    const limits = { maxEventBytes: config.maxEventBytes, maxMessages: config.maxMessages };
    const dimensions = Object.keys(taxonomy.dimensions);
    const { stream } = openInput(positionals[0], io);
    await forEachRecord(
      stream,
      lineSchema,
      async (record, line) => {
        let event: PromptEvent;
        try {
          event = 'text' in record && typeof record.text === 'string' ? { id: record.id, prompt: record.text } : validateEvent(record, limits);
        } catch (err) {
          if (!(err instanceof ValidationError)) throw err;
          reportRejected(io.stderr)(line, err);
          return;
        }
        let out: Record<string, unknown>;
        try {
          const redacted = redact(buildTranscript(event, config));
          const result = normalise(await classifier.classify(redacted.text), taxonomy);
          const first = result.results[dimensions[0]!]!;
          out = { id: event.id, category: first.category, confidence: Number(first.confidence.toFixed(4)) };
          if (dimensions.length > 1) out.dimensions = result.results;
        } catch (err) {
          const reason = err instanceof BackendError ? err.kind : err instanceof RedactionError ? err.code : 'classifier_error';
          out = { id: event.id, category: 'unclassified', confidence: 0, reason };
        }
        await write(io.stdout, JSON.stringify(out) + '\n');
      },
      reportRejected(io.stderr),
    );
    await classifier.close?.();
    return 0;
  },
};
