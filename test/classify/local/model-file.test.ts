import { describe, expect, it } from 'vitest';
import { FEATURE_VERSION } from '../../../src/classify/local/feature-spec.js';
import { decodeModel, encodeModel, MODEL_FORMAT, type ModelFile } from '../../../src/classify/local/model-file.js';

function tinyModel(): ModelFile {
  const buckets = 1 << 8;
  return {
    header: {
      format: MODEL_FORMAT,
      featureVersion: FEATURE_VERSION,
      features: { hashBits: 8, charMin: 3, charMax: 5, ideoMin: 1, ideoMax: 3, maxWordChars: 24, edgeTokens: 8, wordWeight: 1, charWeight: 1, edgeWeight: 0.5, idfPower: 1 },
      labels: ['a', 'b'],
      biases: [0.5, -0.5],
      weightScale: 0.01,
      temperature: 1,
      threshold: 0.3,
      provenance: {},
    },
    idf: Uint8Array.from({ length: buckets }, (_, i) => i % 200),
    weights: Int8Array.from({ length: buckets * 2 }, (_, i) => (i % 255) - 127),
  };
}

describe('local model file', () => {
  it('round-trips header, idf and weights', () => {
    const model = tinyModel();
    const decoded = decodeModel(encodeModel(model));
    expect(decoded.header).toEqual(model.header);
    expect(Array.from(decoded.idf)).toEqual(Array.from(model.idf));
    expect(Array.from(decoded.weights)).toEqual(Array.from(model.weights));
  });

  it('encodes the same model to the same bytes', () => {
    expect(encodeModel(tinyModel()).equals(encodeModel(tinyModel()))).toBe(true);
  });

  it('rejects damaged files with a message naming the problem', () => {
    const bytes = encodeModel(tinyModel());
    expect(() => decodeModel(Buffer.from('nope'))).toThrow(/bad magic/);
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 1))).toThrow(/expected \d+ bytes, found \d+/);
    const badHeader = Buffer.from(bytes);
    badHeader.write('{', 8, 'latin1');
    badHeader.write('X', 9, 'latin1');
    expect(() => decodeModel(badHeader)).toThrow(/not valid JSON/);
    const other = tinyModel();
    (other.header as { format: number }).format = 99;
    expect(() => decodeModel(encodeModel(other))).toThrow(/field format/);
  });
});
