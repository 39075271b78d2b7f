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
if (!Number.isInteger(major) || major <= 0) {
  console.error(`not a Node major version: ${JSON.stringify(majorText)}\nusage: check-skips.mjs <report.json> [node major]`);
  process.exit(2);
}
let report;
try {
  report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
} catch (error) {
  console.error(`cannot read the test report ${reportFile}: ${error.code === 'ENOENT' ? 'no such file' : error.message} (did the test run write it? AGENT_AUDIT_TEST_REPORT)`);
  process.exit(2);
}
// A report with no test in it (a crashed run, an empty object) proves nothing: refused.
const total = (report.testResults ?? []).reduce((n, file) => n + (file.assertionResults ?? []).length, 0);
if (total === 0) {
  console.error(`the test report ${reportFile} lists no tests: a crashed or empty run is not a run without skips`);
  process.exit(1);
}
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
console.log(`tests: ${total}; skipped tests: ${skipped.length} (${skipped.length - refused.length} allowed on node ${major}, ${refused.length} not allowed)`);
for (const s of refused) console.log(`  NOT ALLOWED (${s.status}): ${s.file}: ${s.name}`);
process.exit(refused.length > 0 ? 1 : 0);
