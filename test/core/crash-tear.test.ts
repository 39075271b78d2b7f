// Crashes that tear: a seeded schedule makes the writer cut one of its own segment writes inside
// a line and SIGKILL itself before the write returns. Every run must leave a torn tail, the next
// open must repair it and record a ledger.recover event that names it, and no event whose
// flush() resolved may be lost.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, readEvents, verifyLedger, type AuditEvent } from '@agent-audit/core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-tear-'));
const dir = path.join(root, 'ledger');
const keyDir = path.join(root, 'keys');
const STREAM = 'tearing';
const SEED = Number(process.env.AGENT_AUDIT_TEAR_SEED ?? 20261130);
const RUNS = 8;
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

interface RunResult { durable: Map<number, string>; tear: { cut: number; length: number } | undefined }

/** Runs the tearing writer to its self-inflicted SIGKILL; resolves on its exit, never on a timer. */
function runUntilKilled(seed: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'fixtures', 'tearing-writer.mts'), dir, keyDir, STREAM, String(seed)], {
      cwd: path.resolve(here, '../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const durable = new Map<number, string>();
    let tear: RunResult['tear'];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const [kind, a, b] = buffer.slice(0, nl).split(' ');
        buffer = buffer.slice(nl + 1);
        if (kind === 'D') durable.set(Number(a), b as string);
        else if (kind === 'TEAR') tear = { cut: Number(a), length: Number(b) };
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`tearing writer exited with ${code}: ${stderr}`));
      else resolve({ durable, tear });
    });
  });
}

function lastSegment(): string {
  const sdir = path.join(dir, 'streams', STREAM);
  const segments = fs.readdirSync(sdir).filter((f) => /^\d{20}\.jsonl$/.test(f)).sort();
  return path.join(sdir, segments[segments.length - 1] as string);
}

/** Complete lines in the stream's segments (a torn tail cannot be read as events yet). */
function completeLines(): number {
  const sdir = path.join(dir, 'streams', STREAM);
  let n = 0;
  for (const f of fs.readdirSync(sdir).filter((name) => /^\d{20}\.jsonl$/.test(name))) for (const byte of fs.readFileSync(path.join(sdir, f))) if (byte === 0x0a) n++;
  return n;
}

async function allEvents(): Promise<AuditEvent[]> {
  const out: AuditEvent[] = [];
  for await (const event of readEvents(dir, { stream: STREAM })) out.push(event);
  return out;
}

describe('crashes that tear a write', () => {
  it(`repairs every torn tail, records each as ledger.recover, and loses no acknowledged event (seed ${SEED}, ${RUNS} runs)`, async () => {
    const acknowledged = new Map<number, string>();
    let repaired = 0;
    for (let run = 0; run < RUNS; run++) {
      const { durable, tear } = await runUntilKilled(SEED + run);
      expect(tear, `run ${run}: the writer did not reach its torn write`).toBeDefined();
      for (const [seq, id] of durable) acknowledged.set(seq, id);
      // The crash left a partial line: the segment does not end with a newline.
      const segment = lastSegment();
      const bytes = fs.readFileSync(segment);
      expect(bytes[bytes.length - 1], `run ${run}: no torn tail in ${path.basename(segment)}`).not.toBe(0x0a);
      const tornBytes = bytes.length - (bytes.lastIndexOf(0x0a) + 1);
      expect(tornBytes).toBeGreaterThan(0);

      const before = completeLines();
      const auditor = createAuditor({ agent: { id: STREAM }, stream: STREAM, sink: fileLedger({ dir, keyDir }) });
      await auditor.close();
      const events = await allEvents();
      const recover = events.slice(before).find((e) => e.type === 'ledger.recover');
      expect(recover, `run ${run}: no ledger.recover event after the repair`).toMatchObject({
        type: 'ledger.recover',
        attrs: { reason: 'torn tail after an unclean shutdown', segment: path.basename(segment), removedBytes: tornBytes },
      });
      repaired++;
      const result = await verifyLedger(dir);
      expect(result.ok, JSON.stringify(result.firstFailure)).toBe(true);
      const stored = new Map(events.map((e) => [e.seq, e.id]));
      const lost = [...acknowledged].filter(([seq, id]) => stored.get(seq) !== id);
      expect(lost, `run ${run}: acknowledged events lost`).toEqual([]);
    }
    const recoveries = (await allEvents()).filter((e) => e.type === 'ledger.recover').length;
    console.log(`crash-tear: seed ${SEED}, ${RUNS} runs, ${acknowledged.size} acknowledged events, ${repaired} torn tails repaired, ${recoveries} ledger.recover events`);
    expect(recoveries).toBe(RUNS);
    expect(acknowledged.size).toBeGreaterThan(0);
  }, 240_000);
});
