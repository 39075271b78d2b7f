#!/usr/bin/env node
// Prints, for one CI test run, what failed: each failed test with the first lines of its error,
// each test file that failed without running its tests (a worker that died, an import error), and
// the "Unhandled Errors" section of vitest's log. .ci/run prints it after every run and again at
// the end, so the tail of a long CI log says what broke.
//
//   node scripts/ci-digest.mjs <label> <vitest log> <report.json>
import fs from 'node:fs';
import path from 'node:path';

const [label, logFile, reportFile] = process.argv.slice(2);
if (!label || !logFile || !reportFile) {
  console.error('usage: ci-digest.mjs <label> <vitest log> <report.json>');
  process.exit(2);
}
const plain = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');
const short = (text, lines = 6) => plain(String(text ?? '')).split('\n').slice(0, lines).map((line) => `      ${line}`).join('\n');
const out = [];
let report;
try {
  report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
} catch (error) {
  out.push(`  no JSON report (${error instanceof Error ? error.message : String(error)}): the run ended before vitest wrote it`);
}
const root = process.cwd() + path.sep;
for (const file of report?.testResults ?? []) {
  const name = String(file.name).startsWith(root) ? String(file.name).slice(root.length) : file.name;
  const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
  for (const test of failed) {
    out.push(`  FAILED ${name} > ${[...(test.ancestorTitles ?? []), test.title].join(' > ')}`);
    out.push(short((test.failureMessages ?? []).join('\n')));
  }
  const notRun = (file.assertionResults ?? []).filter((test) => test.status === 'pending');
  if (notRun.length > 0) out.push(`  NOT RUN ${name}: ${notRun.length} of ${(file.assertionResults ?? []).length} tests pending (its worker died, or a hook never ended)`);
  if (file.status === 'failed' && failed.length === 0) {
    out.push(`  FILE FAILED ${name} (${(file.assertionResults ?? []).length} tests reported)`);
    out.push(short(file.message, 10));
  }
}
let log = '';
try {
  log = plain(fs.readFileSync(logFile, 'utf8'));
} catch {
  // No log: nothing more to show.
}
const unhandled = log.indexOf('Unhandled Error');
if (unhandled >= 0) {
  out.push('  vitest reported unhandled errors:');
  out.push(short(log.slice(unhandled), 40));
}
const summary = log.split('\n').filter((line) => /^ +(Test Files|Tests|Errors) /.test(line)).slice(-3);
console.log(`== digest: ${label}${summary.length ? `\n${summary.join('\n')}` : ''}`);
console.log(out.length ? out.join('\n') : '  nothing failed');
