#!/usr/bin/env node
// The `prompt-census` executable.
import { main } from './cli/main.js';
import { processIo } from './cli/io.js';

// A closed pipe (`prompt-census run … | head`) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const code = await main(process.argv.slice(2), processIo());
process.exitCode = code;
