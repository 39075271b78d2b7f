import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, generateSignerKey } from '@agent-audit/core';

// Drives the built `agent-audit` binary on what a fresh tester found (issue 15): outputs that land in
// the ledger, damaged lines, control characters, stripped bundle signatures, impossible periods.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-cli-report-safety-'));
const dir = path.join(root, 'ledger');
const key = generateSignerKey('report-safety/audit');
const bundleSigner = generateSignerKey('report-safety/bundles');
const env: NodeJS.ProcessEnv = { ...process.env };
delete env.AGENT_AUDIT_VERIFIER_KEY;
const keyFile = path.join(root, 'signer.key');
const bundleKeyFile = path.join(root, 'bundle.key');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function cli(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` first (pnpm test does)`);
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...env, ...extraEnv } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file of a folder with its bytes, to show a run changed nothing. */
function snapshot(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(folder, file)] = fs.readFileSync(file, 'base64');
  }
  return out;
}

function segment(ledger: string, stream: string): string {
  return path.join(ledger, 'streams', stream, '00000000000000000000.jsonl');
}

beforeAll(async () => {
  fs.writeFileSync(keyFile, key.signerKey, { mode: 0o600 });
  fs.writeFileSync(bundleKeyFile, bundleSigner.signerKey, { mode: 0o600 });
  const auditor = createAuditor({ agent: { id: 'desk-bot' }, sink: fileLedger({ dir, signingKey: key.signerKey }) });
  await auditor.run({ session: 'real\n2026-01-01T00:00:00.000Z  forged  -  x#99  approval.grant', actor: { id: 'u-7', type: 'user' } }, async () => {
    auditor.record({ type: 'message.user', content: { input: 'hello' } });
    auditor.record({ type: 'tool.call', tool: { name: 'x\u001b[31mred\r\nFORGED ROW', callId: 'c1', arguments: {} } });
  });
  await auditor.close();
  // A second ledger with its own stream, for damaged lines and a missing stream folder.
  const other = createAuditor({ agent: { id: 'b' }, stream: 'other', sink: fileLedger({ dir, signingKey: key.signerKey }) });
  other.record({ type: 'tool.call', session: 's2', tool: { name: 'noop' } });
  await other.close();
}, 60_000);

describe('report outputs never land in the ledger', { timeout: 300_000 }, () => {
  it('refuses --out / --out-dir / export --out / prove --out inside a ledger, also through a symlink (exit 2, ledger unchanged)', () => {
    const before = snapshot(dir);
    fs.symlinkSync(path.join(dir, 'verifier.key'), path.join(root, 'innocent.md'));
    fs.symlinkSync(path.join(dir, 'streams'), path.join(root, 'streams-link'));
    const attempts: string[][] = [
      ['report', 'activity', dir, '--out', path.join(dir, 'HEAD'), '--key', key.verifierKey, '--signing-key', keyFile],
      ['report', 'activity', dir, '--out', path.join(root, 'innocent.md'), '--no-record'],
      ['report', 'activity', dir, '--out', path.join(root, 'streams-link', 'reports', '00000000000000000000.jsonl'), '--no-record'],
      ['report', 'activity', root, '--out', segment(dir, 'desk-bot'), '--no-record'],
      ['report', 'activity', path.join(root, 'nowhere'), '--out', path.join(dir, 'x.md'), '--record-to', dir, '--signing-key', keyFile],
      ['report', 'all', dir, '--out-dir', path.join(dir, 'streams', 'desk-bot'), '--no-record'],
      ['export', dir, '--session', 's2', '--out', segment(dir, 'other')],
      ['prove', dir, '--id', 'any', '--out', path.join(root, 'streams-link', 'other', '00000000000000000000.jsonl')],
    ];
    for (const args of attempts) {
      const run = cli(args);
      expect([args.join(' '), run.code, run.stderr]).toEqual([args.join(' '), 2, expect.stringMatching(/inside the ledger/)]);
    }
    expect(snapshot(dir)).toEqual(before);
    expect(cli(['verify', dir, '--key', key.verifierKey]).code).toBe(0);
    // Elsewhere an existing file is replaced as before.
    const out = path.join(root, 'plain.md');
    fs.writeFileSync(out, 'old');
    expect(cli(['report', 'activity', dir, '--out', out, '--no-record', '--key', key.verifierKey]).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^# Agent activity report/);
  });

  it('records report.generated only for a report that was written', () => {
    const reports = () => (fs.existsSync(segment(dir, 'reports')) ? fs.readFileSync(segment(dir, 'reports'), 'utf8').split('\n').filter(Boolean).length : 0);
    const before = reports();
    for (const out of [path.join(root, 'missing', 'r.md'), '/proc/version']) {
      const run = cli(['report', 'activity', dir, '--out', out, '--key', key.verifierKey, '--signing-key', keyFile]);
      expect([out, run.code, run.stderr]).toEqual([out, 2, expect.stringMatching(/cannot write/)]);
    }
    expect(reports()).toBe(before);
    const out = path.join(root, 'written.json');
    expect(cli(['report', 'activity', dir, '--format', 'json', '--out', out, '--key', key.verifierKey, '--signing-key', keyFile]).code).toBe(0);
    expect(reports()).toBe(before + 1);
    expect(fs.readdirSync(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  // The leak probe of 2026-12-07 (F9): a subject access report named after its data subject put
  // the name (redacted) and the date of birth (kept) into the `reports` stream through `out`.
  it('never records the path a report was written to: a file named after its data subject leaves no trace in the ledger', () => {
    const folder = path.join(root, 'Akten Hildegard Brunnhuber');
    fs.mkdirSync(folder);
    const names = ['DSAR Hildegard Brunnhuber 03.07.1948.md', 'decision-Remedios-Ibarguren.md', 'subject_zwiebelhofer_leberecht_1949-02-17.json'];
    for (const name of names) {
      const out = path.join(folder, name);
      const run = cli(['report', 'activity', dir, ...(name.endsWith('.json') ? ['--format', 'json'] : []), '--out', out, '--key', key.verifierKey, '--signing-key', keyFile]);
      expect([name, run.code, run.stderr]).toEqual([name, 0, expect.stringMatching(/recorded report\.generated/)]);
    }
    const stored = fs.readFileSync(segment(dir, 'reports'), 'utf8');
    for (const raw of ['Hildegard', 'Brunnhuber', '03.07.1948', 'Remedios', 'Ibarguren', 'zwiebelhofer', 'leberecht', '1949-02-17', 'Akten', 'DSAR', '.md']) expect([raw, stored.includes(raw)]).toEqual([raw, false]);
    const recorded = stored.split('\n').filter(Boolean).slice(-3).map((line) => JSON.parse(line).attrs.report);
    expect(recorded.map((report: { output: string; sha256: string }) => report.output)).toEqual(['file', 'file', 'file']);
    // The file is found by its digest, wherever it is kept.
    const digests = names.map((name) => createHash('sha256').update(fs.readFileSync(path.join(folder, name))).digest('hex'));
    expect(recorded.map((report: { sha256: string }) => report.sha256)).toEqual(digests);
    expect(cli(['verify', dir, '--key', key.verifierKey]).code).toBe(0);
  });
});

describe('damaged ledgers still give a report', { timeout: 300_000 }, () => {
  const damaged = (name: string, damage: (copy: string) => void): string => {
    const copy = path.join(root, name);
    fs.cpSync(dir, copy, { recursive: true });
    damage(copy);
    return copy;
  };
  it('a garbage line, a blank line, an extra newline, a torn last line, a deleted stream folder: report written, exit 1 naming the failure; export exit 1', () => {
    const cases: Record<string, (copy: string) => void> = {
      garbage: (c) => fs.appendFileSync(segment(c, 'desk-bot'), 'not json at all\n'),
      blank: (c) => {
        const lines = fs.readFileSync(segment(c, 'desk-bot'), 'utf8').split('\n');
        lines.splice(1, 0, '');
        fs.writeFileSync(segment(c, 'desk-bot'), lines.join('\n'));
      },
      newline: (c) => fs.appendFileSync(segment(c, 'desk-bot'), '\n'),
      torn: (c) => fs.appendFileSync(segment(c, 'desk-bot'), '{"v":1,"id":"01'),
      deleted: (c) => fs.rmSync(path.join(c, 'streams', 'other'), { recursive: true }),
    };
    for (const [name, damage] of Object.entries(cases)) {
      const copy = damaged(name, damage);
      const run = cli(['report', 'activity', copy, '--format', 'json', '--no-record', '--key', key.verifierKey]);
      expect([name, run.code, run.stderr]).toEqual([name, 1, expect.stringMatching(/does not verify: \S/)]);
      const report = JSON.parse(run.stdout);
      expect([name, report.verification.ok, report.totals.events >= 2]).toEqual([name, false, true]);
      const md = cli(['report', 'coverage', copy, '--no-record', '--key', key.verifierKey]);
      expect([name, md.code, md.stdout]).toEqual([name, 1, expect.stringContaining('VERIFICATION FAILED')]);
      const exported = cli(['export', copy, '--from', '2020-01-01', '--out', path.join(root, `${name}.bundle`), '--key', key.verifierKey]);
      expect([name, exported.code, exported.stderr]).toEqual([name, 1, expect.stringMatching(/does not verify/)]);
    }
  });
});

describe('query and tail escape control characters', { timeout: 300_000 }, () => {
  it('table and csv rows hold no control character and cannot forge a row; json stays JSON', () => {
    const count = cli(['query', dir, '--stream', 'desk-bot', '--json']).stdout.trimEnd().split('\n').length;
    expect(count).toBe(2);
    for (const args of [['query', dir], ['query', dir, '--format', 'csv'], ['tail', dir], ['tail', dir, '--format', 'csv'], ['query', dir, '--trace', JSON.parse(cli(['query', dir, '--stream', 'desk-bot', '--json']).stdout.split('\n')[0] as string).trace.traceId]]) {
      const run = cli([...args, '--stream', 'desk-bot']);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      // a header row (not in a trace tree) and one row per event: the forged rows stay inside theirs
      expect([args.join(' '), run.stdout.trimEnd().split('\n').length]).toEqual([args.join(' '), args.includes('--trace') ? count : count + 1]);
      expect(run.stdout).toContain('\\x1b[31mred\\r\\nFORGED ROW');
    }
    const json = cli(['query', dir, '--json']);
    const events = json.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(events.map((e) => e.tool?.name).filter(Boolean)).toContain('x\u001b[31mred\r\nFORGED ROW');
  });
});

describe('verify-bundle with a pinned bundle signer', { timeout: 300_000 }, () => {
  it('an unsigned bundle (signature stripped, manifest edited) is INVALID with --bundle-key', () => {
    const file = path.join(root, 'signed.bundle.json');
    expect(cli(['export', dir, '--from', '2020-01-01', '--out', file, '--key', key.verifierKey, '--sign-key', bundleKeyFile]).code).toBe(0);
    expect(cli(['verify-bundle', file, '--key', key.verifierKey, '--bundle-key', bundleSigner.verifierKey]).code).toBe(0);
    const bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
    delete bundle.signature;
    // Re-seal the edited manifest with a fresh digest, as an attacker could (canonical JSON: keys are already sorted).
    bundle.manifest.sources = ['somewhere else'];
    const { createHash } = require('node:crypto') as typeof import('node:crypto');
    const { digest: _old, ...body } = bundle;
    void _old;
    const canonical = (v: unknown): string => (Array.isArray(v) ? `[${v.map(canonical).join(',')}]` : v && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}` : JSON.stringify(v));
    bundle.digest = createHash('sha256').update(canonical(body)).digest('hex');
    const stripped = path.join(root, 'stripped.bundle.json');
    fs.writeFileSync(stripped, `${canonical(bundle)}\n`);
    // Without a pinned bundle signer the edited manifest passes (only integrity-checked, as documented) ...
    expect(cli(['verify-bundle', stripped, '--key', key.verifierKey]).code).toBe(0);
    // ... with it, it is INVALID.
    const run = cli(['verify-bundle', stripped, '--key', key.verifierKey, '--bundle-key', bundleSigner.verifierKey]);
    expect([run.code, run.stdout]).toEqual([1, expect.stringMatching(/^INVALID: signature: missing/)]);
  });
});

describe('periods and keys', { timeout: 300_000 }, () => {
  it('impossible dates, --from after --to, and an empty AGENT_AUDIT_VERIFIER_KEY exit 2', () => {
    const runs = [
      cli(['report', 'activity', dir, '--from', '2026-02-30', '--no-record']),
      cli(['report', 'activity', dir, '--from', '2026-03-02', '--to', '2026-03-01', '--no-record']),
      cli(['report', 'all', dir, '--out-dir', path.join(root, 'all'), '--from', 'today', '--to', 'yesterday', '--no-record']),
      cli(['export', dir, '--from', '2026-03-02', '--to', '2026-03-01', '--out', path.join(root, 'b.json')]),
      cli(['query', dir, '--since', '2026-03-02', '--until', '2026-03-01']),
      cli(['query', dir, '--since', '2026-04-31']),
      cli(['report', 'activity', dir, '--no-record'], { AGENT_AUDIT_VERIFIER_KEY: '' }),
    ];
    for (const run of runs) expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(/not a time|must be before|set but empty/)]);
  });
});
