// Each detector on values it must find and on lookalikes it must leave alone (code, versions,
// SHAs, UUIDs, timestamps, order numbers). Values are made up or published test values.
import { describe, expect, it } from 'vitest';
import { addressDetector } from '../../src/redact/detectors/address.js';
import { cardDetector } from '../../src/redact/detectors/card.js';
import { cryptoDetector } from '../../src/redact/detectors/crypto.js';
import { dateOfBirthDetector } from '../../src/redact/detectors/date-of-birth.js';
import { emailDetector } from '../../src/redact/detectors/email.js';
import { ibanDetector } from '../../src/redact/detectors/iban.js';
import { ipDetector } from '../../src/redact/detectors/ip.js';
import { macDetector } from '../../src/redact/detectors/mac.js';
import { personDetector } from '../../src/redact/detectors/person.js';
import { phoneDetector } from '../../src/redact/detectors/phone.js';
import { secretsDetector } from '../../src/redact/detectors/secrets.js';
import { ssnDetector } from '../../src/redact/detectors/ssn.js';
import type { Detector } from '../../src/redact/types.js';

interface Case {
  detector: Detector;
  /** [text, the exact substring that must be found] */
  positives: [string, string][];
  negatives: string[];
}

const FAKE_JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';

const cases: Case[] = [
  {
    detector: emailDetector,
    positives: [['write to jane.doe+news@example.co.uk today', 'jane.doe+news@example.co.uk']],
    negatives: ['import x from "@scope/pkg"', 'my email is info@presidio.', 'git@ is not an address', 'user@localhost'],
  },
  {
    detector: phoneDetector,
    positives: [
      ['call +44 20 7946 0958 now', '+44 20 7946 0958'],
      ['US: (415) 555-0132', '(415) 555-0132'],
      ['office 0490 75 40 81-Fax', '0490 75 40 81'],
      ['Rufnummer +49 30 1234567', '+49 30 1234567'],
      ['cell 9498777106', '9498777106'],
      ['Office\\,3660170548-Fax', '3660170548'],
      ['0821234567 (mobile)', '0821234567'],
    ],
    negatives: ['order 3660170548 shipped', 'build 3660170548 - fixed', 'version 1.22.333', 'at 2024-03-15 12:30:45', 'epoch 1700000000 ms', 'ip 192.168.100.200', 'items 1 2 3 4 5 6 7', 'ratio 0.1234567', 'SSN 078-05-1123'],
  },
  {
    detector: cardDetector,
    positives: [
      ['card 4111 1111 1111 1111 exp', '4111 1111 1111 1111'],
      ['4012-8888-8888-1881', '4012-8888-8888-1881'],
      ['limit for card 501864667909?', '501864667909'],
    ],
    negatives: ['4111 1111 1111 1112', 'order 501864667909', '1111111111111111', 'build 20240315123456'],
  },
  {
    detector: ibanDetector,
    positives: [['IBAN GB82 WEST 1234 5698 7654 32 please', 'GB82 WEST 1234 5698 7654 32']],
    negatives: ['GB82 WEST 1234 5698 7654 33', 'DE00 1234'],
  },
  {
    detector: ssnDetector,
    positives: [
      ['ssn 078-05-1123', '078-05-1123'],
      ['SSN: 078051121', '078051121'],
      ['ITIN 912-70-1234', '912-70-1234'],
    ],
    negatives: ['order 078051121', '000-12-3456', '666-12-3456', '078-05-0000', '912-40-1234'],
  },
  {
    detector: ipDetector,
    positives: [
      ['from 203.0.113.7:443', '203.0.113.7'],
      ['addr 2001:db8::8a2e:370:7334.', '2001:db8::8a2e:370:7334'],
    ],
    negatives: ['version 1.2.3.4.5', '999.1.1.1', 'time 12:30:45', 'case default: break'],
  },
  {
    detector: macDetector,
    positives: [
      ['MAC 00:1A:2B:3C:4D:5E', '00:1A:2B:3C:4D:5E'],
      ['cisco 0012.3456.789A', '0012.3456.789A'],
    ],
    negatives: ['FF:FF:FF:FF:FF:FF', '00:1A:2B:3C:4D', '10:2F:33-AC-29-C3', 'at 12:30:45:10:20:30x'],
  },
  {
    detector: cryptoDetector,
    positives: [
      ['send to 16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ', '16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ'],
      ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
      ['eth 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'],
    ],
    negatives: ['16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD', 'commit 8f953371d3e85eddb89b05ed6b9e680791055315'],
  },
  {
    // Per-kind cases, through redact(), are in secrets.test.ts.
    detector: secretsDetector,
    positives: [
      ['key AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE'],
      [`Authorization: Bearer ${FAKE_JWT}`, FAKE_JWT],
      ['OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz0123', 'sk-proj-abcdefghijklmnopqrstuvwxyz0123'],
      ['password = "hunter2!"', 'hunter2!'],
      ['postgres://app:s3cr3t@db:5432/x', 'app:s3cr3t'],
      ['https://x.io/cb?access_token=Zm9vYmFyYmF6MTIz&x=1', 'Zm9vYmFyYmF6MTIz'],
      ['"client_secret": "q8R2x9Lm4Tz7Wv1Ks5"', 'q8R2x9Lm4Tz7Wv1Ks5'],
    ],
    negatives: ['password: string;', 'const token = getToken();', 'token = config.token', 'Token authentication is simple', 'apiKey: process.env.API_KEY'],
  },
  {
    detector: dateOfBirthDetector,
    positives: [
      ['DOB: 1980-07-28', '1980-07-28'],
      ['I was born on March 3, 1990.', 'March 3, 1990'],
    ],
    negatives: ['released on 1980-07-28', 'deadline March 3, 1990'],
  },
  {
    detector: personDetector,
    positives: [
      ['My name is Vanessa P. Hertzog', 'Vanessa P. Hertzog'],
      ['"Fine," says Iwase.', 'Iwase'],
      ['Hi Vinicio, thanks', 'Vinicio'],
      ['my name is pamela', 'pamela'],
      ['directed by Wisława Szczepańska', 'Wisława Szczepańska'],
      // An unlisted word spelt like a name, alone at a sentence start.
      ['Zbigniewa is from a small town', 'Zbigniewa'],
      // A title with its dot; the title itself is context.
      ['For my take on Mrs. Baker, see below', 'Baker'],
      // An ambiguous word ("Brown") in a pair with a name.
      ['Then Wrzesniewska and Brown were hired', 'Brown'],
      // A name found once is found again alone.
      ['Ask Vanessa Hertzog first. Later, Hertzog replied.', 'Hertzog'],
      ['Thanks to Brigitta Q. Oyelaran for the review', 'Brigitta Q. Oyelaran'],
      ['Quirinus: "Who are you?"', 'Quirinus'],
      // Lines written without capitals.
      ['please invite eva kowalska tomorrow', 'eva kowalska'],
      ['my friends are marta, jonas and oskar', 'jonas'],
      ['call me ingeborg', 'ingeborg'],
      // Names that also name a place or a thing, with a cue or beside a surname.
      ['Dear Mr. Krebs, thank you', 'Krebs'],
      ['My name is Paris Hilton', 'Paris Hilton'],
      ['I met Paris yesterday.', 'Paris'],
      ['In the style of Virginia Woolf: write a scene', 'Virginia Woolf'],
      // Names in exam questions and stories.
      ["Ann promised to return Bea's golf clubs.", 'Bea'],
      ['Rhonda, Sally, and Diane are running a relay.', 'Sally'],
      // Names from many languages in English text.
      ['Olusegun Obasanjo met Chidi Okafor in Lagos.', 'Chidi Okafor'],
      ['Wisława Szczepańska and Lóa Sigmundsdóttir signed it.', 'Lóa Sigmundsdóttir'],
    ],
    negatives: [
      'The Promise constructor',
      'Getting Started With Streams',
      'May I ask?',
      'use TypeScript and JSON',
      // Form fields and speaker roles before a colon.
      'Name: string',
      'E-mail: x@y.z',
      'Bot: hello there',
      // Code: generics, tech names, lower-case log lines with words from the name list.
      'export class Dirent<Name extends string> {',
      'Licensed under the Apache License',
      'epoch 1534177382 (1513366672606 ms), pid 37362, port 21197',
      'Labor Day is in September',
      // Planets, elements and other science words written with a capital.
      'Jupiter generates its internal heat by slow gravitational contraction.',
      'Saturn has rings and Mercury is hot.',
      'Which is lighter: Boron or Carbon?',
      '(a) Boron (b) Carbon (c) Nitrogen',
      'Is it Cr, Mn, Si, or S?',
      'HBr is a strong acid; the NMR runs at 500 MHz.',
      'Every cell of the female has one Barr body.',
      // Eponyms: laws, cycles, effects, adjectives made from names.
      'The Krebs cycle releases carbon dioxide.',
      "Hooke's law relates force and extension.",
      'The Doppler shift of the light tells its speed.',
      'Use a Gaussian kernel and Bayesian optimisation.',
      'Find an Euler circuit in the graph.',
      // Algorithm, product and company names.
      'Mergesort and Quicksort both run in O(n log n).',
      'A Trojan disguised as a game stole the data.',
      'Fine-tune it with Hugging Face Transformers.',
      'Ask Claude 3.5 Sonnet to review the code.',
      'Abbott Laboratories reported growth. Abbott is committed to fair labour.',
      // Places, with a place word before or around them.
      'Can a corporation in Virginia sue?',
      'Texas, Georgia, and Oklahoma border it.',
      'The Mississippi River floods every spring.',
      // Answer options and template labels.
      'A. Bed rest\nB. Regular activity\nC. Surgery',
      'Character: a brave knight\nAge: 30',
      // Capitalised words of other languages.
      'Kannst du diesen Satz aus dem Englischen ins Deutsche übertragen?',
      '¿Cómo se diría esto en alemán?',
      'Lass uns ein Rollenspiel machen. Du bist ein Zeitreisender.',
      'Как дела? Переведи это.',
    ],
  },
  {
    detector: addressDetector,
    positives: [
      ['sent to 14 Crown Street, London', '14 Crown Street, London'],
      ['at Villacher Strasse 89', 'Villacher Strasse 89'],
      ['move to Hammarvägen 15', 'Hammarvägen 15'],
      ['P.O. Box 104', 'P.O. Box 104'],
      ['Rue de la Paix 12', 'Rue de la Paix 12'],
      // A quoted block keeps its lines, postcode included.
      ['>Anna\n>12 Baker Street\n>London\n>UK 12345', '12 Baker Street\n>London\n>UK 12345'],
      // Written without capitals.
      ['she lives at 12 kirkevej 4, odense', '12 kirkevej 4, odense'],
      // A lower-case street type before the name.
      ['Verda lives on 33 avenue de Provence.', '33 avenue de Provence.'],
    ],
    negatives: [
      'Chapter 5 covers streams',
      'Node 20 and TypeScript 5.9',
      'line 42 of router.ts',
      // "During" ends like a street compound (-ring) but is an English word.
      'During 1971, the company grew',
      // Number, capitalised words, number: a title, not a street.
      '5 Musicians Of The 70s You Hate',
      'Version 2 Update 3',
    ],
  },
];

const found = (detector: Detector, text: string) => detector.find(text).map((s) => text.slice(s.start, s.end));

describe.each(cases.map((c) => [c.detector.name, c] as const))('%s detector', (_name, c) => {
  it.each(c.positives)('finds the value in %j', (text, value) => {
    expect(found(c.detector, text)).toContain(value);
  });
  it.each(c.negatives)('leaves %j alone', (text) => {
    expect(found(c.detector, text)).toEqual([]);
  });
});
