#!/usr/bin/env node
// Re-makes, one at a time, the deliberate bugs listed in docs/TESTING.md in a scratch copy of
// the committed tree (git archive HEAD; node_modules symlinked), runs the tests named for each,
// and reports whether they caught it. Exit 1 if any bug survives or no longer applies.
//
//   node scripts/deliberate-bugs.mjs            # every bug
//   node scripts/deliberate-bugs.mjs flush-early # only the named ones
//   node scripts/deliberate-bugs.mjs --worktree  # copy the working tree instead of HEAD
//   node scripts/deliberate-bugs.mjs --check     # no test run: does every bug still apply to the working tree?
import { execFileSync, spawnSync } from 'node:child_process';
import { parseArgs as parseCommandLine } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Each bug: where, the exact text replaced, and the tests (file and -t name) that must fail. */
export const BUGS = [
  {
    id: 'verify-prev-disabled',
    what: 'chain-link (prev) check disabled in verify.ts (folder verifier and verifyEvents)',
    file: 'packages/core/src/ledger/verify.ts',
    find: 'if (event.prev !== expectedPrev) return',
    replace: 'if (false && event.prev !== expectedPrev) return',
    tests: [['test/forgery/ledger.test.ts', 're-sealed with a valid hash']],
  },
  {
    id: 'verify-merkle-disabled',
    what: 'Merkle root comparison with the signed checkpoint disabled, folder verifier and verifyEvents',
    file: 'packages/core/src/ledger/verify.ts',
    find: [
      'if (signedRoot !== undefined && root !== signedRoot) {',
      "if (signed !== undefined && Buffer.from(state.range.root()).toString('hex') !== signed)",
    ],
    replace: [
      'if (false && signedRoot !== undefined && root !== signedRoot) {',
      "if (false && signed !== undefined && Buffer.from(state.range.root()).toString('hex') !== signed)",
    ],
    tests: [['test/forgery/ledger.test.ts', 're-chained consistently']],
  },
  {
    id: 'verify-merkle-folder-only',
    what: 'Merkle root comparison with the signed checkpoint disabled in the folder verifier only',
    file: 'packages/core/src/ledger/verify.ts',
    find: 'if (signedRoot !== undefined && root !== signedRoot) {',
    replace: 'if (false && signedRoot !== undefined && root !== signedRoot) {',
    tests: [['test/forgery/ledger.test.ts', 'verifyLedger.*re-chained consistently']],
  },
  {
    id: 'verify-merkle-events-only',
    what: 'Merkle root comparison disabled in verifyEvents only',
    file: 'packages/core/src/ledger/verify.ts',
    find: "if (signed !== undefined && Buffer.from(state.range.root()).toString('hex') !== signed)",
    replace: "if (false && signed !== undefined && Buffer.from(state.range.root()).toString('hex') !== signed)",
    tests: [['test/forgery/ledger.test.ts', 'verifyEvents.*re-chained consistently']],
  },
  {
    id: 'verify-seq-weakened',
    what: 'seq gap check weakened from !== to < (sequenceProblem accepts any seq past the expected one)',
    file: 'packages/core/src/ledger/verify.ts',
    find: 'if (seq === expectedSeq) return undefined;',
    replace: 'if (typeof seq === \'number\' && seq >= expectedSeq) return undefined;',
    tests: [['test/forgery/ledger.test.ts', 'deleted event']],
  },
  {
    id: 'verify-fast-hash-unchecked',
    what: "verify's fast path for hash-first lines takes the digest without comparing it with the stored hash member",
    file: 'packages/core/src/ledger/scan.ts',
    find: 'if (((line[at] as number) | ((line[at + 1] as number) << 8)) !== HEX_PAIRS[digest.charCodeAt(i)]) return false;',
    replace: 'if (false) return false;',
    tests: [['packages/core/src/ledger/scan.test.ts', 'finds a changed line inside the signed range']],
  },
  {
    id: 'flush-early',
    what: 'flush() waiters resolve one event early (durableSeq + 1)',
    file: 'packages/core/src/auditor/auditor.ts',
    find: 'if (w.seq <= durableSeq) w.resolve();',
    replace: 'if (w.seq <= durableSeq + 1) w.resolve();',
    tests: [['test/core/durability.test.ts', 'maxBatchEvents 2, 3 records']],
  },
  {
    id: 'fail-closed-rejects-later',
    what: 'a failing batch rejects fail-closed callers of later events too (surviving mutant of rejectWaiters)',
    file: 'packages/core/src/auditor/auditor.ts',
    find: 'if (w.seq >= 0 && w.seq <= uptoSeq && w.reject !== noop) {',
    replace: 'if (w.seq >= 0 && true && w.reject !== noop) {',
    tests: [['test/core/durability.test.ts', 'rejects the fail-closed callers of its own events only']],
  },
  {
    id: 'fail-closed-skips-seq-0',
    what: 'a failing first batch does not reject the caller of seq 0 (surviving mutant of rejectWaiters)',
    file: 'packages/core/src/auditor/auditor.ts',
    find: 'if (w.seq >= 0 && w.seq <= uptoSeq && w.reject !== noop) {',
    replace: 'if (w.seq > 0 && w.seq <= uptoSeq && w.reject !== noop) {',
    tests: [['test/core/durability.test.ts', 'rejects the fail-closed callers of its own events only']],
  },
  {
    id: 'record-durable-after-close',
    what: 'recordDurable() after close() waits instead of rejecting (surviving mutant)',
    file: 'packages/core/src/auditor/auditor.ts',
    find: 'if (receipt.seq < 0) throw new RecordError(',
    replace: 'if (false) throw new RecordError(',
    tests: [['test/core/durability.test.ts', 'recordDurable\\(\\) after close\\(\\) rejects']],
  },
  {
    id: 'email-trailing-boundary',
    what: "email detector's trailing-boundary check removed",
    file: 'packages/core/src/redaction/detectors.ts',
    find: "if (!(end < text.length && (isWordChar(text.charCodeAt(end)) || localChar.test(text[end] ?? '')) && !/[.\\-'%+]/.test(text[end] ?? ''))) {",
    replace: 'if (true) {',
    tests: [['test/redaction/detector-boundaries.test.ts', 'does not cut an email']],
  },
  {
    id: 'collector-prev-disabled',
    what: "the NATS collector's chain-link (prev) check disabled",
    file: 'packages/nats/src/internal/chain.ts',
    find: ': event.prev !== chain.lastHash',
    replace: ': false && event.prev !== chain.lastHash',
    tests: [['test/forgery/stores.test.ts', 'collector.*re-sealed with a valid hash']],
  },
  {
    id: 'collector-fork-skipped',
    what: 'the NATS collector skips a second event at a seq it already verified (no fork reported)',
    file: 'packages/nats/src/internal/chain.ts',
    find: ['if (inserted.has(event.id) || hashes.some((h) => h !== event.hash)) {', 'if (event.seq === chain.nextSeq - 1 && event.hash !== chain.lastHash) {'],
    replace: ['if (false) {', 'if (false) {'],
    tests: [['test/forgery/stores.test.ts', 'collector.*fork is reported']],
  },
  {
    id: 'proxy-forwards-before-durable',
    what: 'the fail-closed MCP proxy records the tool.call without waiting for it to be durable',
    file: 'packages/mcp-proxy/src/internal/session.ts',
    find: 'await this.shared.auditor.recordDurable(',
    replace: 'this.shared.auditor.record(',
    tests: [['test/mcp/fail-closed-upstream.test.ts', 'never forwards a refused call']],
  },
  {
    id: 'pool-shard-by-event',
    what: "the sealing pool shares out events one by one instead of by session (a session's memory split over threads)",
    file: 'packages/core/src/auditor/pipeline.ts',
    find: ': shardOfKey(key, count);',
    replace: ': unkeyed++ % count;',
    tests: [['packages/core/src/auditor/pipeline.test.ts', 'masks a value where it recurs later in its session']],
  },
  {
    id: 'pool-chain-head-reset',
    what: "the sealing pool takes the auditor's (possibly stale) last hash after a worker failure instead of keeping its chain head",
    file: 'packages/core/src/auditor/pipeline.ts',
    find: '    this.prev ??= prev;',
    replace: '    if (this.order.length === 0) this.prev = prev;',
    tests: [['packages/core/src/auditor/pool-regressions.test.ts', 'prev: a thread that exits right after answering']],
  },
  {
    id: 'durable-later-waits-forever',
    what: 'recordDurable() callers of events behind a batch that keeps failing are never rejected',
    file: 'packages/core/src/auditor/auditor.ts',
    find: 'rejectWaiters(attempt >= FAILED_ATTEMPTS_BEFORE_REJECTING_ALL ? Number.POSITIVE_INFINITY : (last ?? -1), failure);',
    replace: 'rejectWaiters(last ?? -1, failure);',
    tests: [['packages/core/src/auditor/pool-regressions.test.ts', 'recordDurable \\(redactionWorker: true\\)']],
  },
];

const USAGE = 'usage: node scripts/deliberate-bugs.mjs [id ...] [--worktree | --check]   (no id: every bug)';

/** The command line (node:util parseArgs, strict): an unknown option or bug id is an error (exit 2), never a silent pass or a run of every bug. */
function parseArgs() {
  let parsed;
  try {
    parsed = parseCommandLine({ args: process.argv.slice(2), options: { worktree: { type: 'boolean' }, check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.values.help) {
    console.log(`${USAGE}\nids: ${BUGS.map((b) => b.id).join(', ')}`);
    process.exit(0);
  }
  const unknown = parsed.positionals.filter((id) => !BUGS.some((b) => b.id === id));
  if (unknown.length > 0) {
    console.error(`unknown bug id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}\nknown ids: ${BUGS.map((b) => b.id).join(', ')}\n${USAGE}`);
    process.exit(2);
  }
  return { worktree: parsed.values.worktree === true, check: parsed.values.check === true, only: parsed.positionals };
}

/**
 * Why `bug` can no longer be made in the working tree, or undefined: each text it replaces occurs
 * exactly once in its file (a second occurrence would make the replacement ambiguous), and each
 * named test file exists and holds every word of the `-t` pattern (a title can be a template).
 * `--check` runs this for every bug without a test run, so that a change of the code that moves a
 * bug's text fails the test suite (test/scripts/tooling.test.ts) instead of rotting the list.
 */
function staleness(bug) {
  const file = path.join(repo, bug.file);
  if (!fs.existsSync(file)) return `${bug.file} does not exist`;
  const text = fs.readFileSync(file, 'utf8');
  for (const find of [bug.find].flat()) {
    const count = text.split(find).length - 1;
    if (count !== 1) return `${bug.file} contains ${JSON.stringify(find)} ${count} times, not once`;
  }
  for (const [testFile, name] of bug.tests) {
    const testPath = path.join(repo, testFile);
    if (!fs.existsSync(testPath)) return `${testFile} does not exist`;
    // Each word of the pattern (3 letters or more) must be in the file: titles can be templates
    // (`it.each` with `%i`, a template string), so the pattern itself need not appear as written.
    const source = fs.readFileSync(testPath, 'utf8');
    const missing = (name.replace(/\\(.)/g, '$1').match(/[A-Za-z][A-Za-z0-9_]{2,}/g) ?? []).find((word) => !source.includes(word));
    if (missing !== undefined) return `${testFile} holds no test named like ${JSON.stringify(name)} (no "${missing}" in it)`;
  }
  return undefined;
}

/** Thrown when a test run was stopped by Ctrl-C: the scratch copy is removed and the script exits 130. */
class Interrupted extends Error {}

function scratchCopy(worktree) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-deliberate-'));
  if (worktree) {
    fs.cpSync(repo, dir, { recursive: true, filter: (src) => !/(^|\/)(node_modules|\.git|\.stryker-tmp|reports)(\/|$)/.test(path.relative(repo, src)) });
  } else {
    const tar = execFileSync('git', ['-C', repo, 'archive', '--format=tar', 'HEAD'], { maxBuffer: 512 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  }
  // Dependencies are linked, not copied (pnpm's per-package folders point into the root store).
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
  for (const pkg of fs.readdirSync(path.join(repo, 'packages'))) {
    for (const sub of ['node_modules', 'dist']) {
      const from = path.join(repo, 'packages', pkg, sub);
      const to = path.join(dir, 'packages', pkg, sub);
      if (fs.existsSync(from) && fs.existsSync(path.join(dir, 'packages', pkg)) && !fs.existsSync(to)) fs.symlinkSync(from, to);
    }
  }
  return dir;
}

function runTests(dir, tests) {
  const failed = [];
  for (const [file, name] of tests) {
    const result = spawnSync(process.execPath, [path.join(dir, 'node_modules/vitest/vitest.mjs'), 'run', file, '-t', name], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: process.env.CI ?? '' } });
    // Ctrl-C reaches the test run too (one process group): stop here, not at the next bug.
    if (result.signal === 'SIGINT' || result.signal === 'SIGTERM') throw new Interrupted(result.signal);
    const summary = (result.stdout + result.stderr).replace(/\x1b\[[0-9;]*m/g, '').match(/Tests +([^\n]+)/)?.[1]?.trim() ?? 'no summary';
    if (result.status !== 0) failed.push({ file, name, summary });
    else if (/ 0 passed|no tests/i.test(summary) || !/passed/.test(summary)) failed.push({ file, name, summary: `ran nothing: ${summary}` });
  }
  return failed;
}

const { worktree, check, only } = parseArgs();
const bugs = only.length > 0 ? BUGS.filter((b) => only.includes(b.id)) : BUGS;
if (check) {
  const stale = bugs.map((bug) => [bug.id, staleness(bug)]).filter(([, why]) => why !== undefined);
  for (const [id, why] of stale) console.log(`NO LONGER APPLIES ${id}: ${why} (update scripts/deliberate-bugs.mjs and docs/TESTING.md)`);
  console.log(`${bugs.length - stale.length} of ${bugs.length} deliberate bugs still apply to the working tree`);
  process.exit(stale.length > 0 ? 1 : 0);
}
const dir = scratchCopy(worktree);
console.log(`scratch copy of ${worktree ? 'the working tree' : 'HEAD'}: ${dir}`);
let bad = 0;
try {
  for (const bug of bugs) {
    const file = path.join(dir, bug.file);
    const original = fs.readFileSync(file, 'utf8');
    const baseline = runTests(dir, bug.tests);
    if (baseline.length > 0) {
      bad++;
      console.log(`NOT CHECKED ${bug.id}: the named tests do not pass without the bug: ${baseline.map((f) => `${f.file} -t "${f.name}" (${f.summary})`).join('; ')}`);
      continue;
    }
    const finds = [bug.find].flat();
    const replaces = [bug.replace].flat();
    let text = original;
    const missing = finds.filter((f) => !text.includes(f));
    if (missing.length > 0) {
      bad++;
      console.log(`NO LONGER APPLIES ${bug.id}: ${bug.file} no longer contains ${JSON.stringify(missing[0])} (update scripts/deliberate-bugs.mjs and docs/TESTING.md)`);
      continue;
    }
    finds.forEach((f, i) => (text = text.replace(f, replaces[i])));
    fs.writeFileSync(file, text);
    try {
      const failed = runTests(dir, bug.tests);
      const caughtBy = failed.filter((f) => !f.summary.startsWith('ran nothing'));
      if (caughtBy.length > 0) console.log(`CAUGHT ${bug.id} (${bug.what}) by ${caughtBy.map((f) => `${f.file} -t "${f.name}" [${f.summary}]`).join('; ')}`);
      else {
        bad++;
        console.log(`SURVIVED ${bug.id} (${bug.what}): ${bug.tests.map(([f, n]) => `${f} -t "${n}"`).join('; ')} stayed green`);
      }
    } finally {
      fs.writeFileSync(file, original);
    }
  }
} catch (error) {
  fs.rmSync(dir, { recursive: true, force: true });
  if (!(error instanceof Interrupted)) throw error;
  console.log(`stopped (${error.message}); scratch copy removed`);
  process.exit(130);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(`${bugs.length - bad} of ${bugs.length} deliberate bugs caught`);
process.exit(bad > 0 ? 1 : 0);
