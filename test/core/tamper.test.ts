import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, generateSignerKey, sealEvent, verifyLedger, type AuditEvent } from '@agent-audit/core';

// Every random single mutation of a ledger must be detected, and the first bad event named.
// Mutations are made in place and undone after each verification (no copying).

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-tamper-'));
const dir = path.join(root, 'ledger');
const sdir = path.join(dir, 'streams', 'bot');
const key = generateSignerKey('tamper.test/audit');
const EVENTS = 120;
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

// Deterministic PRNG (mulberry32) so a failure can be replayed from its seed.
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Line { file: string; start: number; end: number; seq: number; text: string }
let lines: Line[] = [];
let segments: string[] = [];

beforeAll(async () => {
  const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir, keyDir: path.join(root, 'keys'), signingKey: key.signerKey, maxSegmentBytes: 12_000, checkpointEvery: 25 }) });
  for (let i = 0; i < EVENTS; i++) {
    auditor.record({
      type: i % 3 === 0 ? 'model.request' : 'tool.call',
      session: `s-${i % 4}`,
      actor: { id: `user-${i % 5}`, type: 'user' },
      tool: { name: 'lookup_patient', arguments: { mrn: `MRN-${1000 + i}`, note: 'naïve café — 日本語 ✓ \u{1F600}' } },
    });
    if (i % 10 === 9) await auditor.flush(); // several batches, so several checkpoints
  }
  await auditor.close();
  segments = fs.readdirSync(sdir).filter((f) => /^\d{20}\.jsonl$/.test(f)).sort().map((f) => path.join(sdir, f));
  let seq = 0;
  for (const file of segments) {
    const buffer = fs.readFileSync(file);
    let start = 0;
    while (start < buffer.length) {
      const end = buffer.indexOf(0x0a, start);
      lines.push({ file, start, end, seq: seq++, text: buffer.toString('utf8', start, end) });
      start = end + 1;
    }
  }
  expect(lines).toHaveLength(EVENTS);
  expect(segments.length).toBeGreaterThan(3);
});

async function check(mutate: () => () => void, expected: { seq?: number; reason?: RegExp }, label: string): Promise<void> {
  const undo = mutate();
  try {
    const result = await verifyLedger(dir, { verifierKey: key.verifierKey });
    expect(result.ok, `${label}: not detected`).toBe(false);
    if (expected.seq !== undefined) expect(result.firstFailure?.seq, `${label}: ${result.firstFailure?.reason}`).toBe(expected.seq);
    if (expected.reason) expect(result.firstFailure?.reason, label).toMatch(expected.reason);
  } finally {
    undo();
  }
}

function replaceFile(file: string, content: Buffer): () => void {
  const original = fs.readFileSync(file);
  fs.writeFileSync(file, content);
  return () => fs.writeFileSync(file, original);
}

function linesOf(file: string): Line[] {
  return lines.filter((l) => l.file === file);
}

function rewriteSegment(file: string, edit: (texts: string[]) => string[]): () => void {
  const texts = linesOf(file).map((l) => l.text);
  return replaceFile(file, Buffer.from(edit(texts).map((t) => t + '\n').join('')));
}

describe('tamper detection', () => {
  it('the untouched ledger verifies', async () => {
    expect((await verifyLedger(dir, { verifierKey: key.verifierKey })).ok).toBe(true);
  });

  it('detects 1,000+ random single mutations and names the first bad event', async () => {
    const random = prng(0xa0d17);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const counts: Record<string, number> = {};
    const count = (kind: string) => (counts[kind] = (counts[kind] ?? 0) + 1);

    // Byte flips anywhere in any segment: the event containing the byte is named.
    for (let n = 0; n < 400; n++) {
      const line = pick(lines);
      const offset = line.start + Math.floor(random() * (line.end - line.start + 1)); // may hit the newline
      const original = fs.readFileSync(line.file);
      const changed = Buffer.from(original);
      changed[offset] = (changed[offset] as number) ^ (1 + Math.floor(random() * 255));
      await check(() => replaceFile(line.file, changed), { seq: line.seq }, `flip byte ${offset} of ${path.basename(line.file)} (seq ${line.seq})`);
      count('byte flip');
    }
    // Deleted events: the missing seq is named.
    for (let n = 0; n < 120; n++) {
      const line = pick(lines);
      const index = linesOf(line.file).indexOf(line);
      await check(() => rewriteSegment(line.file, (t) => t.filter((_, i) => i !== index)), { seq: line.seq }, `delete seq ${line.seq}`);
      count('deleted line');
    }
    // Duplicated events: the duplicated seq is named.
    for (let n = 0; n < 120; n++) {
      const line = pick(lines);
      const index = linesOf(line.file).indexOf(line);
      await check(() => rewriteSegment(line.file, (t) => [...t.slice(0, index + 1), t[index] as string, ...t.slice(index + 1)]), { seq: line.seq }, `duplicate seq ${line.seq}`);
      count('duplicated line');
    }
    // Swapped neighbours in one segment: the first of the two positions is named.
    for (let n = 0; n < 120; n++) {
      const file = pick(segments);
      const own = linesOf(file);
      const index = Math.floor(random() * (own.length - 1));
      await check(() => rewriteSegment(file, (t) => { const c = [...t]; [c[index], c[index + 1]] = [c[index + 1] as string, c[index] as string]; return c; }), { seq: (own[index] as Line).seq }, `swap seq ${(own[index] as Line).seq}`);
      count('swapped lines');
    }
    // Inserted events: garbage, a copied-and-edited event, or a forged event that chains correctly.
    for (let n = 0; n < 120; n++) {
      const line = pick(lines);
      const index = linesOf(line.file).indexOf(line);
      const previous = lines[line.seq - 1];
      const kind = n % 3;
      let inserted: string;
      if (kind === 0) inserted = '{"note":"inserted by an attacker"}';
      else if (kind === 1) {
        // A copy with one edit (the session; the MRN argument is masked on record, so it is no handle).
        const copied = pick(lines).text;
        inserted = copied.replace(/"session":"s-\d"/, '"session":"s-9"');
        expect(inserted, 'the copied event was edited').not.toBe(copied);
      }
      else {
        const base = JSON.parse(line.text) as AuditEvent;
        const { hash: _h, prev: _p, ...rest } = base;
        inserted = sealEvent({ ...rest, type: 'decision.made', decision: { action: 'approve', reason: 'forged' } }, previous ? (JSON.parse(previous.text) as AuditEvent).hash : '0'.repeat(64)).line;
      }
      await check(() => rewriteSegment(line.file, (t) => [...t.slice(0, index), inserted, ...t.slice(index)]), { seq: line.seq }, `insert (${kind}) before seq ${line.seq}`);
      count('inserted line');
    }
    // Truncation at any byte of the last segments, or removal of whole trailing segments.
    for (let n = 0; n < 100; n++) {
      if (n % 5 === 0) {
        const from = 1 + Math.floor(random() * (segments.length - 1));
        const removed = segments.slice(from);
        const saved = removed.map((f) => [f, fs.readFileSync(f)] as const);
        const firstRemoved = linesOf(removed[0] as string)[0] as Line;
        await check(() => { for (const f of removed) fs.unlinkSync(f); return () => { for (const [f, b] of saved) fs.writeFileSync(f, b); }; }, { seq: firstRemoved.seq, reason: /truncated/ }, `remove segments from ${from}`);
      } else {
        const file = segments[segments.length - 1] as string;
        const size = fs.statSync(file).size;
        const at = Math.floor(random() * size);
        const hit = linesOf(file).find((l) => at >= l.start && at <= l.end) as Line;
        await check(() => replaceFile(file, fs.readFileSync(file).subarray(0, at)), { seq: hit.seq }, `truncate at byte ${at}`);
      }
      count('truncation');
    }
    // Edited checkpoints: any byte of the signed note, its size or root, its time or frontier.
    const cpFile = path.join(sdir, 'checkpoints.jsonl');
    const cpLines = fs.readFileSync(cpFile, 'utf8').split('\n').filter(Boolean);
    expect(cpLines.length).toBeGreaterThan(3);
    for (let n = 0; n < 150; n++) {
      const index = Math.floor(random() * cpLines.length);
      const record = JSON.parse(cpLines[index] as string) as { size: number; root: string; ts: string; note: string; frontier: { size: number; hashes: string[] } };
      const kind = n % 5;
      if (kind === 0) {
        const at = Math.floor(random() * record.note.length);
        const c = record.note.charCodeAt(at);
        record.note = record.note.slice(0, at) + String.fromCharCode(c === 0x41 ? 0x42 : 0x41) + record.note.slice(at + 1);
      } else if (kind === 1) record.size += 1 + Math.floor(random() * 5);
      else if (kind === 2) record.root = (record.root[0] === 'a' ? 'b' : 'a') + record.root.slice(1);
      else if (kind === 3) record.ts = '2020-01-01T00:00:00.000Z';
      else record.frontier = { ...record.frontier, hashes: record.frontier.hashes.map((h, i) => (i === 0 ? (h[0] === 'a' ? 'b' : 'a') + h.slice(1) : h)) };
      const edited = cpLines.map((l, i) => (i === index ? JSON.stringify(record) : l)).join('\n') + '\n';
      if (record.note === (JSON.parse(cpLines[index] as string) as { note: string }).note && kind === 0) continue;
      await check(() => replaceFile(cpFile, Buffer.from(edited)), { reason: /checkpoint/ }, `edit checkpoint ${index} (${kind})`);
      count('edited checkpoint');
    }
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`tamper suite: ${total} mutations, all detected with the first bad event named: ${JSON.stringify(counts)}`);
    expect(total).toBeGreaterThanOrEqual(1000);
  }, 300_000);
});
