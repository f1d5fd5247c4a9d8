// Builds the optional native sampling HMAC (src/sampler/native) with node-gyp; `npm install` runs it.
// It never fails the install: without a C compiler, Python or Node's headers the JS implementation is
// used, which costs the host about 0.6 µs more per offer() (README, "Native sampling HMAC").
// Plain JavaScript, not TypeScript: it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'sampler', 'native');
const env = { ...process.env };
// npm hands scripts its bundled node-gyp; run by hand, find the one beside this Node's npm.
const gyp = env.npm_config_node_gyp || join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
// Headers installed beside this Node (Debian's nodejs, the official images) need no download.
const prefix = join(dirname(process.execPath), '..');
if (!env.npm_config_nodedir && existsSync(join(prefix, 'include', 'node', 'node_api.h'))) env.npm_config_nodedir = prefix;
// What a host loses without the addon, said by every way this script can end without it.
const FALLBACK = 'the sampler uses its JS HMAC (slower on the request path, same results)';

if (!existsSync(gyp)) {
  console.warn(`prompt-census: node-gyp not found; ${FALLBACK}`);
  process.exit(0);
}
const run = spawnSync(process.execPath, [gyp, 'rebuild', '--silent'], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
if (run.status === 0) {
  console.log('prompt-census: built the native sampling HMAC');
} else {
  const reason = (run.stderr || run.error?.message || '').trim().split('\n').slice(-3).join(' | ');
  console.warn(`prompt-census: could not build the native sampling HMAC (${reason || `exit ${run.status}`}); ${FALLBACK}`);
}
