// Public functions called from plain JavaScript without their options object: options whose fields
// are all optional default to {}; required ones give AuditError `invalid_options`, never a
// TypeError from reading a field of undefined (tester: readEvents(dir) threw "reading 'fromSeq'").
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as core from '../index.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-options-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function ledger(name: string, streams: string[]): Promise<string> {
  const dir = path.join(root, name);
  const sink = core.fileLedger({ dir });
  for (const id of streams) {
    const auditor = core.createAuditor({ agent: { id }, sink });
    auditor.record({ type: 'tool.call', tool: { name: 'lookup' } });
    auditor.record({ type: 'tool.result', tool: { name: 'lookup', result: 1 } });
    await auditor.flush();
  }
  await sink.close();
  return dir;
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const plain = <F extends (...args: never[]) => unknown>(fn: F) => fn as unknown as (...args: unknown[]) => ReturnType<F>;

describe('options from plain JavaScript', () => {
  it('readEvents(dir) without options reads the only stream; several streams need `stream`, said clearly', async () => {
    const one = await ledger('one', ['bot']);
    const events = await collect(plain(core.readEvents)(one));
    expect(events.map((e) => `${e.stream}:${e.type}:${e.outcome}`)).toEqual(['bot:tool.call:pending', 'bot:tool.result:success']);
    expect((await collect(core.readEvents(one, { fromSeq: 1 }))).map((e) => e.seq)).toEqual([1]);

    const two = await ledger('two', ['bot-a', 'bot-b']);
    await expect(collect(plain(core.readEvents)(two))).rejects.toMatchObject({ name: 'AuditError', code: 'invalid_options', message: expect.stringContaining('bot-a, bot-b') });
    expect((await collect(core.readEvents(two, { stream: 'bot-b' }))).map((e) => e.stream)).toEqual(['bot-b', 'bot-b']);
    await expect(collect(plain(core.readEvents)(one, null))).rejects.toMatchObject({ code: 'invalid_options' });
  });

  it('filters default to match everything', async () => {
    const one = await ledger('filters', ['bot']);
    const [event] = await collect(core.readEvents(one));
    expect(plain(core.matchesFilter)(event)).toBe(true);
    expect(plain(core.compileFilter)()(event)).toBe(true);
  });

  it('a missing required options object is an invalid_options AuditError, not a TypeError', async () => {
    const dir = await ledger('required', ['bot']);
    const source = core.ledgerSource(dir);
    const sync: Array<[string, () => unknown]> = [
      ['createAuditor', () => plain(core.createAuditor)()],
      ['createShipper', () => plain(core.createShipper)()],
      ['createShipper', () => plain(core.createShipper)({ dir })],
      ['httpSink', () => plain(core.httpSink)()],
      ['createMonitor', () => plain(core.createMonitor)()],
    ];
    for (const [name, call] of sync) {
      let thrown: unknown;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      expect(thrown, name).toMatchObject({ name: 'AuditError', code: 'invalid_options', message: expect.stringContaining(name) });
    }
    await expect(plain(core.subjectReport)(source)).rejects.toMatchObject({ code: 'invalid_options', message: expect.stringContaining('subjectReport') });
    await expect(plain(core.addHold)(dir)).rejects.toMatchObject({ code: 'invalid_options', message: expect.stringContaining('addHold') });
    await expect(plain(core.releaseHolds)(dir)).rejects.toMatchObject({ code: 'invalid_options', message: expect.stringContaining('releaseHolds') });
    // All-optional options default to {}: what is then missing is said as for any caller.
    await expect(plain(core.decisionReport)(source)).rejects.toMatchObject({ code: 'invalid_selection' });
    await expect(plain(core.exportBundle)(source)).rejects.toMatchObject({ code: 'invalid_selection' });
  });
});
