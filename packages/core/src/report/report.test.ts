// Every figure of every report is recomputed here from the raw segment lines (read with fs and
// JSON.parse, not through the ledger readers), and the pseudonyms from the spec's HMAC formula.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger, openNote, parseCheckpoint, type AuditEvent, type Keyring } from '../index.js';
import { activityReport } from './activity.js';
import { aiActReport } from './ai-act.js';
import { coverageReport } from './coverage.js';
import { decisionReport, type TimelineNode } from './decision.js';
import { renderReport } from './documents.js';
import { escapeMarkdown } from './render.js';
import { subjectReport } from './subject.js';
import { combineSources, ledgerSource } from './source.js';
import { parseTimeSpec } from './time.js';

let dir: string;
let dir2: string;
let keyring: Keyring;
let oldKeyring: Keyring;
const SUBJECT = 'Alice.Liddell@Example.com';
const OTHER = 'bob.builder@example.org';

/** Seeded PRNG (mulberry32), so the generated ledger is the same every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function writeLedger(target: string, agents: string[], keys: Keyring, seed: number, start: number, count: number): Promise<void> {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  let now = start;
  for (const agentId of agents) {
    const auditor = createAuditor({
      agent: { id: agentId },
      sink: fileLedger({ dir: target, checkpointEvery: 7 }),
      redactor: createRedactor({ pseudonymKey: keys }),
      clock: () => now,
    });
    for (let i = 0; i < count; i++) {
      now += Math.floor(random() * 3_600_000);
      const session = `s-${agentId}-${Math.floor(i / 6)}`;
      const actor = { id: pick(['u-1', 'u-2', 'u-3', 'admin-9']), type: pick(['user', 'user', 'admin'] as const) };
      await auditor.run({ session, actor }, async () => {
        const kind = random();
        if (kind < 0.15) auditor.record({ type: 'message.user', content: { input: `hello, I am ${pick([SUBJECT, OTHER, 'nobody'])} and my friend is ${OTHER}` } });
        else if (kind < 0.35) {
          const tool = pick(['lookup', 'refund', 'search']);
          auditor.record({ type: 'tool.call', tool: { name: tool, callId: `c${i}`, server: pick(['crm-mcp', 'pay-mcp']), arguments: { email: pick([SUBJECT, OTHER]) } } });
          if (random() < 0.7) auditor.record({ type: random() < 0.8 ? 'tool.result' : 'tool.error', tool: { name: tool, callId: `c${i}`, result: { ok: true } }, ...(random() < 0.2 ? { outcome: 'failure' as const, error: { message: 'boom' } } : {}) });
        } else if (kind < 0.45) auditor.record({ type: pick(['approval.request', 'approval.grant', 'approval.deny', 'policy.deny', 'permission.denied']), decision: { action: 'refund', reason: 'limit' } });
        else if (kind < 0.55) auditor.record({ type: pick(['error', 'model.error']), outcome: 'failure', error: { type: 'Timeout', message: 'upstream timed out' } });
        else if (kind < 0.7) auditor.record({ type: pick(['data.access', 'retrieval.query']), resource: { type: pick(['claim', 'patient']), id: String(Math.floor(random() * 5)) } });
        else if (kind < 0.8) {
          auditor.record({ type: 'model.request', model: { provider: 'acme', id: pick(['m-large', 'm-small']) } });
          auditor.record({ type: 'model.response', model: { provider: 'acme', id: 'm-large' }, content: { output: 'ok' } });
        } else if (kind < 0.9) auditor.record({ type: 'decision.made', decision: { action: 'refund_approved', reason: 'within policy', policy: 'refunds-v3' }, compliance: { retentionDays: random() < 0.1 ? 30 : 400 } });
        else auditor.record({ type: 'config.prompt_change', attrs: { note: 'v2' } });
      });
    }
    await auditor.close();
  }
}

/** The raw events of a ledger folder, straight from the segment files. */
function rawEvents(target: string): Array<{ event: AuditEvent; line: string }> {
  const out: Array<{ event: AuditEvent; line: string }> = [];
  const root = path.join(target, 'streams');
  for (const stream of fs.readdirSync(root)) {
    for (const file of fs.readdirSync(path.join(root, stream)).filter((f) => /^\d{20}\.jsonl$/.test(f)).sort()) {
      for (const line of fs.readFileSync(path.join(root, stream, file), 'utf8').split('\n')) if (line) out.push({ event: JSON.parse(line) as AuditEvent, line });
    }
  }
  return out;
}

const count = <T>(items: T[], key: (item: T) => string | undefined): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) out[k] = (out[k] ?? 0) + 1;
  }
  return out;
};

/** RFC 4648 base32, lower case, no padding: the pseudonym digest alphabet. */
function base32(bytes: Uint8Array): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

/** docs/REDACTION.md: HMAC-SHA-256(key, "agent-audit/pseudonym/v1\0" TYPE "\0" canonical), 120 bits. */
function specPseudonym(secret: Buffer, id: string, type: string, canonical: string): string {
  const digest = createHmac('sha256', secret).update(`agent-audit/pseudonym/v1\0${type}\0${canonical}`).digest();
  return `[${type}:psn_${id}_${base32(digest.subarray(0, 15))}]`;
}

/** RFC 9162 §2.1.3.2, written again from the RFC for the test. */
function rootFromPath(leaf: Buffer, index: number, size: number, proof: Buffer[]): Buffer {
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) throw new Error('proof too long');
    if (fn % 2 === 1 || fn === sn) {
      r = createHash('sha256').update(Buffer.from([1])).update(p).update(r).digest();
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else r = createHash('sha256').update(Buffer.from([1])).update(r).update(p).digest();
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0) throw new Error('proof too short');
  return r;
}

const k1 = randomBytes(32);
const k2 = randomBytes(32);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-report-'));
  dir2 = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-report2-'));
  oldKeyring = createKeyring([k1]);
  keyring = createKeyring([k1, k2]);
  // The first agents write under the old key, the others after a rotation.
  await writeLedger(dir, ['claims-bot', 'clinic-bot'], oldKeyring, 7, Date.UTC(2026, 10, 20), 60);
  await writeLedger(dir, ['bank-bot'], keyring, 8, Date.UTC(2026, 10, 22), 60);
  await writeLedger(dir2, ['eu-bot'], keyring, 9, Date.UTC(2026, 10, 21), 40);
}, 120_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(dir2, { recursive: true, force: true });
});

describe('activity report', () => {
  it('matches figures recomputed from the raw events', async () => {
    const report = await activityReport(ledgerSource(dir));
    const events = rawEvents(dir).map((r) => r.event);
    expect(report.verification.ok).toBe(true);
    expect(report.totals.events).toBe(events.length);
    expect(report.byType).toEqual(count(events, (e) => e.type));
    expect(report.tools).toEqual(count(events, (e) => (e.type === 'tool.call' ? e.tool?.name : undefined)));
    expect(report.totals.sessions).toBe(new Set(events.map((e) => e.session).filter(Boolean)).size);
    expect(report.totals.actors).toBe(new Set(events.map((e) => e.actor?.id).filter(Boolean)).size);
    expect(report.totals.errors).toBe(events.filter((e) => e.type === 'error' || e.type.endsWith('.error')).length);
    expect(report.totals.approvals).toBe(events.filter((e) => e.type === 'approval.grant').length);
    expect(report.totals.denials).toBe(events.filter((e) => ['approval.deny', 'policy.deny', 'permission.denied'].includes(e.type) || e.outcome === 'denied').length);
    expect(report.resources).toEqual(count(events, (e) => (e.resource ? `${e.resource.type}:${e.resource.id}` : undefined)));
    for (const agent of report.agents) {
      const mine = events.filter((e) => e.agent.id === agent.agent);
      expect(agent.events).toBe(mine.length);
      expect(agent.byType).toEqual(count(mine, (e) => e.type));
      expect(agent.byDay).toEqual(count(mine, (e) => e.ts.slice(0, 10)));
      expect(agent.firstTs).toBe(mine.map((e) => e.ts).sort()[0]);
    }
    const history = events.filter((e) => /^(access|permission|policy|approval|vault|config|ledger|report)\./.test(e.type) || e.type === 'error' || e.type.endsWith('.error'));
    expect(report.actionHistory.total).toBe(history.length);
    for (const [type, row] of Object.entries(report.pci)) {
      const mine = events.filter((e) => e.type === type);
      expect(row.events).toBe(mine.length);
      expect(row.user).toBe(mine.filter((e) => e.actor?.id).length);
      expect(row.resource).toBe(mine.filter((e) => e.resource?.id || e.tool?.name || e.model?.id).length);
    }
    // The signed ledger head it was checked against, as stored.
    const headBytes = fs.readFileSync(path.join(dir, 'HEAD'));
    expect(report.coverage.sources[0]?.ledgerHead?.sha256).toBe(createHash('sha256').update(headBytes).digest('hex'));
    expect(report.coverage.sources[0]?.ledgerHead?.streams.map((s) => s.name)).toEqual(['bank-bot', 'claims-bot', 'clinic-bot']);
    // Coverage: every stream, its seq range and the signed head it was checked against.
    for (const s of report.coverage.streams) {
      const mine = events.filter((e) => e.stream === s.stream);
      expect([s.events, s.firstSeq, s.lastSeq]).toEqual([mine.length, 0, mine.length - 1]);
      const last = fs.readFileSync(path.join(dir, 'streams', s.stream, 'checkpoints.jsonl'), 'utf8').trim().split('\n').pop() as string;
      expect(s.signedHead?.root).toBe((JSON.parse(last) as { root: string }).root);
    }
  });

  it('respects --from/--to and says so', async () => {
    const events = rawEvents(dir).map((r) => r.event);
    const from = '2026-11-21T00:00:00.000Z';
    const to = '2026-11-23T00:00:00.000Z';
    const report = await activityReport(ledgerSource(dir), { from, to });
    expect(report.period).toEqual({ from, to });
    expect(report.totals.events).toBe(events.filter((e) => e.ts >= from && e.ts < to).length);
    expect(report.totals.events).toBeGreaterThan(0);
    expect(report.totals.events).toBeLessThan(events.length);
  });

  it('reports a changed byte as a verification failure, with figures still recomputed', async () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-report-bad-'));
    fs.cpSync(dir, copy, { recursive: true });
    const file = path.join(copy, 'streams', 'bank-bot', '00000000000000000000.jsonl');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"u-1"', '"u-7"'));
    const report = await activityReport(ledgerSource(copy));
    expect(report.verification.ok).toBe(false);
    expect(report.verification.firstFailure?.stream).toBe('bank-bot');
    expect(renderReport(report, 'md')).toContain('VERIFICATION FAILED');
    // Probe 2026-12-06 F23: the failure is the first line of the Markdown, and the first thing in
    // the HTML page's body, above the title (it was line 5 / 17, after the title).
    const md = renderReport(report, 'md').split('\n');
    expect(md[0]).toMatch(/^\*\*VERIFICATION FAILED: stream bank-bot, seq \d+/);
    expect(md.filter((line) => line.includes('VERIFICATION FAILED'))).toHaveLength(1);
    expect(md.indexOf('# Agent activity report')).toBeGreaterThan(0);
    const html = renderReport(report, 'html');
    const body = html.slice(html.indexOf('<body>') + '<body>'.length).trimStart();
    expect(body.startsWith('<p class="bad">VERIFICATION FAILED: stream bank-bot')).toBe(true);
    expect(html.split('VERIFICATION FAILED')).toHaveLength(2);
    fs.rmSync(copy, { recursive: true, force: true });
  });
});

describe('subject report', () => {
  it('finds every event naming the subject under every key version, and never prints the value', async () => {
    const report = await subjectReport(ledgerSource(dir), { value: SUBJECT, keyring });
    const canonical = SUBJECT.toLowerCase();
    const tokens = [specPseudonym(k1, keyring.ids()[0] as string, 'EMAIL', canonical), specPseudonym(k2, keyring.ids()[1] as string, 'EMAIL', canonical)];
    expect([...report.subject.pseudonyms].sort()).toEqual([...tokens].sort());
    const expected = rawEvents(dir).filter((r) => tokens.some((t) => r.line.includes(t))).map((r) => r.event.id);
    expect(report.events.rows.map((e) => e.id).sort()).toEqual(expected.sort());
    // Both key versions were needed: events under each.
    expect(rawEvents(dir).some((r) => r.line.includes(tokens[0] as string))).toBe(true);
    expect(rawEvents(dir).some((r) => r.line.includes(tokens[1] as string))).toBe(true);
    expect(report.summary.rawOccurrences).toBe(0);
    const otherTokens = [specPseudonym(k1, keyring.ids()[0] as string, 'EMAIL', OTHER), specPseudonym(k2, keyring.ids()[1] as string, 'EMAIL', OTHER)];
    for (const format of ['json', 'md', 'html'] as const) {
      const text = renderReport(report, format);
      expect(text.toLowerCase()).not.toContain(canonical);
      for (const t of otherTokens) expect(text).not.toContain(t);
    }
    expect(JSON.stringify(report.events.rows)).toContain('[EMAIL:subject]');
    expect(JSON.stringify(report.events.rows)).toContain('[EMAIL:other]');
    // With only the old key, the events recorded after the rotation are missed: the keyring matters.
    const partial = await subjectReport(ledgerSource(dir), { value: SUBJECT, keyring: oldKeyring });
    expect(partial.events.total).toBeLessThan(report.events.total);
  });

  it('by actor: every event with the actor, other actors masked', async () => {
    const report = await subjectReport(ledgerSource(dir), { actor: 'u-2', keyring });
    const expected = rawEvents(dir).filter((r) => r.event.actor?.id === 'u-2' || r.line.includes('u-2')).map((r) => r.event.id);
    expect(report.events.rows.map((e) => e.id).sort()).toEqual(expected.sort());
    const text = renderReport(report, 'json');
    expect(text).not.toContain('"u-2"');
    expect(text).not.toContain('u-1');
  });

  // Probe 2026-12-06 F5: a keyring other than the ledger's found 0 events and said nothing.
  it('says the search is incomplete when the ledger holds pseudonyms under key versions the keyring lacks', async () => {
    const [oldId, newId] = keyring.ids() as [string, string];
    const full = await subjectReport(ledgerSource(dir), { value: SUBJECT, keyring });
    expect(full.subject.ledgerKeyIds).toEqual([oldId, newId].sort());
    expect(full.subject.missingKeyIds).toEqual([]);
    for (const format of ['md', 'html'] as const) expect(renderReport(full, format)).not.toContain('INCOMPLETE');
    // Only the old key: the events after the rotation are under a key it lacks.
    const partial = await subjectReport(ledgerSource(dir), { value: SUBJECT, keyring: oldKeyring });
    expect(partial.subject.missingKeyIds).toEqual([newId]);
    // Another installation's keyring: every key of the ledger is missing, and nothing is found.
    const stranger = await subjectReport(ledgerSource(dir), { value: SUBJECT, keyring: createKeyring([randomBytes(32)]) });
    expect(stranger.events.total).toBe(0);
    expect(stranger.subject.missingKeyIds).toEqual([oldId, newId].sort());
    const md = renderReport(stranger, 'md');
    expect(md.split('\n')[0]).toContain(`**INCOMPLETE SEARCH: the ledger holds pseudonyms under key version(s) ${[oldId, newId].sort().join(', ')}`);
    const html = renderReport(stranger, 'html');
    expect(html.slice(html.indexOf('<body>'), html.indexOf('<h1>'))).toContain('INCOMPLETE SEARCH');
    expect(JSON.parse(renderReport(stranger, 'json')).subject.missingKeyIds).toEqual([oldId, newId].sort());
    // An actor id no detector knows is searched as recorded: no key matters, nothing is missing.
    const byActor = await subjectReport(ledgerSource(dir), { actor: 'u-2', keyring: createKeyring([randomBytes(32)]) });
    expect(byActor.events.total).toBeGreaterThan(0);
    expect(byActor.subject.missingKeyIds).toEqual([]);
  });

  it('rejects a request without exactly one selector', async () => {
    await expect(subjectReport(ledgerSource(dir), { keyring })).rejects.toThrow(/exactly one/);
    await expect(subjectReport(ledgerSource(dir), { keyring, value: SUBJECT, actor: 'u-1' })).rejects.toThrow(/exactly one/);
  });
});

describe('decision report', () => {
  it('nests every event of the session once, by span, each with a proof to the signed root', async () => {
    const raw = rawEvents(dir);
    const session = 's-claims-bot-3';
    const mine = raw.filter((r) => r.event.session === session);
    const report = await decisionReport(ledgerSource(dir), { session });
    const flat: Array<{ node: TimelineNode; parent?: TimelineNode }> = [];
    const walk = (nodes: TimelineNode[], parent?: TimelineNode) => nodes.forEach((n) => (flat.push({ node: n, ...(parent ? { parent } : {}) }), walk(n.children, n)));
    walk(report.timeline);
    expect(flat.map((f) => f.node.id).sort()).toEqual(mine.map((r) => r.event.id).sort());
    const byId = new Map(mine.map((r) => [r.event.id, r.event]));
    for (const { node, parent } of flat) {
      const event = byId.get(node.id) as AuditEvent;
      if (parent) {
        const p = byId.get(parent.id) as AuditEvent;
        expect(p.trace.spanId === event.trace.spanId || p.trace.spanId === event.trace.parentSpanId).toBe(true);
      }
      expect(node.proof).toBeDefined();
      const cp = report.checkpoints.find((c) => c.stream === event.stream && c.size === node.proof?.treeSize);
      expect(cp).toBeDefined();
      const opened = openNote(cp?.note as string, fs.readFileSync(path.join(dir, 'verifier.key'), 'utf8').trim().split('\n'));
      expect(opened.verified).toBe(true);
      const root = rootFromPath(Buffer.from(event.hash, 'hex'), event.seq, node.proof?.treeSize as number, (node.proof?.path ?? []).map((h) => Buffer.from(h, 'hex')));
      expect(Buffer.from(parseCheckpoint(opened.text).root).equals(root)).toBe(true);
    }
    expect(report.summary.toolCalls).toBe(mine.filter((r) => r.event.type === 'tool.call').length);
    expect(report.summary.events).toBe(mine.length);
  });

  it('rejects an unknown session and a missing selector', async () => {
    await expect(decisionReport(ledgerSource(dir), { session: 'nope' })).rejects.toThrow(/no events/);
    await expect(decisionReport(ledgerSource(dir), {})).rejects.toThrow(/exactly one/);
  });
});

describe('ai-act and coverage reports', () => {
  it('ai-act figures match the raw events', async () => {
    const events = rawEvents(dir).map((r) => r.event);
    const report = await aiActReport(ledgerSource(dir));
    expect(report.humanOversight.total).toBe(events.filter((e) => /^(approval\.|permission\.denied$|policy\.deny$|access\.(grant|revoke)$|vault\.)/.test(e.type) || e.actor?.type === 'admin').length);
    expect(report.anomalies.total).toBe(events.filter((e) => e.type === 'error' || e.type.endsWith('.error') || e.type.startsWith('ledger.') || e.outcome === 'failure').length);
    expect(report.periodsOfUse.total).toBe(new Set(events.map((e) => `${e.agent.id}/${e.session ?? e.ts.slice(0, 10)}`)).size);
    const below = events.filter((e) => (e.compliance?.retentionDays ?? 0) < 183).length;
    expect(report.retention.eventsBelowMinimum).toBe(below);
    expect(report.retention.meets).toBe(below === 0);
  });

  it('ai-act retention fails when events declare less than six months', async () => {
    const short = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-report-short-'));
    const redactor = createRedactor({ pseudonymKey: keyring, classification: { baseline: { regimes: [], sensitivity: 'internal' } } });
    const auditor = createAuditor({ agent: { id: 'short-bot' }, sink: fileLedger({ dir: short }), redactor });
    auditor.record({ type: 'message.user', content: { input: 'plain text' } });
    auditor.record({ type: 'decision.made', decision: { action: 'x' }, compliance: { retentionDays: 400 } });
    await auditor.close();
    const report = await aiActReport(ledgerSource(short));
    const events = rawEvents(short).map((r) => r.event);
    const below = events.filter((e) => (e.compliance?.retentionDays ?? 0) < 183).length;
    expect(below).toBeGreaterThan(0);
    expect(report.retention.eventsBelowMinimum).toBe(below);
    expect(report.retention.meets).toBe(false);
    fs.rmSync(short, { recursive: true, force: true });
  });

  it('coverage matrix and calls without results match the raw events', async () => {
    const events = rawEvents(dir).map((r) => r.event);
    const report = await coverageReport(ledgerSource(dir), { now: new Date(Date.UTC(2026, 11, 30)) });
    for (const cell of report.matrix.filter((c) => c.kind === 'tool')) {
      expect(cell.events).toBe(events.filter((e) => e.agent.id === cell.agent && e.tool?.name === cell.name).length);
    }
    const results = new Set(events.filter((e) => e.type === 'tool.result' || e.type === 'tool.error').map((e) => `${e.trace.traceId}/${e.tool?.callId}`));
    const orphans = events.filter((e) => e.type === 'tool.call' && !results.has(`${e.trace.traceId}/${e.tool?.callId}`));
    expect(report.callsWithoutResults.rows.map((c) => c.id).sort()).toEqual(orphans.map((e) => e.id).sort());
    expect(orphans.length).toBeGreaterThan(0);
    expect(report.stoppedReporting.map((s) => s.name)).toEqual(expect.arrayContaining(['bank-bot', 'claims-bot', 'clinic-bot', 'crm-mcp']));
  });
});

describe('several sources', () => {
  it('reads several folders as one, merged in time order', async () => {
    const report = await activityReport(combineSources([ledgerSource(dir), ledgerSource(dir2)]));
    expect(report.totals.events).toBe(rawEvents(dir).length + rawEvents(dir2).length);
    expect(report.coverage.sources.map((s) => s.label)).toEqual([dir, dir2]);
    expect(report.verification.ok).toBe(true);
    await expect(activityReport(combineSources([ledgerSource(dir), ledgerSource(dir)]))).rejects.toThrow(/exists in both/);
  });
});

describe('rendering', () => {
  it('escapes everything from the ledger in html and markdown', async () => {
    const hostile = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-report-xss-'));
    const auditor = createAuditor({ agent: { id: 'x' }, sink: fileLedger({ dir: hostile }), redactor: createRedactor({ pseudonymKey: keyring }) });
    auditor.record({ type: 'tool.call', session: '<script>alert(1)</script>', tool: { name: '<img src=x onerror=alert(1)>|*[a](http://evil)' }, decision: { action: '"><b>x</b>' } });
    await auditor.close();
    const report = await decisionReport(ledgerSource(hostile), { session: '<script>alert(1)</script>' });
    const html = renderReport(report, 'html');
    expect(html).not.toMatch(/<script|<img|<b>|onerror=alert\(1\)>/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/https?:\/\/(?!evil)/);
    expect(html).toContain("default-src 'none'");
    const md = renderReport(report, 'md');
    expect(md).not.toMatch(/<script|<img|(?<!\\)\]\(http/);
    fs.rmSync(hostile, { recursive: true, force: true });
  });
  it('markdown shows control characters visibly, one row per table row, and no stray backslash before figures', () => {
    const md = escapeMarkdown('a\n| forged | row |\r\u001b[31m\u0085');
    expect(md).toBe('a\\\\n\\| forged \\| row \\|\\\\r\\\\x1b\\[31m\\\\x85');
    expect(md).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(escapeMarkdown('83.3%')).toBe('83.3%');
    expect(escapeMarkdown('1. item')).toBe('\\1. item');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('-5')).toBe('-5');
  });
});

describe('subject: exact actors and whole values', () => {
  it('--actor matches actor.id exactly, never as a substring, and never rewrites the report itself', async () => {
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-report-actor-'));
    const auditor = createAuditor({ agent: { id: 'x' }, sink: fileLedger({ dir: own }), redactor: createRedactor({ pseudonymKey: keyring }) });
    auditor.record({ type: 'message.user', session: 'portal-session-8812', actor: { id: 'ok', type: 'user' }, content: { input: 'okay, this is ok' } });
    auditor.record({ type: 'tool.call', session: 'other-8812', actor: { id: 'okapi', type: 'user' }, tool: { name: 'lookup_bob@example.net', arguments: { note: 'ok by me, 8812' } } });
    auditor.record({ type: 'tool.call', session: 's', actor: { id: 'ok', type: 'user' }, tool: { name: 'lookup_bob@example.net', arguments: {} } });
    await auditor.close();
    for (const id of ['e', '8812', 'ok']) {
      const report = await subjectReport(ledgerSource(own), { actor: id, keyring });
      expect(report.verification.ok).toBe(true);
      expect(renderReport(report, 'md')).not.toContain('VERIFICATION FAILED');
      const expected = id === 'ok' ? 2 : 0;
      expect([id, report.events.total, report.events.rows.every((r) => r.matchedBy.join() === 'actor')]).toEqual([id, expected, true]);
    }
    const report = await subjectReport(ledgerSource(own), { actor: 'ok', keyring });
    const text = JSON.stringify(report.events.rows);
    expect(text).toContain('"okay, this is [subject]"');
    // Other people's data in fields the redactor leaves alone (a tool name) is masked too.
    expect(JSON.stringify(report)).not.toContain('bob@example.net');
    expect(Object.keys(report.summary.tools)).toEqual(['[EMAIL:other]']);
    fs.rmSync(own, { recursive: true, force: true });
  });

  it('--value finds a missed raw value by its normalised form (a card with or without spaces), and an unknown value only as a whole token', async () => {
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-report-value-'));
    // A redactor that keeps everything: what a missed value looks like in the ledger.
    const auditor = createAuditor({ agent: { id: 'x' }, sink: fileLedger({ dir: own }), redactor: { redact: (event) => ({ event }) } });
    auditor.record({ type: 'message.user', session: 'a', content: { input: 'card 4111 1111 1111 1111 please' } });
    auditor.record({ type: 'message.user', session: 'b', content: { input: 'card 4111111111111111' } });
    auditor.record({ type: 'message.user', session: 'portal-session-ZX81', content: { input: 'nothing here' } });
    auditor.record({ type: 'message.user', session: 'c', content: { input: 'code ZX81 given' } });
    await auditor.close();
    for (const value of ['4111111111111111', '4111 1111 1111 1111']) {
      const report = await subjectReport(ledgerSource(own), { value, keyring });
      expect([value, report.events.rows.map((r) => r.session), report.summary.rawOccurrences]).toEqual([value, ['a', 'b'], 2]);
      // Outside event ids and digests, whose random hex holds `4111` now and then.
      expect(JSON.stringify(report).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b[0-9a-f]{32,}\b/g, '[id]')).not.toMatch(/4111/);
    }
    const token = await subjectReport(ledgerSource(own), { value: 'ZX81', keyring });
    expect(token.events.rows.map((r) => r.session)).toEqual(['c']);
    fs.rmSync(own, { recursive: true, force: true });
  });
});

describe('parseTimeSpec', () => {
  const now = new Date('2026-11-30T12:34:56.000Z');
  it('reads relative times, named days and ISO forms', () => {
    expect(parseTimeSpec('24h', now).toISOString()).toBe('2026-11-29T12:34:56.000Z');
    expect(parseTimeSpec('7d', now).toISOString()).toBe('2026-11-23T12:34:56.000Z');
    expect(parseTimeSpec('yesterday', now).toISOString()).toBe('2026-11-29T00:00:00.000Z');
    expect(parseTimeSpec('today', now).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(parseTimeSpec('2026-11-01', now).toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(parseTimeSpec('2026-11-01T08:00', now).toISOString()).toBe('2026-11-01T08:00:00.000Z');
    expect(parseTimeSpec('2026-11-01T08:00:00+02:00', now).toISOString()).toBe('2026-11-01T06:00:00.000Z');
  });
  it('rejects anything else with a clear message', () => {
    for (const bad of ['', 'soon', '24', '2026-13-45', '-1h', '1y']) expect(() => parseTimeSpec(bad, now)).toThrow(/not a time/);
  });
  it('rejects impossible calendar dates and clock times instead of rolling them over', () => {
    for (const bad of ['2026-02-30', '2026-02-29', '2026-04-31T10:00', '2026-11-30T24:00', '2026-11-30T12:60Z', '2026-11-30T12:00:60Z']) expect(() => parseTimeSpec(bad, now)).toThrow(/not a time/);
    expect(parseTimeSpec('2028-02-29', now).toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });
});
