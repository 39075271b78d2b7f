import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, generateSignerKey, loadKeyring } from '@agent-audit/core';

// Drives the built `agent-audit` binary (the test script builds first): report, export, verify-bundle.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-cli-report-'));
const dir = path.join(root, 'ledger');
const key = generateSignerKey('report.test/audit');
// The CLI shares this process's AGENT_AUDIT_HOME (the test run's), so it finds the pseudonym key the auditor used.
const env: NodeJS.ProcessEnv = { ...process.env };
delete env.AGENT_AUDIT_VERIFIER_KEY;
const keyFile = path.join(root, 'signer.key');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function cli(...args: string[]) {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` first (pnpm test does)`);
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function reportsStream(): Array<{ type: string; resource?: { id: string }; attrs: { report: { sha256: string; kind: string } } }> {
  const file = path.join(dir, 'streams', 'reports', '00000000000000000000.jsonl');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line)) : [];
}

beforeAll(async () => {
  fs.writeFileSync(keyFile, key.signerKey, { mode: 0o600 });
  const auditor = createAuditor({ agent: { id: 'desk-bot' }, sink: fileLedger({ dir, signingKey: key.signerKey }) });
  await auditor.run({ session: 'case-9', actor: { id: 'u-7', type: 'user' } }, async () => {
    auditor.record({ type: 'message.user', content: { input: 'I am carol@example.net, please refund. <script>alert(1)</script>' } });
    auditor.record({ type: 'tool.call', tool: { name: 'refund', callId: 'c1', arguments: { email: 'carol@example.net', other: 'dave@example.net' } } });
    auditor.record({ type: 'tool.result', tool: { name: 'refund', callId: 'c1', result: { ok: true } } });
    auditor.record({ type: 'decision.made', decision: { action: 'refund_approved', reason: 'under limit', policy: 'refunds-v3' } });
  });
  for (let i = 0; i < 400; i++) auditor.record({ type: 'tool.call', session: `bulk-${i}`, tool: { name: 'noop' } });
  await auditor.close();
}, 60_000);

// Each case spawns the CLI several times; on a loaded shared machine a spawn can take seconds.
describe('agent-audit report', { timeout: 300_000 }, () => {
  // A probe of 2026-12-06: the refusal named the library's options (`pass keyDir`, `rotateKey: true`).
  it('a recording ledger whose key it does not hold: the refusal names the command\'s flags, and nothing is written', () => {
    const out = path.join(root, 'no-key.md');
    const run = cli('report', 'activity', dir, '--key', key.verifierKey, '--out', out);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`cannot record the report in ${dir}`);
    expect(run.stderr).toContain('--signing-key <file>');
    expect(run.stderr).toContain('--record-to <ledger folder>');
    expect(run.stderr).toContain('--no-record');
    expect(run.stderr).not.toMatch(/rotateKey|pass keyDir/);
    expect(fs.existsSync(out)).toBe(false);
  });
  it('writes the report, records report.generated with its SHA-256 first, and exits 0', () => {
    const out = path.join(root, 'activity.json');
    const run = cli('report', 'activity', dir, '--format', 'json', '--out', out, '--key', key.verifierKey, '--signing-key', keyFile);
    expect(run.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(report).toMatchObject({ kind: 'activity', totals: { events: 404 }, tools: { refund: 1, noop: 400 }, verification: { ok: true, keySource: 'pinned' } });
    const recorded = reportsStream().at(-1);
    expect(recorded?.type).toBe('report.generated');
    expect(recorded?.attrs.report.sha256).toBe(createHash('sha256').update(fs.readFileSync(out)).digest('hex'));
    expect(recorded?.resource?.id).toBe(`sha256:${recorded?.attrs.report.sha256}`);
    expect(cli('verify', dir, '--key', key.verifierKey).code).toBe(0);
  });

  it('subject: never prints the value asked about; decision html escapes the ledger', () => {
    const subject = cli('report', 'subject', dir, '--value', 'carol@example.net', '--format', 'json', '--no-record');
    expect(subject.code).toBe(0);
    expect(subject.stdout).not.toContain('carol@example.net');
    expect(subject.stdout).not.toContain('dave@example.net');
    expect(JSON.parse(subject.stdout).events.total).toBe(2);
    const html = cli('report', 'decision', dir, '--session', 'case-9', '--format', 'html', '--no-record');
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('&lt;script&gt;');
    expect(html.stdout).not.toMatch(/<script/);
  });

  // Probe 2026-12-06 F5: another keyring than the ledger's found 0 events, exit 0, no word.
  it('subject: a keyring without the ledger\'s pseudonym key versions is an incomplete search (exit 1 unless --partial-keys)', () => {
    const otherKeys = path.join(root, 'other-keys');
    const other = loadKeyring('pseudonym', { dir: otherKeys, create: true });
    const md = cli('report', 'subject', dir, '--value', 'carol@example.net', '--keys', otherKeys, '--no-record', '--key', key.verifierKey);
    expect(md.code).toBe(1);
    expect(md.stdout.split('\n')[0]).toMatch(/^\*\*INCOMPLETE SEARCH: the ledger holds pseudonyms under key version\(s\) [a-z2-7]{6} that the pseudonym keyring \([a-z2-7]{6}\)/);
    expect(md.stdout).toContain(`| pseudonym key versions searched | ${other.ids().join(', ')} |`);
    expect(md.stderr).toMatch(/INCOMPLETE subject search: .*--keys DIR, or accept a partial search with --partial-keys/);
    const json = cli('report', 'subject', dir, '--value', 'carol@example.net', '--keys', otherKeys, '--no-record', '--format', 'json', '--partial-keys');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.events.total).toBe(0);
    expect(report.subject.missingKeyIds).toHaveLength(1);
    expect(report.subject.missingKeyIds).not.toContain(other.ids()[0]);
    expect(json.stderr).toContain('(accepted: --partial-keys)');
    const all = cli('report', 'all', dir, '--value', 'carol@example.net', '--keys', otherKeys, '--no-record', '--format', 'html', '--out-dir', path.join(root, 'all-partial'));
    expect(all.code).toBe(1);
    const html = fs.readFileSync(path.join(root, 'all-partial', 'subject.html'), 'utf8');
    expect(html.slice(html.indexOf('<body>'), html.indexOf('<h1>'))).toContain('INCOMPLETE SEARCH');
    // With the ledger's own keyring nothing is missing.
    const own = cli('report', 'subject', dir, '--value', 'carol@example.net', '--no-record', '--format', 'json');
    expect([own.code, JSON.parse(own.stdout).subject.missingKeyIds]).toEqual([0, []]);
  });

  it('usage errors exit 2 with a message', () => {
    expect(cli('report', 'activity', dir, dir).code).toBe(2);
    // Without its signer key, the report is not recorded, so it is not written either.
    const unrecorded = cli('report', 'activity', dir, '--out', path.join(root, 'never.md'));
    expect([unrecorded.code, unrecorded.stderr, fs.existsSync(path.join(root, 'never.md'))]).toEqual([2, expect.stringMatching(/cannot record/), false]);
    const bad = cli('report', 'activity', dir, '--from', 'someday', '--no-record');
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/not a time/)]);
    expect(cli('report', 'decision', dir, '--no-record').code).toBe(2);
    expect(cli('report', 'nonsense', dir).code).toBe(2);
    expect(cli('report').code).toBe(2);
    expect(cli('report', 'activity', path.join(root, 'missing'), '--no-record').code).toBe(2);
    const relative = cli('report', 'activity', dir, '--from', 'yesterday', '--to', 'now', '--no-record');
    expect([relative.code, relative.stderr]).toEqual([0, expect.any(String)]);
  });

  it('ends quietly when the reader closes the pipe (report | head)', async () => {
    const child = spawn(process.execPath, [bin, 'report', 'activity', dir, '--format', 'json', '--max-rows', '100000', '--no-record'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error:|at /);
    expect(code).toBe(0);
  });
});

describe('agent-audit export / verify-bundle', { timeout: 300_000 }, () => {
  it('exit 0 valid, 1 for a changed byte, 2 for usage', () => {
    const bundle = path.join(root, 'case-9.bundle.json');
    expect(cli('export', dir, '--session', 'case-9', '--out', bundle, '--key', key.verifierKey).code).toBe(0);
    const ok = cli('verify-bundle', bundle, '--key', key.verifierKey);
    expect([ok.code, ok.stdout]).toEqual([0, expect.stringMatching(/^OK: 4 event\(s\), 1 signed checkpoint/)]);
    const bytes = fs.readFileSync(bundle);
    bytes[Math.floor(bytes.length / 2)] ^= 0x04;
    const changed = path.join(root, 'changed.bundle.json');
    fs.writeFileSync(changed, bytes);
    const bad = cli('verify-bundle', changed, '--key', key.verifierKey);
    expect([bad.code, bad.stdout]).toEqual([1, expect.stringMatching(/^INVALID: /)]);
    expect(cli('verify-bundle', bundle).code).toBe(2);
    expect(cli('verify-bundle', path.join(root, 'nope.json'), '--key', key.verifierKey).code).toBe(2);
    expect(cli('verify-bundle', bundle, '--key', 'not-a-key').code).toBe(2);
    expect(cli('export', dir, '--out', bundle).code).toBe(2);
  });
});

describe('help and README', { timeout: 300_000 }, () => {
  it('--help lists every flag, and the CLI README names every flag of these commands', () => {
    const readme = fs.readFileSync(path.join(repo, 'packages', 'cli', 'README.md'), 'utf8');
    const commands = [['report', 'activity'], ['report', 'subject'], ['report', 'decision'], ['report', 'ai-act'], ['report', 'coverage'], ['report', 'all'], ['export'], ['verify-bundle']];
    for (const command of commands) {
      const help = cli(...command, '--help');
      expect(help.code).toBe(0);
      const flags = [...help.stdout.matchAll(/(?<![\w-])--[a-z][a-z-]+/g)].map((m) => m[0]).filter((f) => f !== '--help');
      expect(flags.length).toBeGreaterThan(0);
      for (const flag of flags) expect(readme, `${command.join(' ')} ${flag} in packages/cli/README.md`).toContain(flag);
    }
    expect(cli('report', '--help').stdout).toMatch(/activity[\s\S]*subject[\s\S]*decision[\s\S]*ai-act[\s\S]*coverage[\s\S]*all/);
  });

  it('every command: its README usage line(s) name every flag its --help lists', () => {
    const readme = fs.readFileSync(path.join(repo, 'packages', 'cli', 'README.md'), 'utf8');
    // The command list of `agent-audit --help`, with the subcommands of those that have them.
    const top = cli('--help').stdout;
    const names = [...top.matchAll(/^ {2}([a-z][a-z-]+)\b/gm)].map((m) => m[1] as string).filter((n) => n !== 'help');
    expect(names.length).toBeGreaterThan(10);
    const commands: string[][] = [];
    for (const name of names) {
      const subs = [...cli(name, '--help').stdout.matchAll(/^Commands:\n([\s\S]*?)(?:\n\n|$)/gm)].flatMap((m) => [...(m[1] as string).matchAll(/^ {2}([a-z][a-z-]+)\b/gm)].map((x) => x[1] as string)).filter((n) => n !== 'help');
      if (subs.length === 0) commands.push([name]);
      else for (const sub of subs) commands.push([name, sub]);
    }
    // A usage line starts with `agent-audit <command words>` and goes on over indented continuation lines.
    const lines = readme.split('\n');
    const usage = (words: string[]): string => {
      const out: string[] = [];
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i] as string;
        const m = /^agent-audit ((?:[a-z-]+(?:\|[a-z-]+)*\s*)+)/.exec(line);
        if (!m) continue;
        const given = (m[1] as string).trim().split(/\s+/);
        const matches = words.every((w, k) => given[k] !== undefined && given[k].split('|').includes(w));
        if (!matches) continue;
        out.push(line);
        for (let j = i + 1; j < lines.length && /^\s{4,}\S/.test(lines[j] as string); j++) out.push(lines[j] as string);
      }
      return out.join('\n');
    };
    const missing: string[] = [];
    for (const command of commands) {
      const help = cli(...command, '--help');
      expect(help.code, command.join(' ')).toBe(0);
      const flags = [...help.stdout.matchAll(/^ {2}(?:-[a-zA-Z], )?(--[a-z][a-z-]+)/gm)].map((m) => m[1] as string).filter((f) => f !== '--help');
      const text = usage(command);
      if (text === '') missing.push(`${command.join(' ')}: no usage line`);
      // The reports list their shared options in the paragraph under their usage block.
      const shared = command[0] === 'report' ? readme.slice(readme.indexOf('Options of every report')) : '';
      for (const flag of flags) if (!new RegExp(`${flag}(?![a-z-])`).test(text) && !new RegExp(`${flag}(?![a-z-])`).test(shared)) missing.push(`${command.join(' ')} ${flag}`);
    }
    expect(missing).toEqual([]);
  });
});
