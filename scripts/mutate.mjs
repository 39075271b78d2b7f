#!/usr/bin/env node
// `pnpm mutate`: StrykerJS (stryker.config.mjs) in a scratch copy of the committed tree, so a
// mutant never touches the working tree (other work in progress stays out of the run, and the
// run can mutate in place). node_modules are linked, not copied: pnpm's per-package folders
// are what Stryker's own sandbox would miss. The incremental file and the reports come back
// to reports/. Arguments go to `stryker run` (e.g. --mutate packages/core/src/crypto/merkle.ts).
//
//   pnpm mutate                       # everything in stryker.config.mjs, incrementally
//   pnpm mutate --mutate <file,...>   # some files
//   pnpm mutate --worktree ...        # the working tree instead of HEAD
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const worktree = args.includes('--worktree');
const strykerArgs = args.filter((a) => a !== '--worktree');

// The copy sits one level down (<tmp>/aa-mutate-X/main) with ../shared linked beside it, as in a
// checkout, so the conformance vectors run against the mutants instead of skipping.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-mutate-'));
const dir = path.join(scratch, 'main');
fs.mkdirSync(dir);
const shared = path.resolve(repo, '..', 'shared');
if (fs.existsSync(shared)) fs.symlinkSync(shared, path.join(scratch, 'shared'));
if (worktree) {
  fs.cpSync(repo, dir, { recursive: true, filter: (src) => !/(^|\/)(node_modules|\.git|\.stryker-tmp|reports|dist)(\/|$)/.test(path.relative(repo, src)) });
} else {
  execFileSync('tar', ['-x', '-C', dir], { input: execFileSync('git', ['-C', repo, 'archive', '--format=tar', 'HEAD'], { maxBuffer: 512 * 1024 * 1024 }) });
}
fs.symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
// Built packages too, for tests that spawn the CLI (they run the unmutated build).
for (const pkg of fs.readdirSync(path.join(repo, 'packages'))) {
  for (const sub of ['node_modules', 'dist']) {
    const from = path.join(repo, 'packages', pkg, sub);
    const to = path.join(dir, 'packages', pkg, sub);
    if (fs.existsSync(from) && fs.existsSync(path.join(dir, 'packages', pkg)) && !fs.existsSync(to)) fs.symlinkSync(from, to);
  }
}
const reports = path.join(repo, 'reports');
fs.mkdirSync(reports, { recursive: true });
// Incremental files (and earlier reports) go in with the run and come back with it.
fs.cpSync(reports, path.join(dir, 'reports'), { recursive: true });
const startedAt = Date.now();

console.log(`mutation testing in ${dir} (${worktree ? 'working tree' : `HEAD ${execFileSync('git', ['-C', repo, 'rev-parse', '--short', 'HEAD']).toString().trim()}`})`);
// Stryker 10 needs Node >= 22; the project's own Node may be 20.
const node = Number(process.versions.node.split('.')[0]) >= 22 ? [process.execPath] : ['npx', '-y', 'node@22'];
const stryker = path.join(dir, 'node_modules/@stryker-mutator/core/bin/stryker.js');
const result = spawnSync(node[0], [...node.slice(1), stryker, 'run', '--inPlace', ...strykerArgs], { cwd: dir, stdio: 'inherit' });
// Only this run's results come back: the HTML/JSON report and the incremental file it used. A
// whole-folder copy would put back the stale copies of other runs' incremental files taken at the
// start, overwriting what runs beside this one wrote meanwhile.
const incrementalArg = strykerArgs.find((a, i) => strykerArgs[i - 1] === '--incrementalFile') ?? strykerArgs.find((a) => a.startsWith('--incrementalFile='))?.slice('--incrementalFile='.length) ?? 'reports/stryker-incremental.json';
// A run that failed (a config error, no tests executed) or was stopped wrote no new report: the
// copy taken in at the start must not come back looking fresh. Stryker writes the incremental
// file on SIGINT, so that one comes back whenever it changed.
const reportFile = path.join(dir, 'reports', 'mutation', 'mutation.json');
const freshReport = result.status === 0 && fs.existsSync(reportFile) && fs.statSync(reportFile).mtimeMs > startedAt;
const incrementalFrom = path.join(dir, incrementalArg);
const freshIncremental = fs.existsSync(incrementalFrom) && fs.statSync(incrementalFrom).mtimeMs > startedAt;
if (freshReport) fs.cpSync(path.join(dir, 'reports', 'mutation'), path.join(reports, 'mutation'), { recursive: true });
if (freshIncremental) fs.cpSync(incrementalFrom, path.join(repo, incrementalArg));
fs.rmSync(scratch, { recursive: true, force: true });
if (freshReport) console.log(`reports: ${path.relative(process.cwd(), path.join(reports, 'mutation', 'mutation.html'))}, incremental file ${incrementalArg}`);
else console.error(`stryker exited with ${result.status ?? result.signal}: no new report (reports/mutation/ left as it was)${freshIncremental ? `; the incremental file ${incrementalArg} holds the results so far` : ''}`);
process.exit(result.status ?? 1);
