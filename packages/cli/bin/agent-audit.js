#!/usr/bin/env node
// Committed entry point, so package managers can link the command before the first build.
import('../dist/bin.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/bin.js')) {
    process.stderr.write('agent-audit: the CLI is not built yet; run `pnpm build` in the repository first\n');
  } else {
    process.stderr.write(`agent-audit: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exitCode = 2;
});
