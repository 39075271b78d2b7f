// Fail-closed, checked where it matters: at the upstream. The witness server records, for every
// call it receives, whether the call's tool.call event was already a complete line in the
// ledger's segment files at that moment; a refused call must never reach it at all.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, type LedgerSink, type SealedRecord } from '@agent-audit/core';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { createMcpProxy, ProxyErrorCode } from '@agent-audit/mcp-proxy';
import { connectInMemory } from './helpers.js';

const WITNESS = path.resolve(import.meta.dirname, '../fixtures/witness-server.mjs');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-fail-closed-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

interface Witnessed { name: string; arguments: { message?: string }; durableBefore: boolean }

/** A file ledger whose appends can be made to fail. */
function failableLedger(inner: LedgerSink): LedgerSink & { failing: boolean } {
  const sink = {
    failing: false,
    open: (stream: string) => inner.open(stream),
    append: (stream: string, records: readonly SealedRecord[]) => (sink.failing ? Promise.reject(new Error('disk full')) : inner.append(stream, records)),
    close: (stream: string) => inner.close(stream),
    takeNotices: (stream: string) => inner.takeNotices?.(stream) ?? [],
  };
  return sink;
}

describe('fail-closed proxy, seen from the upstream', () => {
  it('forwards each call only after its tool.call is on disk, and never forwards a refused call', async () => {
    const dir = path.join(root, 'ledger');
    const log = path.join(root, 'witness.jsonl');
    fs.writeFileSync(log, '');
    const sink = failableLedger(fileLedger({ dir, keyDir: path.join(root, 'keys') }));
    const errors: Error[] = [];
    const auditor = createAuditor({ agent: { id: 'fc' }, sink, onError: (e) => errors.push(e) });
    const proxy = createMcpProxy({
      auditor,
      failClosed: true,
      upstreams: { witness: { command: process.execPath, args: [WITNESS], env: { WITNESS_LOG: log, AUDIT_LEDGER: dir }, stderr: 'ignore' } },
    });
    const client = new Client({ name: 'fc', version: '1' });
    await connectInMemory(proxy, client);
    const witnessed = (): Witnessed[] => fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Witnessed);

    for (const message of ['first', 'second', 'third']) {
      expect((await client.callTool({ name: 'echo', arguments: { message } })).content).toEqual([{ type: 'text', text: message }]);
    }
    expect(witnessed().map((w) => [w.arguments.message, w.durableBefore])).toEqual([['first', true], ['second', true], ['third', true]]);

    sink.failing = true;
    // The ledger fails from here; the first call that meets it is refused, and so is every later one.
    for (const message of ['refused-1', 'refused-2']) {
      const refused = await client.callTool({ name: 'echo', arguments: { message } }).then(() => undefined, (e: { code: number }) => e);
      expect(refused?.code, `${message} was answered`).toBe(ProxyErrorCode.AuditUnavailable);
    }
    sink.failing = false;
    await auditor.flush();
    expect((await client.callTool({ name: 'echo', arguments: { message: 'after' } })).content).toEqual([{ type: 'text', text: 'after' }]);

    const seen = witnessed();
    expect(seen.map((w) => w.arguments.message)).toEqual(['first', 'second', 'third', 'after']);
    expect(seen.every((w) => w.durableBefore)).toBe(true);
    expect(errors.some((e) => e.message.includes('fail-closed'))).toBe(true);
    await client.close();
    await proxy.close();
    await auditor.close();
  });
});
