// `agent-audit query --trace`: the id's form, a trace that is not there, a ledger named twice.
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, readEvents } from '@agent-audit/core';
import { queryCommand } from './query.js';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  return { io: { stdout, stderr, stdin: new PassThrough(), env: {} }, out: () => out, err: () => err };
}

async function ledger(): Promise<{ dir: string; traceId: string; count: number }> {
  const root = await mkdtemp(join(tmpdir(), 'cli-query-trace-'));
  dirs.push(root);
  const dir = join(root, 'a');
  const auditor = createAuditor({ agent: { id: 'q' }, sink: fileLedger({ dir, keyDir: join(root, 'keys') }) });
  for (let i = 0; i < 3; i++) auditor.record({ type: 'tool.call', session: 's', tool: { name: 'lookup', arguments: { i } } });
  await auditor.close();
  let traceId = '';
  let count = 0;
  for await (const e of readEvents(dir)) {
    traceId ||= e.trace.traceId;
    if (e.trace.traceId === traceId) count++;
  }
  return { dir, traceId, count };
}

describe('agent-audit query --trace', () => {
  it('refuses a trace id that is not 32 hex digits (exit 2, names the form)', async () => {
    const { dir } = await ledger();
    for (const bad of ['xyz', '0'.repeat(32), 'a'.repeat(31), 'g'.repeat(32)]) {
      const t = io();
      expect(await queryCommand(['--trace', bad, dir], t.io)).toBe(2);
      expect(t.err()).toMatch(/32 lowercase hex digits \(W3C Trace Context/);
      expect(t.out()).toBe('');
    }
  });

  it('accepts an upper-case id as its lower-case form', async () => {
    const { dir, traceId, count } = await ledger();
    const t = io();
    expect(await queryCommand(['--trace', traceId.toUpperCase(), '--json', dir], t.io)).toBe(0);
    expect(t.out().trim().split('\n')).toHaveLength(count);
  });

  it('says on stderr when a well-formed trace has no events (exit 0, as a query with no match)', async () => {
    const { dir } = await ledger();
    const t = io();
    expect(await queryCommand(['--trace', 'ab'.repeat(16), dir], t.io)).toBe(0);
    expect(t.out()).toBe('');
    expect(t.err()).toMatch(/no events of trace abababab/);
  });

  it('reads a ledger named twice (trailing slash, symlink) once', async () => {
    const { dir, traceId, count } = await ledger();
    const link = `${dir}-link`;
    await symlink(dir, link);
    for (const args of [[dir, `${dir}/`], [dir, link], [`${dir}/`, link, dir]]) {
      const t = io();
      expect(await queryCommand(['--trace', traceId, '--json', ...args], t.io)).toBe(0);
      const ids = t.out().trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
      expect(ids).toHaveLength(count);
      expect(new Set(ids).size).toBe(count);
    }
  });
});
