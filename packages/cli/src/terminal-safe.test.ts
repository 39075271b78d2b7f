import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, createRedactor, createVault, fileLedger } from '@agent-audit/core';
import { escapeControls, guardIO, rawStream, shellQuote, terminalText } from './io.js';
import { main } from './main.js';

// Everything a command prints for a person (stdout and stderr: results, warnings, errors) that
// holds text from a ledger, a vault, a status file or an argument goes through one terminal-safe
// escaper (io.ts): a hostile value can neither send escape sequences (erase a line, retitle the
// window, hide text), reorder text with bidi overrides, nor forge a line such as "OK: …".
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-terminal-safe-'));
const home = path.join(root, 'home');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

// C0 (but the line end and tab of our own layout), DEL, C1, line/paragraph separators, bidi controls.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const ESC = '\x1b]0;OWNED\x07\x1b[2J\x1b[31m';
const FORGED = `\r\x1b[2KOK: 51 events in 3 stream(s), 3 signed checkpoint(s) verified (key: pinned)\x1b[8m`;
const hostileAgent = `nurse${ESC}RED\u202e; rm -rf ~`;

const ledger = path.join(root, 'ledger');
const tampered = path.join(root, 'tampered');
const vault = path.join(root, 'vault');
const vaultLedger = path.join(root, 'vault-ledger');
const pauseDir = path.join(root, 'pauses');
const rules = path.join(root, 'rules.yaml');
let verifierKey = '';

async function run(argv: string[], tty = false): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = Object.assign(new PassThrough(), { isTTY: tty });
  const err = Object.assign(new PassThrough(), { isTTY: false });
  out.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  err.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await main(argv, { stdin: new PassThrough(), stdout: out, stderr: err, env: { AGENT_AUDIT_HOME: home } });
  return { code, stdout, stderr };
}

function expectNoRawControls(text: string): void {
  const match = RAW.exec(text);
  expect(match ? `raw U+${match[0].charCodeAt(0).toString(16).padStart(4, '0')} in: ${JSON.stringify(text.slice(Math.max(0, match.index - 40), match.index + 40))}` : 'none').toBe('none');
}

beforeAll(async () => {
  const keyDir = path.join(home, 'keys');
  const sink = fileLedger({ dir: ledger, keyDir });
  verifierKey = sink.verifierKey;
  const auditor = createAuditor({ agent: { id: hostileAgent }, stream: 'claims', sink });
  auditor.record({ type: 'tool.call', actor: { id: `u${ESC}`, type: 'user' }, tool: { name: `lookup${ESC}` } });
  for (let i = 0; i < 3; i++) auditor.record({ type: 'policy.deny', outcome: 'denied', tool: { name: 't' }, decision: { action: 'deny', reason: `r${ESC}`, policy: 'p' } });
  await auditor.close();
  // A copy whose second event's id is a forged verdict: the hash no longer matches, verify names the id.
  fs.cpSync(ledger, tampered, { recursive: true });
  const file = path.join(tampered, 'streams', 'claims', '00000000000000000000.jsonl');
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const event = JSON.parse(lines[1] as string) as { id: string };
  event.id = FORGED;
  lines[1] = JSON.stringify(event);
  fs.writeFileSync(file, lines.join('\n'));
  // A vault whose subject is a hostile actor id.
  fs.mkdirSync(vault, { recursive: true });
  const writer = createAuditor({ agent: { id: 'intake' }, sink: fileLedger({ dir: vaultLedger, keyDir }), capture: 'full', redactor: createRedactor({ keysDir: keyDir, vault: createVault({ dir: vault, keysDir: keyDir }) }) });
  writer.run({ session: 's1', actor: { id: `pp${ESC}`, type: 'user' } }, () => {
    writer.record({ type: 'message.user', content: { input: 'I am Maria Lopez, email maria.lopez@example.org' } });
  });
  await writer.close();
  fs.writeFileSync(rules, 'rules:\n  - id: deny-pause\n    kind: denials\n    count: 2\n    window: 10m\n    action: pause\n    severity: critical\n');
  // A shipper status file: a hostile sink name, and an error naming a webhook URL whose path is its secret.
  const ship = path.join(ledger, '.ship', 'siem');
  fs.mkdirSync(ship, { recursive: true });
  fs.writeFileSync(path.join(ship, 'status.json'), JSON.stringify({
    pid: 1, sink: `siem${ESC}`, state: 'stopped', streams: [{ stream: 'claims', shipped: 0, head: 4, lag: 4 }], lag: 4, shippedEvents: 0, retries: 1, failures: 1,
    lastError: { message: `POST https://hooks.example/services/T000/B000/XOXSECRETPATH failed: ${ESC}down`, at: new Date().toISOString() }, breaker: 'closed', updatedAt: new Date().toISOString(),
  }));
});

describe('no raw control characters in any command\'s human output, given a hostile ledger', () => {
  it('verify: a forged "OK:" event id is shown escaped after INVALID (it cannot erase the line)', async () => {
    const r = await run(['verify', tampered, '--key', verifierKey]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^INVALID: stream claims, seq 1, event \\r\\x1b\[2KOK: 51 events/);
    expectNoRawControls(r.stdout + r.stderr);
  });

  it('watch: a paused agent id is escaped, and the resume command shell-quoted so it reads back the exact id', async () => {
    const r = await run(['watch', ledger, '--once', '--no-record', '--rules', rules, '--pause-dir', pauseDir]);
    expect(r.code).toBe(0);
    expectNoRawControls(r.stderr);
    const line = r.stderr.split('\n').find((l) => l.includes('paused agent')) as string;
    expect(line).toContain(`agent-audit resume ${shellQuote(hostileAgent)} lifts it`);
    expect(line).not.toContain('; rm -rf ~ lifts');
  });

  it('resume: the hostile agent id is escaped on stdout', async () => {
    const r = await run(['resume', hostileAgent, '--pause-dir', pauseDir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('resumed nurse\\x1b]0;OWNED');
    expectNoRawControls(r.stdout + r.stderr);
    const again = await run(['resume', hostileAgent, '--pause-dir', pauseDir]);
    expectNoRawControls(again.stdout + again.stderr);
  });

  it('vault list: a hostile subject is escaped', async () => {
    const r = await run(['vault', 'list', '--vault', vault]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('pp\\x1b]0;OWNED\\x07');
    expectNoRawControls(r.stdout + r.stderr);
  });

  it('status: the sink name and last error are escaped, and a URL shows only its origin', async () => {
    const r = await run(['status', ledger]);
    expectNoRawControls(r.stdout + r.stderr);
    expect(r.stdout).toContain('POST https://hooks.example/… failed');
    expect(r.stdout).not.toContain('XOXSECRETPATH');
  });

  it('query, tail and prove: ledger text escaped on stdout and stderr', async () => {
    for (const argv of [['query', ledger], ['tail', ledger], ['query', ledger, '--format', 'csv']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expectNoRawControls(r.stdout + r.stderr);
    }
  });

  it('hold add/list and retention plan: a hostile selector, reason and actor are escaped (JSON quoting alone left C1 and bidi controls raw)', async () => {
    const holdLedger = path.join(root, 'hold-ledger');
    fs.cpSync(ledger, holdLedger, { recursive: true });
    const add = await run(['hold', 'add', holdLedger, '--actor', `u${ESC}`, '--reason', `audit${ESC}\u202e\u009b[2J\nOK: forged`, '--by', `ops${ESC}`]);
    expect(add.code, add.stderr).toBe(0);
    expectNoRawControls(add.stdout + add.stderr);
    for (const argv of [['hold', 'list', holdLedger], ['retention', 'plan', holdLedger]]) {
      const r = await run(argv);
      expect(r.code, r.stderr).toBe(0);
      // JSON-quoted values (\u001b) or escaped text (\x1b): shown, never sent.
      expect(r.stdout).toMatch(/\\(x1b|u001b)\]0;OWNED/);
      expect(r.stdout).not.toMatch(/^OK: forged/m);
      expectNoRawControls(r.stdout + r.stderr);
    }
  });

  it('on a terminal, stdout itself is guarded: a report (markdown) of the hostile ledger prints no raw control', async () => {
    const r = await run(['report', 'activity', ledger, '--from', '2000-01-01', '--no-record'], true);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('\\x1b');
    expectNoRawControls(r.stdout + r.stderr);
  });
});

describe('the escaper and the shell quoting', () => {
  it('terminalText keeps line ends and tabs and escapes every other control; idempotent', () => {
    const text = `a\tb\nc${ESC}\u0085\u202e\u2066\u2028d\r`;
    const shown = terminalText(text);
    expect(shown).toBe('a\tb\nc\\x1b]0;OWNED\\x07\\x1b[2J\\x1b[31m\\x85\\u202e\\u2066\\u2028d\\r');
    expect(terminalText(shown)).toBe(shown);
    // Look-alikes stay as they are: accents, CJK, emoji, a right-to-left script without overrides.
    for (const plain of ['Zoë Müller', '北京', '✅ ok', 'שלום', 'C:\\path\\x1b-as-text']) expect(terminalText(plain)).toBe(plain);
  });

  it('guardIO escapes every write to stderr, and stdout only on a terminal; the progress bar writes raw', () => {
    let err = '';
    let out = '';
    const stderr = Object.assign(new PassThrough(), { isTTY: true });
    const stdout = Object.assign(new PassThrough(), { isTTY: false });
    stderr.on('data', (c: Buffer) => (err += c.toString()));
    stdout.on('data', (c: Buffer) => (out += c.toString()));
    const io = guardIO({ stdin: new PassThrough(), stdout, stderr, env: {} });
    io.stderr.write(`x${ESC}\n`);
    io.stdout.write(`{"a":"\u0085"}\n`);
    rawStream(io.stderr).write('\r\x1b[K');
    expect(err).toBe('x\\x1b]0;OWNED\\x07\\x1b[2J\\x1b[31m\n\r\x1b[K');
    expect(out).toBe('{"a":"\u0085"}\n');
    expect(guardIO(io)).toBe(io);
  });

  it('shellQuote: a value the shell reads back exactly, never a second command', () => {
    // C1 controls, a line separator, bidi controls and an astral character with them: bash reads
    // `\\x9b` as the byte 0x9B, so these need `\\u…` (the re-check of 2026-12-06: `resume` of an
    // agent id holding U+009B and U+0085 named no paused agent).
    const values = ['agent-7', 'pay.bot@eu', 'x; rm -rf ~', "it's", '$(id)', '`id`', 'a b', hostileAgent, 'a\\b\'c\nd', '', "x'$(touch /tmp/no)`id`;\u2066\u009b31m\u0085y", 'a\u2028b\u202ec\u{1F600}\u001b'];
    for (const value of values) {
      const quoted = shellQuote(value);
      expectNoRawControls(quoted);
      if (process.platform !== 'win32') expect(execFileSync('bash', ['-c', `printf %s ${quoted}`], { env: { ...process.env, LC_ALL: 'C.UTF-8' } }).toString(), JSON.stringify(value)).toBe(value);
    }
    expect(shellQuote('agent-7')).toBe('agent-7');
    expect(shellQuote('x; rm -rf ~')).toBe("'x; rm -rf ~'");
    // What the guarded stderr prints of it is the line itself (no control left to escape).
    expect(terminalText(shellQuote(hostileAgent))).toBe(shellQuote(hostileAgent));
  });
});
