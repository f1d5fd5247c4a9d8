// The redaction stage as a whole: typed placeholders stable within a text, counts without values,
// and failing closed: a detector that throws stops the text, and the pipeline counts the job as
// unclassified:redaction_error without calling the classifier.
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../src/classify/taxonomy.js';
import type { Classifier } from '../../src/classify/classifier.js';
import { RedactionError } from '../../src/errors/index.js';
import { processJob, type SampledJob } from '../../src/pipeline.js';
import { defaultDetectors, redact, type Detector } from '../../src/redact/index.js';

const CANARY = 'Canary Zyxwvut 4111 1111 1111 1111';

describe('redact', () => {
  it('numbers placeholders per type and repeats them for the same value', () => {
    const { text, found } = redact('Mail anna@example.com, then anna@example.com again, or bob@example.org.');
    expect(text).toBe('Mail [EMAIL_1], then [EMAIL_1] again, or [EMAIL_2].');
    expect(found).toEqual({ EMAIL: 3 });
  });

  it('gives the same name the same placeholder across a transcript', () => {
    const { text } = redact('USER: My name is Vanessa Hertzog.\nASSISTANT: Hello Vanessa Hertzog, how can I help?');
    expect(text).toBe('USER: My name is [PERSON_1].\nASSISTANT: Hello [PERSON_1], how can I help?');
  });

  it('merges overlapping findings so no part of a value survives', () => {
    const { text } = redact('postgres://admin:hunter22@db.internal:5432/app');
    expect(text).not.toContain('hunter22');
    expect(text).not.toContain('admin');
  });

  it('leaves code, versions, SHAs, UUIDs and timestamps alone', () => {
    const prose = 'v2.4.1 at 2024-03-15T12:30:45Z, commit 9fceb02d0ae598e95dc970b74767f19372d61af8, id 550e8400-e29b-41d4-a716-446655440000, order #88213';
    expect(redact(prose)).toEqual({ text: prose, found: {} });
  });

  it('keeps neighbouring findings apart: the end of an IP address is no house number', () => {
    // Read title-cased, "…2.1 ssn 078" and "…::1 abc 12" once looked like "7878 Rahu 37" street lines
    // and bridged the IP into the SSN, or swallowed the words after an IPv6 address.
    expect(redact('ip 192.0.2.1 ssn 078-05-1120').text).toBe('ip [IP_1] ssn [SSN_1]');
    expect(redact('2001:db8::1 abc 12').text).toBe('[IP_1] abc 12');
    expect(redact('version 1.2 Qwerty 5 is out, released 2024-03-15 Zorgon 12').found).toEqual({});
  });

  it('finds an IPv4 address that ends a sentence, and e-mail under an internationalised TLD', () => {
    expect(redact('My server is 10.0.0.5. Then 10.0.0.6.').text).toBe('My server is [IP_1]. Then [IP_2].');
    expect(redact('write to a@xn--d1acufc.xn--p1ai or b@пример.рф').text).toBe('write to [EMAIL_1] or [EMAIL_2]');
    // A dot followed by more of the token is no sentence end: versions and host names stay.
    expect(redact('v1.2.3.4.5 and 1.2.3.4.x').found).toEqual({});
    // An SSH remote is no mailbox; a real address beside it still is.
    expect(redact('git clone git@github.com:acme/app.git, then mail git@acme.dev').text).toBe('git clone git@github.com:acme/app.git, then mail [EMAIL_1]');
  });

  it('takes a range of house numbers and what follows it', () => {
    expect(redact('Ship it to Hauptstraße 12-14, 10115 Berlin please.').text).toBe('Ship it to [ADDRESS_1] please.');
    expect(redact('Rua Augusta 10/12, Lisboa').text).toBe('[ADDRESS_1]');
  });
});

describe('fails closed', () => {
  const broken: Detector = {
    name: 'broken',
    find() {
      throw new Error(`choked on ${CANARY}`);
    },
  };

  it('throws RedactionError naming the detector, never the text', () => {
    let error: unknown;
    try {
      redact(`hello ${CANARY}`, { detectors: [...defaultDetectors, broken] });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(RedactionError);
    expect((error as RedactionError).detector).toBe('broken');
    expect(JSON.stringify(error) + String((error as Error).message)).not.toContain('Zyxwvut');
  });

  it('rejects a span outside the text as a detector error', () => {
    const wild: Detector = { name: 'wild', find: (text) => [{ start: 0, end: text.length + 5, type: 'SECRET' }] };
    expect(() => redact('abc', { detectors: [wild] })).toThrow(RedactionError);
  });

  it('marks the job unclassified:redaction_error and sends nothing to the classifier', async () => {
    const sent: string[] = [];
    const classifier: Classifier = {
      name: 'recording',
      async classify(text) {
        sent.push(text);
        return { results: { topic: { category: 'programming', confidence: 1 } }, labels: [] };
      },
    };
    const job: SampledJob = { v: 1, jobId: 'ab12', bucketStart: '2024-01-01T00:00:00.000Z', dims: {}, transcript: `USER: ${CANARY}` };
    const record = await processJob(job, { classifier, taxonomy: loadTaxonomy(), detectors: [...defaultDetectors, broken] });
    expect(sent).toEqual([]);
    expect(record.unclassifiedReason).toBe('redaction_error');
    expect(record.categories).toEqual({ topic: 'unclassified' });
    expect(JSON.stringify(record)).not.toContain('Zyxwvut');
  });
});
