// What `verify --state FILE` promises (docs/FORMAT.md §10; issue 13, from surviving mutants):
// the file lives outside the ledger, belongs to one ledger, is refused when it is anything but
// a state file, and a remembered stream size never goes down.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LedgerHead } from './head.js';
import { readVerifyState, writeVerifyState, type VerifyState } from './state.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-state-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => {
  const dir = path.join(root, `t${n++}`);
  fs.mkdirSync(path.join(dir, 'ledger'), { recursive: true });
  return dir;
};

const R1 = '1'.repeat(64);
const R2 = '2'.repeat(64);
const R3 = '3'.repeat(64);
const stream = (name: string, size: number, rootHex: string, closed = false) => ({ name, size, root: rootHex, closed, checkpointBytes: 10, checkpointSha256: R3 });
const head = (streams: LedgerHead['streams']): LedgerHead => ({ origin: 'agent-audit/L1', timestamp: '2026-01-01T00:00:00.000Z', marker: R1, keys: R2, streams });

function codeAndMessage(run: () => unknown): string {
  try {
    run();
    return 'returned';
  } catch (error) {
    return `${(error as { code?: string }).code}: ${(error as Error).message}`;
  }
}

describe('verify state file', () => {
  it('is undefined before the first run (its folder must exist), then holds the head, its streams and the ledger path', () => {
    const dir = fresh();
    const file = path.join(dir, 'deep', 'er', 'verify.state');
    expect(codeAndMessage(() => readVerifyState(file, path.join(dir, 'ledger'), 'L1'))).toBe(`verify_state: the folder of state file ${file} (${path.dirname(file)}) does not exist; create it (outside the ledger), or fix the path`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    expect(readVerifyState(file, path.join(dir, 'ledger'), 'L1')).toBeUndefined();
    const before = Date.now();
    writeVerifyState(file, 'L1', 'the signed note\n\n\n— k AAAA\n', head([stream('a', 3, R1), stream('b', 0, R2, true)]), undefined, path.join(dir, 'ledger'));
    expect(fs.readdirSync(path.dirname(file))).toEqual(['verify.state']); // no temp file left
    expect(fs.readFileSync(file, 'utf8').endsWith('}\n')).toBe(true);
    const state = readVerifyState(file, path.join(dir, 'ledger'), 'L1') as VerifyState;
    expect(state).toMatchObject({
      format: 'agent-audit-verify-state', version: 1, ledger: 'L1', path: path.join(fs.realpathSync(dir), 'ledger'), head: 'the signed note\n\n\n— k AAAA\n',
      streams: { a: { size: 3, root: R1, closed: false }, b: { size: 0, root: R2, closed: true } },
    });
    expect(Object.keys(state.streams.a as object).sort()).toEqual(['closed', 'root', 'size']);
    const at = Date.parse(state.verifiedAt);
    expect(at).toBeGreaterThanOrEqual(before - 1);
    expect(at).toBeLessThanOrEqual(Date.now());
  });

  it('never lowers a remembered size, replaces an equal or larger one, and keeps streams the head does not list', () => {
    const dir = fresh();
    const file = path.join(dir, 'verify.state');
    writeVerifyState(file, 'L1', 'n1\n\n\n— k AAAA\n', head([stream('a', 10, R1), stream('b', 4, R1), stream('c', 1, R1)]), undefined);
    const previous = readVerifyState(file, path.join(dir, 'ledger'), 'L1');
    writeVerifyState(file, 'L1', 'n2\n\n\n— k AAAA\n', head([stream('a', 9, R2), stream('b', 4, R2, true)]), previous);
    const state = readVerifyState(file, path.join(dir, 'ledger'), 'L1') as VerifyState;
    expect(state.head).toBe('n2\n\n\n— k AAAA\n');
    expect(state.streams).toEqual({
      a: { size: 10, root: R1, closed: false }, // a smaller size never replaces a larger one
      b: { size: 4, root: R2, closed: true }, // an equal size does
      c: { size: 1, root: R1, closed: false }, // not in the new head: kept
    });
  });

  it('refuses a state file inside the ledger, naming both', () => {
    const dir = fresh();
    const ledger = path.join(dir, 'ledger');
    for (const file of [path.join(ledger, 'verify.state'), path.join(ledger, 'sub', 'verify.state'), ledger]) {
      expect(codeAndMessage(() => readVerifyState(file, ledger, 'L1'))).toBe(
        `verify_state: state file ${file} is inside the ledger ${ledger}; it must live where the ledger's writer cannot change it`,
      );
    }
    // A sibling whose name starts like the ledger's is outside it.
    expect(readVerifyState(path.join(dir, 'ledger-state'), ledger, 'L1')).toBeUndefined();
  });

  it('refuses a state file inside another ledger or a vault, naming the folder and its kind; a plain folder beside them is fine', () => {
    const dir = fresh();
    const ledger = path.join(dir, 'ledger');
    const another = path.join(dir, 'another');
    fs.mkdirSync(path.join(another, 'deep'), { recursive: true });
    fs.writeFileSync(path.join(another, 'LEDGER'), '{}');
    const vault = path.join(dir, 'vault');
    fs.mkdirSync(path.join(vault, 'subjects'), { recursive: true });
    fs.mkdirSync(path.join(vault, 'records'));
    for (const [file, kind, folder] of [[path.join(another, 'verify.state'), 'ledger', another], [path.join(another, 'deep', 'verify.state'), 'ledger', another], [path.join(vault, 'verify.state'), 'vault', vault]] as const) {
      const message = codeAndMessage(() => readVerifyState(file, ledger, 'L1'));
      const named = /^verify_state: state file (.+) is inside the (ledger|vault) folder (.+); keep it outside every ledger and vault \(writing it there would change that (ledger|vault)\)$/.exec(message);
      expect(named, message).not.toBeNull();
      expect([named?.[1], named?.[2], named?.[4]], message).toEqual([file, kind, kind]);
      // The folder by its real path.
      expect(fs.realpathSync(named?.[3] as string), message).toBe(fs.realpathSync(folder));
    }
    fs.mkdirSync(path.join(dir, 'plain'));
    expect(readVerifyState(path.join(dir, 'plain', 'verify.state'), ledger, 'L1')).toBeUndefined();
  });

  it('refuses a state file it cannot read', () => {
    const dir = fresh();
    const file = path.join(dir, 'a-folder');
    fs.mkdirSync(file);
    expect(codeAndMessage(() => readVerifyState(file, path.join(dir, 'ledger'), 'L1'))).toMatch(/^verify_state: cannot read state file .*a-folder: .*not a regular file/);
  });

  const valid = { format: 'agent-audit-verify-state', version: 1, ledger: 'L1', verifiedAt: 'x', head: 'h\n\n— k AAAA\n', streams: { a: { size: 1, root: R1, closed: false } } };
  it.each([
    ['not JSON', '{"format":'],
    ['JSON null', 'null'],
    ['another format', JSON.stringify({ ...valid, format: 'agent-audit-verify-stat' })],
    ['another version', JSON.stringify({ ...valid, version: 2 })],
    ['no ledger id', JSON.stringify({ ...valid, ledger: 7 })],
    ['no streams', JSON.stringify({ ...valid, streams: undefined })],
    ['null streams', JSON.stringify({ ...valid, streams: null })],
    ['streams that are a number', JSON.stringify({ ...valid, streams: 5 })],
    ['streams that are true', JSON.stringify({ ...valid, streams: true })],
    ['a fractional size', JSON.stringify({ ...valid, streams: { a: { size: 1.5, root: R1, closed: false } } })],
    ['a negative size', JSON.stringify({ ...valid, streams: { a: { size: -1, root: R1, closed: false } } })],
    ['an upper-case root', JSON.stringify({ ...valid, streams: { a: { size: 1, root: 'A'.repeat(64), closed: false } } })],
    ['a short root', JSON.stringify({ ...valid, streams: { a: { size: 1, root: R1.slice(1), closed: false } } })],
    ['a root with a suffix', JSON.stringify({ ...valid, streams: { a: { size: 1, root: `${R1}0`, closed: false } } })],
    ['a root with a prefix', JSON.stringify({ ...valid, streams: { a: { size: 1, root: `0${R1}`, closed: false } } })],
    ['a closed flag that is not boolean', JSON.stringify({ ...valid, streams: { a: { size: 1, root: R1, closed: 'no' } } })],
    // A fresh tester's "head":"garbage" was accepted and quietly rewritten.
    ['a head that is not a signed note', JSON.stringify({ ...valid, head: 'garbage' })],
    ['a head without signature lines', JSON.stringify({ ...valid, head: 'agent-audit/L1\nsize 3\n' })],
    ['no head', JSON.stringify({ ...valid, head: undefined })],
    ['a head that is a number', JSON.stringify({ ...valid, head: 7 })],
    ['no verifiedAt', JSON.stringify({ ...valid, verifiedAt: undefined })],
    // The ledger folder's path, when recorded: an absolute path (4b7ce45; survivors of 2026-12-03).
    ['a relative ledger path', JSON.stringify({ ...valid, path: 'ledger' })],
    ['a ledger path that is a number', JSON.stringify({ ...valid, path: 7 })],
    ['a ledger path that is null', JSON.stringify({ ...valid, path: null })],
  ])('refuses a file with %s', (_label, text) => {
    const dir = fresh();
    const file = path.join(dir, 'verify.state');
    fs.writeFileSync(file, text);
    expect(codeAndMessage(() => readVerifyState(file, path.join(dir, 'ledger'), 'L1'))).toBe(`verify_state: state file ${file} is not an agent-audit verify state file`);
  });

  it('accepts size 0; another ledger at another recorded path is a usage error, at the same path (or none recorded) a replaced ledger', () => {
    const dir = fresh();
    const file = path.join(dir, 'verify.state');
    fs.writeFileSync(file, JSON.stringify({ ...valid, streams: { a: { size: 0, root: R1, closed: true } } }));
    expect(readVerifyState(file, path.join(dir, 'ledger'), 'L1')?.streams).toEqual({ a: { size: 0, root: R1, closed: true } });
    // An absolute recorded path is accepted as it is.
    fs.writeFileSync(file, JSON.stringify({ ...valid, path: '/elsewhere/ledger' }));
    expect(readVerifyState(file, path.join(dir, 'ledger'), 'L1')?.path).toBe('/elsewhere/ledger');
    fs.writeFileSync(file, JSON.stringify({ ...valid, streams: { a: { size: 0, root: R1, closed: true } } }));
    expect(codeAndMessage(() => readVerifyState(file, path.join(dir, 'ledger'), 'L2'))).toMatch(/^verify_state_replaced: the ledger was replaced: --state .* remembers ledger L1 \(its path not recorded\)/);
    const other = path.join(fs.realpathSync(dir), 'other');
    fs.writeFileSync(file, JSON.stringify({ ...valid, path: other }));
    expect(codeAndMessage(() => readVerifyState(file, path.join(dir, 'ledger'), 'L2'))).toBe(
      `verify_state: state file ${file} remembers ledger L1 at ${other}, not this one (L2 at ${path.join(fs.realpathSync(dir), 'ledger')}); use one state file per ledger`,
    );
    expect(codeAndMessage(() => readVerifyState(file, other, 'L2'))).toMatch(/^verify_state_replaced: the ledger was replaced: --state .* remembers ledger L1 at this path/);
    expect(codeAndMessage(() => readVerifyState(path.join(dir, 'missing', 'verify.state'), path.join(dir, 'ledger'), 'L1'))).toMatch(/^verify_state: the folder of state file .* does not exist/);
  });
});
