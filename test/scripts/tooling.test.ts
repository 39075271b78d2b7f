// The test tooling's own promises (issue 13; a new user's check of 2026-12-03 found each of these
// passing silently): check-skips refuses an empty or unreadable report, deliberate-bugs refuses an
// unknown bug id or option instead of reporting "0 of 0 caught" or running every bug.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'aa-tooling-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: string, ...args: string[]) {
  // Bounded: a regression that runs every deliberate bug would take many minutes.
  const result = spawnSync(process.execPath, [join(root, 'scripts', script), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout + result.stderr };
}

function report(name: string, tests: Array<{ file: string; title: string; status: string }>): string {
  const byFile = new Map<string, Array<{ title: string; status: string; ancestorTitles: string[] }>>();
  for (const t of tests) byFile.set(t.file, [...(byFile.get(t.file) ?? []), { title: t.title, status: t.status, ancestorTitles: [] }]);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ testResults: [...byFile].map(([f, assertionResults]) => ({ name: f, assertionResults })) }));
  return file;
}

describe('scripts/check-skips.mjs', () => {
  it('passes a run without skips, and an allowed skip on the Node versions it is allowed on', () => {
    expect(run('check-skips.mjs', report('ok.json', [{ file: '/x/test/a.test.ts', title: 'works', status: 'passed' }]), '20').code).toBe(0);
    const allowed = report('allowed.json', [
      { file: '/x/test/a.test.ts', title: 'works', status: 'passed' },
      { file: '/x/packages/ai-sdk/src/v7.test.ts', title: 'ai 7 (skipped below Node 22)', status: 'skipped' },
    ]);
    expect(run('check-skips.mjs', allowed, '20').code).toBe(0);
    const on22 = run('check-skips.mjs', allowed, '22');
    expect(on22.code).toBe(1);
    expect(on22.out).toContain('NOT ALLOWED (skipped): /x/packages/ai-sdk/src/v7.test.ts');
  });

  it('refuses any other skip or todo, naming it', () => {
    const result = run('check-skips.mjs', report('skip.json', [
      { file: '/x/test/a.test.ts', title: 'works', status: 'passed' },
      { file: '/x/test/b.test.ts', title: 'needs nats', status: 'skipped' },
      { file: '/x/test/c.test.ts', title: 'later', status: 'todo' },
    ]), '20');
    expect(result.code).toBe(1);
    expect(result.out).toContain('NOT ALLOWED (skipped): /x/test/b.test.ts: needs nats');
    expect(result.out).toContain('NOT ALLOWED (todo): /x/test/c.test.ts: later');
  });

  it('refuses a report with no tests (a crashed run), and says what is wrong with a missing file or a bad version', () => {
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '{}');
    const none = run('check-skips.mjs', empty, '20');
    expect(none.code).toBe(1);
    expect(none.out).toContain('lists no tests');
    const missing = run('check-skips.mjs', join(dir, 'absent.json'));
    expect(missing.code).toBe(2);
    expect(missing.out).toContain('no such file');
    expect(missing.out).not.toMatch(/at Object\.|node:internal/);
    const badVersion = run('check-skips.mjs', empty, 'abc');
    expect(badVersion.code).toBe(2);
    expect(badVersion.out).toContain('not a Node major version');
  });
});

describe('scripts/deliberate-bugs.mjs', () => {
  it('refuses an unknown bug id, also beside a known one, listing the known ids (no scratch copy, no run)', () => {
    for (const args of [['no-such-bug'], ['flush-early', 'flush-eraly']]) {
      const result = run('deliberate-bugs.mjs', ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.out).toMatch(/unknown bug id: (no-such-bug|flush-eraly)/);
      expect(result.out).toContain('known ids: verify-prev-disabled');
      expect(result.out).not.toContain('scratch copy');
    }
  });

  it('--check: every bug still applies to the code (its text once in its file, its tests named in their files), without a test run', () => {
    // verify-seq-weakened's text left verify.ts (sequenceProblem) with no test noticing; the full
    // run of 2026-12-07 reported it as NO LONGER APPLIES. This keeps the list true on every run.
    const result = run('deliberate-bugs.mjs', '--check');
    expect(result.out).not.toContain('NO LONGER APPLIES');
    expect(result.out).toMatch(/^(\d+) of \1 deliberate bugs still apply to the working tree$/m);
    expect(result.code).toBe(0);
    expect(result.out).not.toContain('scratch copy');
  });

  it('refuses an unknown option instead of running every bug', () => {
    const result = run('deliberate-bugs.mjs', '--bogus');
    expect(result.code).toBe(2);
    expect(result.out).toContain("Unknown option '--bogus'");
    expect(result.out).not.toContain('scratch copy');
  });
});
