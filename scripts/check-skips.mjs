#!/usr/bin/env node
// Fails when a CI run skipped a test it must run. Reads vitest's JSON report (vitest.config.ts
// writes it when AGENT_AUDIT_TEST_REPORT is set) and names every skipped test; only the skips
// listed here are allowed, each with the reason and the Node versions it applies to.
//
//   node scripts/check-skips.mjs <report.json> [node major]
import fs from 'node:fs';

const ALLOWED = [
  // ai 7 needs Node >= 22; on Node 20 the ai 6 tests cover the adapters.
  { file: /packages\/ai-sdk\/src\//, title: /skipped below Node 22/, below: 22 },
  { file: /test\/mcp\/one-trace\.test\.ts$/, title: /AI SDK 7 agent/, below: 22 },
];

const [reportFile, majorText] = process.argv.slice(2);
if (!reportFile) {
  console.error('usage: check-skips.mjs <report.json> [node major]');
  process.exit(2);
}
const major = Number(majorText ?? process.versions.node.split('.')[0]);
const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
const skipped = [];
for (const file of report.testResults ?? []) {
  for (const test of file.assertionResults ?? []) {
    if (test.status === 'passed' || test.status === 'failed') continue;
    const name = [...(test.ancestorTitles ?? []), test.title].join(' > ');
    const allowed = ALLOWED.some((a) => a.file.test(file.name) && a.title.test(name) && major < a.below);
    skipped.push({ file: file.name, name, status: test.status, allowed });
  }
}
const refused = skipped.filter((s) => !s.allowed);
console.log(`skipped tests: ${skipped.length} (${skipped.length - refused.length} allowed on node ${major}, ${refused.length} not allowed)`);
for (const s of refused) console.log(`  NOT ALLOWED (${s.status}): ${s.file}: ${s.name}`);
process.exit(refused.length > 0 ? 1 : 0);
