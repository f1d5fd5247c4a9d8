// Prints the README's environment-variable table (npm run env-table), or with --write replaces the
// table between the README's env-table markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { envTableMarkdown } from '../schemas/config-table.js';
import { packagePath } from '../src/util/package-root.js';

const table = envTableMarkdown();
if (process.argv.includes('--write')) {
  const path = packagePath('README.md');
  const readme = readFileSync(path, 'utf8');
  const updated = readme.replace(/(<!-- env-table:start -->\n)[\s\S]*?(\n<!-- env-table:end -->)/, `$1${table}$2`);
  if (updated === readme && !readme.includes(table)) throw new Error('README has no env-table markers');
  writeFileSync(path, updated);
  console.log('README.md env table updated');
} else {
  console.log(table);
}
