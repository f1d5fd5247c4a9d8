// Worker process entry point (`node dist/workers/classify.js`), the same as `prompt-census worker`:
// container images and process managers can start it without the CLI.
import { main } from '../src/cli/main.js';
import { processIo } from '../src/cli/io.js';

process.exitCode = await main(['worker', ...process.argv.slice(2)], processIo());
