// The tests StrykerJS runs against each mutant (stryker.config.mjs): the unit tests beside the
// source and the invariant suites in test/ that run in-process. Tests that spawn processes
// (SIGKILL, torn writes, CLI, MCP) are left out: a mutant in the sandbox would not reach them.
// AGENT_AUDIT_MUTATE_BASELINE=1 leaves out the suites issue 13 added, for the "before" scores;
// AGENT_AUDIT_MUTATE_TESTS=<glob,glob> runs only those test files (a faster run for one folder).
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

const added = ['test/forgery/*.test.ts', 'test/core/durability.test.ts', 'test/redaction/detector-boundaries.test.ts'];

// One flat list of files (the base config's projects would replace `include`).
const { projects: _projects, ...baseTest } = base.test ?? {};

export default defineConfig({
  ...base,
  test: {
    ...baseTest,
    include: process.env.AGENT_AUDIT_MUTATE_TESTS ? process.env.AGENT_AUDIT_MUTATE_TESTS.split(',') : [
      'packages/core/src/**/*.test.ts',
      'packages/nats/src/**/*.test.ts',
      'test/core/*.test.ts',
      'test/conformance/*.test.ts',
      ...added,
    ],
    exclude: ['**/node_modules/**', 'test/core/sigkill.test.ts', 'test/core/crash-tear.test.ts', ...(process.env.AGENT_AUDIT_MUTATE_BASELINE ? added : [])],
  },
});
