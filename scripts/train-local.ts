// `npm run train:local`: trains the offline classifier from the labelled prompt file and writes the
// model that ships in the package. Deterministic; test/classify/local/reproducible.test.ts retrains
// and compares the bytes with the committed model.
// Usage: node dist/scripts/train-local.js [--data FILE] [--out FILE]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_TRAIN_DATA, retrainFromFile, SHIPPED_MODEL } from './local-classifier/retrain.js';

const { values } = parseArgs({ options: { data: { type: 'string', default: DEFAULT_TRAIN_DATA }, out: { type: 'string', default: SHIPPED_MODEL } } });
const started = process.hrtime.bigint();
const trained = retrainFromFile(values.data!);
writeFileSync(values.out!, trained.bytes);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const c = trained.calibration;
console.log(`wrote ${values.out} (${trained.bytes.length} bytes, sha256 ${trained.sha256}) in ${seconds.toFixed(1)} s`);
console.log(`rows ${trained.rows}; calibration hold-out of ${c.heldOutRows}: macro-F1 ${c.macroF1}, accuracy ${c.accuracy}, answered other ${c.otherShare}`);
console.log(`temperature ${trained.temperature}, threshold ${trained.threshold}`);
