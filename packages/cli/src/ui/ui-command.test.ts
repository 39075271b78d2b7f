// `agent-audit ui` on the command layer: refusals at start and the warning for a network bind (issue 16).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger } from '@agent-audit/core';
import { isLoopback, registerUiCommand } from '../commands/ui.js';
import { createProgram, runProgram } from '../layer.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-ui-cmd-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  const firstLine = new Promise<true>((resolve) =>
    stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) resolve(true);
    }),
  );
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  return { io: { stdout, stderr, stdin: new PassThrough(), env: {} }, out: () => out, err: () => err, firstLine };
}

async function ledger(name: string): Promise<string> {
  const dir = path.join(root, name);
  const auditor = createAuditor({ agent: { id: 'same-bot' }, sink: fileLedger({ dir }) });
  auditor.record({ type: 'tool.call', tool: { name: 't' } });
  await auditor.close();
  return dir;
}

function run(argv: string[], signal?: AbortSignal) {
  const streams = io();
  const program = createProgram(streams.io);
  const state = { code: 0 };
  registerUiCommand(program, streams.io, state, signal);
  return { ...streams, done: runProgram(program, ['ui', ...argv], streams.io, state) };
}

describe('agent-audit ui', () => {
  it('refuses two sources holding the same stream name, exit 2, like the reports (tester finding 4)', async () => {
    const a = await ledger('a');
    const b = await ledger('b');
    const ui = run([a, b]);
    expect(await ui.done).toBe(2);
    expect(ui.out()).toBe('');
    expect(ui.err()).toMatch(/stream "same-bot" exists in both .* report on them separately/);
  });

  it('warns on stderr that the token crosses the network in plain HTTP when bound beyond loopback (tester finding 6)', async () => {
    const dir = await ledger('c');
    for (const [host, warns] of [['0.0.0.0', true], ['127.0.0.1', false]] as const) {
      const stop = new AbortController();
      const ui = run([dir, '--host', host], stop.signal);
      const started = await Promise.race([ui.firstLine, ui.done.then(() => false)]);
      expect(started, ui.err()).toBe(true);
      stop.abort();
      expect(await ui.done).toBe(0);
      expect(ui.out()).toMatch(/^http:\/\/.*\/#token=/);
      if (warns) expect(ui.err()).toMatch(/warning: --host 0\.0\.0\.0 .*plain HTTP.*token/);
      else expect(ui.err()).not.toMatch(/warning/);
    }
    expect(['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '10.0.0.5', '::', 'example.com'].some(isLoopback)).toBe(false);
  });

  // Re-check rows 3 and 5: one planted entry (a FIFO or plain file in streams/, a FIFO, directory or
  // link as a segment) made `ui` refuse to start. It starts, and the Reports page gets a report.
  for (const [name, plant] of [
    ['a FIFO in streams/', (dir: string) => execFileSync('mkfifo', [path.join(dir, 'streams', 'fifo-stream')])],
    ['a plain file in streams/', (dir: string) => fs.writeFileSync(path.join(dir, 'streams', 'notes.txt'), 'x')],
    ['a FIFO as a segment', (dir: string) => execFileSync('mkfifo', [path.join(dir, 'streams', 'same-bot', `${'0'.repeat(18)}50.jsonl`)])],
    ['a directory as a segment', (dir: string) => fs.mkdirSync(path.join(dir, 'streams', 'same-bot', `${'0'.repeat(18)}50.jsonl`))],
  ] as const) {
    it.runIf(process.platform === 'linux')(`starts on a ledger with ${name}, and its reports are written (re-check rows 3, 5)`, async () => {
      const dir = await ledger(`planted-${name.replace(/\W+/g, '-')}`);
      plant(dir);
      const stop = new AbortController();
      const ui = run([dir], stop.signal);
      const started = await Promise.race([ui.firstLine, ui.done.then(() => false)]);
      expect(started, ui.err()).toBe(true);
      try {
        const address = ui.out().trim();
        const base = address.split('#')[0] as string;
        const token = decodeURIComponent(address.split('#token=')[1] as string);
        const res = await fetch(`${base}api/report`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'activity', format: 'md' }) });
        const body = await res.text();
        expect(res.status, body).toBe(200);
        expect(body.split('\n')[0]).toMatch(/VERIFICATION FAILED/);
      } finally {
        stop.abort();
        await ui.done;
      }
    });
  }
});
