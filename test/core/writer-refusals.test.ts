import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, generateSignerKey, sealEvent, verifyLedger, type AuditEvent, type UnsealedEvent } from '@agent-audit/core';

// What tester rt15 found in the file ledger writer: it followed a symlinked stream folder into
// another ledger, resumed (and so re-signed) a closed stream with lines after its end and a
// planted stream the signed head does not list, and "repaired" an edited last line as torn.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-writer-refusals-'));
const key = generateSignerKey('writer-refusals/audit');
const other = generateSignerKey('writer-refusals/attacker');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;

async function ledgerWith(streams: readonly string[], signerKey = key.signerKey, dir = path.join(root, `L${n++}`)): Promise<string> {
  for (const stream of streams) {
    const auditor = createAuditor({ agent: { id: 'bot' }, stream, sink: fileLedger({ dir, signingKey: signerKey }) });
    auditor.record({ type: 'message.user', session: 's1', content: { input: 'hello' } });
    auditor.record({ type: 'tool.call', session: 's1', tool: { name: 'lookup', arguments: {} } });
    await auditor.close();
  }
  return dir;
}

function snapshot(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(folder, file)] = fs.readFileSync(file, 'base64');
  }
  return out;
}

const segment = (dir: string, stream: string) => path.join(dir, 'streams', stream, '00000000000000000000.jsonl');
const open = (dir: string, stream: string) => () => fileLedger({ dir, signingKey: key.signerKey }).open(stream);

function lastEvent(dir: string, stream: string): AuditEvent {
  const lines = fs.readFileSync(segment(dir, stream), 'utf8').split('\n').filter(Boolean);
  return JSON.parse(lines[lines.length - 1] as string) as AuditEvent;
}

/** A forged event sealed after `prev`: its own hash and the chain are valid, nothing signs it. */
function forged(stream: string, seq: number, prev: string): string {
  const event = { v: 1, id: `01M8PM502ECVZ198YRATJBV${100 + seq}`, ts: '2026-01-01T00:00:00.000Z', seq, stream, type: 'approval.grant', outcome: 'success', agent: { id: 'x' }, attrs: { note: 'FORGED' } } as unknown as UnsealedEvent;
  return sealEvent(event, prev).line;
}

describe('the file ledger writer refuses what it must not resume', () => {
  it('a stream folder that is a symbolic link to another ledger\'s stream, or to another stream of the same ledger', async () => {
    const a = await ledgerWith(['bank-support']);
    const b = await ledgerWith(['bank-support']);
    fs.symlinkSync(path.join('..', '..', path.basename(b), 'streams', 'bank-support'), path.join(a, 'streams', 'reports'));
    const before = snapshot(b);
    expect(open(a, 'reports')).toThrow(/stream folder of reports: .* is a symbolic link/);
    expect(snapshot(b)).toEqual(before);
    expect((await verifyLedger(b, { verifierKey: key.verifierKey })).ok).toBe(true);
    fs.unlinkSync(path.join(a, 'streams', 'reports'));
    fs.symlinkSync('bank-support', path.join(a, 'streams', 'reports'));
    const own = snapshot(a);
    expect(open(a, 'reports')).toThrow(/symbolic link/);
    expect(snapshot(a)).toEqual(own);
  });

  it('a segment that is a symbolic link', async () => {
    const a = await ledgerWith(['bank-support']);
    const b = await ledgerWith(['bank-support']);
    fs.mkdirSync(path.join(a, 'streams', 'reports'));
    fs.symlinkSync(segment(b, 'bank-support'), segment(a, 'reports'));
    const before = snapshot(b);
    expect(open(a, 'reports')).toThrow(/is a symbolic link/);
    expect(snapshot(b)).toEqual(before);
  });

  it('a closed stream with hash-chained lines past its signed end', async () => {
    const a = await ledgerWith(['reports']);
    const last = lastEvent(a, 'reports');
    fs.appendFileSync(segment(a, 'reports'), forged('reports', last.seq + 1, last.hash) + '\n');
    const before = snapshot(a);
    expect(open(a, 'reports')).toThrow(/closed it at 2 events but it holds 3/);
    expect(snapshot(a)).toEqual(before);
  });

  it('a planted stream the signed head does not list: refused without checkpoints, or with checkpoints of another key or another stream', async () => {
    const a = await ledgerWith(['bank-support']);
    fs.mkdirSync(path.join(a, 'streams', 'reports'));
    fs.writeFileSync(segment(a, 'reports'), forged('reports', 0, '0'.repeat(64)) + '\n');
    const before = snapshot(a);
    expect(open(a, 'reports')).toThrow(/signed head does not list it, and it has no signed checkpoint/);
    expect(snapshot(a)).toEqual(before);

    // The attacker's own ledger with the same stream: checkpoints signed by another key.
    const attacker = await ledgerWith(['reports'], other.signerKey);
    fs.rmSync(path.join(a, 'streams', 'reports'), { recursive: true });
    fs.cpSync(path.join(attacker, 'streams', 'reports'), path.join(a, 'streams', 'reports'), { recursive: true });
    expect(open(a, 'reports')).toThrow(/not signed by this ledger's key/);
  });

  it('still reopens a stream a crash left out of the head when its checkpoints are this ledger\'s, for this stream', async () => {
    const a = await ledgerWith(['bank-support']);
    // The same ledger (id and key) after it wrote and checkpointed "reports": its folder is put
    // back into a copy whose signed head predates it, as a crash before the head was signed leaves it.
    const later = path.join(root, `L${n++}`);
    fs.cpSync(a, later, { recursive: true });
    await ledgerWith(['reports'], key.signerKey, later);
    fs.cpSync(path.join(later, 'streams', 'reports'), path.join(a, 'streams', 'reports'), { recursive: true });
    const ledger = fileLedger({ dir: a, signingKey: key.signerKey });
    expect(() => ledger.open('reports')).not.toThrow();
    await ledger.close();
    expect((await verifyLedger(a, { verifierKey: key.verifierKey })).ok).toBe(true);

    // The same checkpoints under another stream name do not pass (their origin names "reports").
    fs.cpSync(path.join(later, 'streams', 'reports'), path.join(a, 'streams', 'copied'), { recursive: true });
    expect(open(a, 'copied')).toThrow(/not signed by this ledger's key for this stream/);
  });

  it('an edited last line (complete JSON, wrong hash) is tampering: refused, never moved to recovered/', async () => {
    const a = await ledgerWith(['bank-support']);
    const file = segment(a, 'bank-support');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/"lookup"(?![\s\S]*"lookup")/, '"wire_transfer"'));
    const before = snapshot(a);
    expect(open(a, 'bank-support')).toThrow(/is JSON that fails its hash check: an edit, not a torn write/);
    expect(snapshot(a)).toEqual(before);
    expect(fs.existsSync(path.join(a, 'streams', 'bank-support', 'recovered'))).toBe(false);
    const result = await verifyLedger(a, { verifierKey: key.verifierKey });
    expect(result.ok).toBe(false);
    expect(result.firstFailure?.reason).toMatch(/hash/);
  });

  it('a last line that is not complete JSON (zeros a crash left) is still repaired as torn', async () => {
    const a = await ledgerWith(['bank-support']);
    fs.appendFileSync(segment(a, 'bank-support'), '\u0000\u0000\u0000\u0000\n{"v":1,"id":"01');
    const ledger = fileLedger({ dir: a, signingKey: key.signerKey });
    expect(() => ledger.open('bank-support')).not.toThrow();
    await ledger.close();
    expect(fs.readdirSync(path.join(a, 'streams', 'bank-support', 'recovered'))).toHaveLength(1);
  });
});
