// Inputs that make naive PII patterns backtrack: each shape repeated to a given size. Shared by the
// worst-case benchmark and the linear-time unit test.

export const ADVERSARIAL_SHAPES: Record<string, (chars: number) => string> = {
  'digit run': (n) => '7'.repeat(n),
  '"a." repeats': (n) => 'a.'.repeat(Math.ceil(n / 2)).slice(0, n),
  '"x@" then "a-" repeats': (n) => ('x@' + 'a-'.repeat(Math.ceil(n / 2))).slice(0, n),
  'whitespace between digits': (n) => ('1' + ' '.repeat(63)).repeat(Math.ceil(n / 64)).slice(0, n),
  'nested brackets': (n) => '('.repeat(Math.floor(n / 2)) + ')'.repeat(Math.ceil(n / 2)),
  'spaced digit groups': (n) => '12 '.repeat(Math.ceil(n / 3)).slice(0, n),
  'capitalised words': (n) => 'Anna '.repeat(Math.ceil(n / 5)).slice(0, n),
  'number word number': (n) => '12 Main 34 '.repeat(Math.ceil(n / 11)).slice(0, n),
  'secret prefixes': (n) => 'sk-eyJAKIA'.repeat(Math.ceil(n / 10)).slice(0, n),
  // The XML secret forms' longest looks: a setting's value and an element's body run to their bounds, unclosed.
  // YAML block scalars: a secret name, the indicator and an indented line that never ends in a newline.
  'YAML block scalars': (n) => ('token: |\n  ' + 't'.repeat(600) + ' ').repeat(Math.ceil(n / 612)).slice(0, n),
  'unclosed XML settings': (n) => ('<add key="ApiKey" value="' + 'v'.repeat(600) + ' <Secret>' + 'w'.repeat(600) + ' ').repeat(Math.ceil(n / 1236)).slice(0, n),
};

const ORDINARY_PARAGRAPH = [
  'USER: Can you help me refactor this function? It reads a config file and retries on failure.',
  '```ts',
  'export async function loadConfig(path: string, attempts = 3): Promise<Config> {',
  '  for (let i = 0; i < attempts; i++) {',
  '    try { return JSON.parse(await readFile(path, "utf8")) as Config; }',
  '    catch (err) { if (i === attempts - 1) throw err; await sleep(2 ** i * 100); }',
  '  }',
  '}',
  '```',
  'ASSISTANT: Sure. First, the loop retries 3 times with exponential backoff (100, 200, 400 ms).',
  'Version 2.4.1 of the library changed the API on 2024-03-15; see commit 9fceb02 and issue #4521.',
  'Then Maria asked whether order 88213 shipped to 12 Baker Street, and said her phone is +44 20 7946 0958.',
].join('\n');

/** An ordinary prompt of about `chars` characters: prose, code, numbers and a little PII. */
export function ordinaryPrompt(chars: number): string {
  return (ORDINARY_PARAGRAPH + '\n').repeat(Math.ceil(chars / (ORDINARY_PARAGRAPH.length + 1))).slice(0, chars);
}
