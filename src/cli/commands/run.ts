// `prompt-census run FILE|-`: the embedded pipeline over NDJSON events, printing the aggregate report.
import type { ReportDocument } from '../../../schemas/aggregate-row.js';
import { loadTaxonomy } from '../../classify/taxonomy.js';
import { createClassifier } from '../../classify/create-classifier.js';
import { loadConfig, type Config } from '../../config.js';
import { UsageError } from '../../errors/index.js';
import { runEmbedded } from '../../embedded/run-embedded.js';
import { writeSnapshotFile } from '../../aggregate/snapshot-store.js';
import { buildRows } from '../../release/build-rows.js';
import { releaseNotes } from '../../release/release-notes.js';
import { formatCsv } from '../../release/format-csv.js';
import { formatTable } from '../../release/format-table.js';
import { oneOf, parseFlags, type Command } from '../args.js';
import { openInput } from '../input.js';
import { write, type CliIo } from '../io.js';
import { createProgress } from '../progress.js';

const usage = `Usage: prompt-census run FILE|- [options]

Runs the whole pipeline in this process on NDJSON events (one PromptEvent per line): keyed sample,
transcript, redaction, classification, in-memory aggregates. Prints only the aggregate report.

Options:
  --sample-rate R      fraction to sample, 0–1 (env SAMPLE_RATE; default 0.0025)
  --classifier NAME    local | google | openai (env CLASSIFIER; default local)
  --bucket UNIT        hour | day | week (env BUCKET; default week)
  --min-accounts N     release threshold: distinct accounts per cell (env MIN_ACCOUNTS; default 5)
  --min-events N       release threshold: sampled events per cell (env MIN_EVENTS; default 10)
  --format F           table | json | csv (default table)
  --save-snapshot FILE also save the aggregate counters (no text) for \`report\`/\`export\` --store FILE
  -h, --help           show this help

Rejected lines are reported on stderr with their line number and failing field; the rest still count.`;

export function reportNotes(config: Config): string[] {
  // run's report applies the thresholds but never DP noise: DP releases go through export/report --store, which keep the budget ledger.
  const notes = releaseNotes({ sampleRate: config.sampleRate, minAccounts: config.minAccounts, minEvents: config.minEvents });
  if (config.samplerKeyIsDemo) notes.push('SAMPLER_KEY unset: the public embedded demo key was used, so the sample is reproducible but not secret.');
  return notes;
}

export const runCommand: Command = {
  name: 'run',
  summary: 'run the embedded pipeline on an NDJSON file and print the aggregate report',
  usage,
  async run(argv, io: CliIo) {
    const { values, positionals } = parseFlags(
      argv,
      {
        'sample-rate': { type: 'string' },
        classifier: { type: 'string' },
        bucket: { type: 'string' },
        'min-accounts': { type: 'string' },
        'min-events': { type: 'string' },
        format: { type: 'string' },
        'save-snapshot': { type: 'string' },
      },
      usage,
    );
    if (positionals.length !== 1) throw new UsageError(`run needs one input (a file or -)\n\n${usage}`);
    const format = oneOf('format', values.format as string | undefined, ['table', 'json', 'csv'] as const, 'table');
    const config = loadConfig(io.env, {
      mode: 'embedded',
      overrides: {
        sampleRate: { value: values['sample-rate'], source: '--sample-rate' },
        classifier: { value: values.classifier, source: '--classifier' },
        bucket: { value: values.bucket, source: '--bucket' },
        minAccounts: { value: values['min-accounts'], source: '--min-accounts' },
        minEvents: { value: values['min-events'], source: '--min-events' },
      },
    });
    const taxonomy = loadTaxonomy(config.taxonomyFile);
    const classifier = createClassifier(config);
    const input = openInput(positionals[0], io);
    const progress = createProgress(io.stderr, io.stderrIsTty, input.sizeBytes);

    const { store, totals } = await runEmbedded(input.stream, {
      config,
      classifier,
      taxonomy,
      onReject: (r) => {
        progress.done();
        io.stderr.write(`line ${r.line}: rejected: ${r.field}: ${r.message}\n`);
      },
      onProgress: (bytes, t) => progress.update(bytes, `${t.lines} lines, ${t.sampledEvents} sampled`),
    });
    progress.done();
    await classifier.close?.();

    const snapshot = await store.snapshot();
    if (typeof values['save-snapshot'] === 'string') writeSnapshotFile(values['save-snapshot'], snapshot, config);
    const rows = buildRows(snapshot, { ...config, taxonomy });
    if (format === 'json') {
      const doc: ReportDocument = {
        format: 'prompt-census/report@1',
        generatedAt: new Date().toISOString(),
        config: {
          sampleRate: config.sampleRate,
          bucket: config.bucket,
          classifier: config.classifier,
          minAccounts: config.minAccounts,
          minEvents: config.minEvents,
          dimensions: [...config.dimensions],
        },
        totals: { offeredEvents: totals.offeredEvents, sampledEvents: totals.sampledEvents, rejectedEvents: totals.rejectedEvents },
        notes: reportNotes(config),
        rows,
      };
      await write(io.stdout, JSON.stringify(doc, null, 2) + '\n');
    } else if (format === 'csv') {
      await write(io.stdout, formatCsv(rows));
    } else {
      const header = [
        `prompt-census: ${totals.offeredEvents} events offered, ${totals.sampledEvents} sampled (rate ${config.sampleRate}), ${totals.rejectedEvents} rejected, ${totals.unclassifiedEvents} unclassified; classifier ${config.classifier}.`,
        ...reportNotes(config).map((n) => `note: ${n}`),
        '',
      ].join('\n');
      await write(io.stdout, header + '\n' + formatTable(rows));
    }
    if (totals.rejectedEvents > 0) io.stderr.write(`${totals.rejectedEvents} line(s) rejected; see above.\n`);
    return 0;
  },
};
