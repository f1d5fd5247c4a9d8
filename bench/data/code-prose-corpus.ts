// The no-PII corpus for measuring over-redaction on what prompts are full of: real code and API
// prose from pinned packages in node_modules, plus generated stack traces, version numbers, git
// SHAs, UUIDs, timestamps, order numbers and arithmetic. Deterministic (seeded), so every run and
// every machine measures the same text. Provenance: bench/data/README.md.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mulberry32 } from '../synthetic-events.js';

const require = createRequire(import.meta.url);

/** Package files read verbatim (code, JSDoc and Markdown prose; checked to hold no personal data). */
export const CORPUS_FILES = [
  'typescript/lib/lib.es5.d.ts',
  '@types/node/fs.d.ts',
  '@types/node/stream.d.ts',
  '@types/node/events.d.ts',
  'pino/docs/api.md',
] as const;

export interface CorpusDocument {
  source: string;
  text: string;
}

function generated(seed: number, lines: number): string {
  const rand = mulberry32(seed); // seeded: the generated part is the same on every run
  const int = (n: number) => Math.floor(rand() * n);
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[int(16)]).join('');
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const iso = () =>
    `${2019 + int(7)}-${pad(1 + int(12), 2)}-${pad(1 + int(28), 2)}T${pad(int(24), 2)}:${pad(int(60), 2)}:${pad(int(60), 2)}.${pad(int(1000), 3)}Z`;
  const fns = ['processTicksAndRejections', 'Module._compile', 'Object.<anonymous>', 'async Promise.all', 'Runner.runTest', 'handleRequest', 'parseConfig'];
  const files = ['node:internal/process/task_queues', 'src/server/router.ts', 'dist/index.js', 'node_modules/express/lib/router/layer.js', 'lib/worker.mjs'];
  const makers: (() => string)[] = [
    () => `    at ${fns[int(fns.length)]} (${files[int(files.length)]}:${1 + int(900)}:${1 + int(80)})`,
    () => `TypeError: Cannot read properties of undefined (reading '${['map', 'length', 'id', 'then'][int(4)]}')`,
    () => `"version": "${int(20)}.${int(40)}.${int(100)}", "node": ">=${14 + int(8)}.${int(20)}.${int(10)}"`,
    () => `commit ${hex(40)}\nMerge: ${hex(7)} ${hex(7)}`,
    () => `git cherry-pick ${hex(7)} && git rebase -i HEAD~${1 + int(9)}`,
    () => `id: ${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(4)]}${hex(3)}-${hex(12)}`,
    () => `[${iso()}] INFO worker ${int(16)} processed ${int(5000)} jobs in ${int(90000)} ms`,
    () => `${2019 + int(7)}-${pad(1 + int(12), 2)}-${pad(1 + int(28), 2)} ${pad(int(24), 2)}:${pad(int(60), 2)}:${pad(int(60), 2)} WARN retry ${int(5)}/5`,
    () => `Order #${100000 + int(899999)} shipped; invoice INV-${2020 + int(6)}-${pad(int(99999), 5)}, ${1 + int(9)} items`,
    () => `ticket JIRA-${int(9000)}: build ${int(9999)} failed on step ${int(12)} of ${12 + int(10)}`,
    () => `${int(1000)} * ${int(1000)} = ?  Let x = ${int(100)}.${int(100)}; then 2x + ${int(50)} = ${int(500)} and ∫₀^${1 + int(9)} x² dx`,
    () => `matrix [[${int(10)}, ${int(10)}, ${int(10)}], [${int(10)}, ${int(10)}, ${int(10)}]] has determinant ${int(200) - 100}`,
    () => `sha256: ${hex(64)}`,
    () => `epoch ${1500000000 + int(300000000)} (${1500000000000 + int(300000000000)} ms), pid ${int(65535)}, port ${1024 + int(60000)}`,
    () => `Updated ${int(50)} packages in ${int(60)}.${int(10)}s; ${int(9)} vulnerabilities (${int(3)} moderate, ${int(2)} high)`,
    () => `const limit = ${int(10000)}; const ratio = ${rand().toFixed(4)}; // see RFC ${1000 + int(8000)}`,
  ];
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(makers[int(makers.length)]!());
  return out.join('\n');
}

/** The corpus as documents (one per source file, plus generated chunks of 200 lines). */
export function loadCodeProseCorpus(seed = 20240611): CorpusDocument[] {
  const docs: CorpusDocument[] = CORPUS_FILES.map((file) => ({ source: file, text: readFileSync(require.resolve(file), 'utf8') }));
  for (let chunk = 0; chunk < 10; chunk++) docs.push({ source: `generated#${chunk}`, text: generated(seed + chunk, 200) });
  return docs;
}
