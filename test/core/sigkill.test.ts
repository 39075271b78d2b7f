import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, readEvents, verifyLedger } from '@agent-audit/core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-kill-'));
const dir = path.join(root, 'ledger');
const keyDir = path.join(root, 'keys');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
// A seeded kill schedule, so a failing run can be replayed (AGENT_AUDIT_KILL_SEED=<seed>).
const SEED = Number(process.env.AGENT_AUDIT_KILL_SEED ?? 4242);
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

/** Runs the writer, kills it with SIGKILL after `ms`, returns what it reported durable. */
function runAndKill(ms: number): Promise<Map<number, string>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'fixtures', 'writer.mts'), dir, keyDir, 'killable'], {
      cwd: path.resolve(here, '../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const durable = new Map<number, string>();
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line === 'READY') setTimeout(() => child.kill('SIGKILL'), ms);
        else if (line.startsWith('D ')) {
          const [, seq, id] = line.split(' ');
          durable.set(Number(seq), id as string);
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited with ${code}: ${stderr}`));
      else resolve(durable);
    });
  });
}

describe('crash safety', () => {
  it('loses no event whose flush() resolved across 20 or more SIGKILLs at seeded random points, and verifies after restart', async () => {
    const acknowledged = new Map<number, string>();
    let recoveries = 0;
    const random = prng(SEED);
    // 20 kills, and more (same seeded schedule, at most 60) until over 1,000 events were
    // acknowledged: on a loaded machine a writer acknowledges fewer events before its kill time.
    let runs = 0;
    for (let run = 0; run < 20 || (acknowledged.size <= 1000 && run < 60); run++) {
      runs++;
      const durable = await runAndKill(100 + Math.floor(random() * 700));
      for (const [seq, id] of durable) acknowledged.set(seq, id);
      // Restart: a new writer repairs any torn tail and resumes the chain.
      const auditor = createAuditor({ agent: { id: 'killable' }, stream: 'killable', sink: fileLedger({ dir, keyDir }) });
      await auditor.close();
      const result = await verifyLedger(dir);
      expect(result.ok, JSON.stringify(result.firstFailure)).toBe(true);
    }
    const stored = new Map<number, string>();
    for await (const event of readEvents(dir, { stream: 'killable' })) {
      if (event.type === 'ledger.recover') recoveries++;
      stored.set(event.seq, event.id);
    }
    let lost = 0;
    for (const [seq, id] of acknowledged) if (stored.get(seq) !== id) lost++;
    console.log(`sigkill: seed ${SEED}, ${runs} runs, ${acknowledged.size} acknowledged events, ${stored.size} stored, ${lost} lost, ${recoveries} torn tails repaired`);
    expect(acknowledged.size).toBeGreaterThan(1000);
    expect(lost).toBe(0);
  }, 480_000);
});
