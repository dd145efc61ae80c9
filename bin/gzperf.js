#!/usr/bin/env node
import module from 'node:module';

// Node ≥ 22.1 keeps compiled code between runs (tsc does the same); older Node skips this and starts as before.
module.enableCompileCache?.();
const { main } = await import('../dist/gzperf.mjs');

// A failure to write the output (disk full, a closed pipe) is one line on stderr, never a stack trace.
function outputFailed(error) {
  // `gzperf parse … | head` closes the pipe early; that is not an error.
  if (error?.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`gzperf: cannot write the output: ${error?.message ?? error}\n`);
  process.exit(2);
}
process.stdout.on('error', outputFailed);
process.stderr.on('error', (error) => process.exit(error?.code === 'EPIPE' ? (process.exitCode ?? 0) : 2));

try {
  process.exitCode = await main({ argv: process.argv.slice(2), stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
} catch (error) {
  // stdout to a file writes synchronously, so a full disk throws here.
  if (error?.syscall === 'write') outputFailed(error);
  process.stderr.write(`gzperf: internal error: ${error?.message ?? error}; please report it with the command you ran\n`);
  process.exitCode = 2;
}
