// docs/integrations.md stays true to the code: every variable it names exists, its snippets are the
// example files' code (which the snippet tests run), and its LiteLLM config is the example config's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configEnvNames } from '../../schemas/config.js';
import { LITELLM_PATH } from '../../src/http/routes/litellm.js';
import { SKIP_REASONS } from '../../src/integrations/litellm/to-prompt-event.js';
import { packagePath } from '../../src/util/package-root.js';

const doc = readFileSync(packagePath('docs', 'integrations.md'), 'utf8');
const read = (...path: string[]) => readFileSync(packagePath(...path), 'utf8');
const blockOf = (lang: string) => new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(doc)?.[1] ?? '';

describe('docs/integrations.md', () => {
  it('names only environment variables the config schema defines (or the proxy-side header variable)', () => {
    const named = new Set(doc.match(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g) ?? []);
    const proxySide = ['PROMPT_CENSUS_AUTHORIZATION'];
    expect([...named].filter((name) => !configEnvNames.includes(name) && !proxySide.includes(name))).toEqual([]);
    expect(configEnvNames).toContain('LITELLM_ACCOUNT_FROM');
  });

  it('shows the Python and Go snippets exactly as the checked example files have them', () => {
    expect(blockOf('python').length).toBeGreaterThan(200);
    expect(read('examples', 'sampling', 'sampling.py')).toContain(blockOf('python'));
    expect(blockOf('go').length).toBeGreaterThan(200);
    expect(read('examples', 'sampling', 'sampling.go')).toContain(blockOf('go'));
  });

  it('shows the callback settings of examples/litellm/config.yaml, pointed at the LiteLLM route', () => {
    const yaml = blockOf('yaml');
    expect(read('examples', 'litellm', 'config.yaml')).toContain(yaml);
    expect(yaml).toContain('callback_type: generic_api');
    expect(yaml).toContain(`endpoint: http://prompt-census-sidecar:8787${LITELLM_PATH}`);
    expect(yaml).toMatch(/Authorization: os\.environ\//);
    for (const reason of SKIP_REASONS) expect(doc).toContain(`| \`${reason}\` |`);
  });
});
