import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { combineSources, createAuditor, fileLedger, generateSignerKey, ledgerSource, proveEvent, queryLedger, verifyInclusionBundle, type AuditEvent, type ReportSource } from '@agent-audit/core';
import { bundleFailure, chartData, proveFromSource, startUiServer } from './server.js';
import { indexRow, type IndexRow } from './event-index.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-ui-server-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('proveFromSource (a stream no folder of the view holds)', () => {
  it('gives the bundle proveEvent gives, from the stored lines and checkpoints of any source', async () => {
    const dir = path.join(root, 'ledger');
    const auditor = createAuditor({ agent: { id: 'proof-bot' }, sink: fileLedger({ dir, checkpointEvery: 8 }) });
    for (let i = 0; i < 21; i++) auditor.record({ type: 'tool.call', tool: { name: `t-${i}` } });
    await auditor.close();
    const events: AuditEvent[] = [];
    for await (const event of queryLedger(dir)) events.push(event);
    // Only the ReportSource methods (no proveEvent of its own): what a combined folder + PostgreSQL source offers.
    const source: ReportSource = ledgerSource(dir);
    const key = fs.readFileSync(path.join(dir, 'verifier.key'), 'utf8').trim().split('\n')[0] as string;
    for (const event of [events[0], events[9], events[20]] as AuditEvent[]) {
      const bundle = await proveFromSource(source, event.id, event.stream);
      expect(bundle).toEqual(await proveEvent(dir, event.id, { stream: event.stream }));
      expect(verifyInclusionBundle(bundle, { verifierKey: key })).toMatchObject({ ok: true });
    }
    await expect(proveFromSource(source, '01ARZ3NDEKTSV4RRFFQ69G5FAV', 'proof-bot')).rejects.toMatchObject({ status: 404 });
    await expect(proveFromSource(source, (events[0] as AuditEvent).id, 'no-such-stream')).rejects.toMatchObject({ status: 404 });
    // A source whose lines do not lead to its signed root: refused, not shown.
    const forged: ReportSource = {
      ...source,
      checkpoints: async (stream) => (await source.checkpoints(stream)).map((c) => ({ ...c, root: '0'.repeat(64) })),
    };
    await expect(proveFromSource(forged, (events[3] as AuditEvent).id, 'proof-bot')).rejects.toMatchObject({ status: 409 });
  });
});

describe('the inclusion proof the view shows (tester finding 1)', () => {
  it('is checked as verify-proof checks it: an event line edited after its hash was written is NOT proven, with the reason', async () => {
    const dir = path.join(root, 'tampered');
    const auditor = createAuditor({ agent: { id: 'claims' }, sink: fileLedger({ dir }) });
    for (const amount of [100, 1800, 300]) auditor.record({ type: 'tool.call', tool: { name: 'refund', arguments: { amount } } });
    await auditor.close();
    const events: AuditEvent[] = [];
    for await (const event of queryLedger(dir)) events.push(event);
    const target = events[1] as AuditEvent;
    const clean = await proveEvent(dir, target.id);
    expect(bundleFailure(clean)).toBeUndefined();
    expect(bundleFailure(clean, [generateSignerKey('someone-else').verifierKey])).toMatch(/^checkpoint signature/);
    const segment = path.join(dir, 'streams', 'claims', fs.readdirSync(path.join(dir, 'streams', 'claims')).find((f) => f.endsWith('.jsonl')) as string);
    fs.writeFileSync(segment, fs.readFileSync(segment, 'utf8').replace('"amount":1800', '"amount":18000'));
    const tampered = await proveEvent(dir, target.id);
    expect(bundleFailure(tampered)).toBe('the event line does not match its hash');
    // Without any key (a PostgreSQL bundle, nothing pinned) the line and the path are still checked.
    const { verifierKey: _key, ...keyless } = tampered;
    expect(bundleFailure(keyless)).toBe('the event line does not match its hash');
    const { verifierKey: _k2, ...keylessClean } = clean;
    expect(bundleFailure(keylessClean)).toBeUndefined();
    expect(bundleFailure({ ...keylessClean, proof: keylessClean.proof.map(() => '0'.repeat(64)) })).toBe('the inclusion path does not lead to the signed root');

    const server = await startUiServer({ source: ledgerSource(dir), folders: [dir], assetsDir: assets() });
    try {
      const ask = (id: string) => fetch(`${server.url.split('#')[0]}api/proof?id=${id}&stream=claims`, { headers: { authorization: `Bearer ${server.token}` } });
      const bad = await ask(target.id);
      expect(bad.status).toBe(409);
      expect(await bad.json()).toMatchObject({ notProven: true, reason: 'the event line does not match its hash' });
      const good = await ask((events[2] as AuditEvent).id);
      expect(good.status).toBe(200);
      expect(await good.json()).toMatchObject({ leafIndex: 2 });
    } finally {
      await server.close();
    }
  });
});

/** A stand-in for the built app (the server only reads the two files). */
function assets(): string {
  const dir = path.join(root, 'assets');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'app.js'), '');
  fs.writeFileSync(path.join(dir, 'app.css'), '');
  return dir;
}

describe('chartData (tester finding 5)', () => {
  it('counts data access by the classes events carry, whatever their type', async () => {
    const base = { v: 1, id: '01ARZ3NDEKTSV4RRFFQ69G5FAV', ts: '2026-11-30T10:00:00.000Z', stream: 's', agent: { id: 'a' }, trace: { traceId: 'f'.repeat(32), spanId: '1'.repeat(16) }, outcome: 'success', hash: '', prev: '' };
    const rows = [
      { ...base, seq: 0, type: 'message.user', data: { classes: ['pii.email', 'pii.person'] } },
      { ...base, seq: 1, type: 'tool.call', data: { classes: ['financial.iban', 'pii.email'] } },
      { ...base, seq: 2, type: 'data.access' },
      { ...base, seq: 3, type: 'model.request' },
    ].map((e) => indexRow(e as unknown as AuditEvent) as IndexRow);
    const charts = await chartData(undefined as unknown as ReportSource, {}, rows);
    expect(charts.dataClasses).toEqual([['pii.email', 2], ['(unclassified)', 1], ['financial.iban', 1], ['pii.person', 1]]);
  });
});

describe('the server edge (tester finding 6)', () => {
  const ask = (url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end(options.body);
    });

  it('refuses a Host that is not its loopback address, takes the bearer scheme in any case, and the raw subject value only in a POST body', async () => {
    const dir = path.join(root, 'edge');
    const auditor = createAuditor({ agent: { id: 'edge-bot' }, sink: fileLedger({ dir }) });
    auditor.record({ type: 'tool.call', actor: { id: 'u-1' }, tool: { name: 't' } });
    await auditor.close();
    const server = await startUiServer({ source: ledgerSource(dir), folders: [dir], assetsDir: assets(), keysDir: path.join(root, 'no-keys') });
    try {
      const base = server.url.split('#')[0] as string;
      const port = new URL(base).port;
      const auth = { authorization: `Bearer ${server.token}` };
      expect((await ask(`${base}api/index`, { headers: auth })).status).toBe(200);
      expect((await ask(`${base}api/index`, { headers: { ...auth, host: `localhost:${port}` } })).status).toBe(200);
      // DNS rebinding: a name that resolves here, but is not ours.
      expect((await ask(`${base}api/index`, { headers: { ...auth, host: `evil.example:${port}` } })).status).toBe(421);
      expect((await ask(base, { headers: { host: `evil.example:${port}` } })).status).toBe(421);
      // RFC 7235: the scheme is case-insensitive.
      for (const scheme of ['bearer', 'BEARER', 'Bearer']) expect((await ask(`${base}api/index`, { headers: { authorization: `${scheme} ${server.token}` } })).status).toBe(200);
      expect((await ask(`${base}api/index`, { headers: { authorization: `Basic ${server.token}` } })).status).toBe(401);
      // The raw value is refused in a query string, taken in a JSON body; nothing else is writable.
      const inQuery = await ask(`${base}api/report?kind=subject&value=a%40example.com`, { headers: auth });
      expect(inQuery.status).toBe(400);
      expect(inQuery.body).toMatch(/POST body/);
      const inBody = await ask(`${base}api/report`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'subject', value: 'a@example.com' }) });
      // No pseudonym key in keysDir: the report itself is refused (409), after the body was read and accepted.
      expect(inBody.status).toBe(409);
      expect(inBody.body).not.toContain('a@example.com');
      const actor = await ask(`${base}api/report`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'activity', format: 'doc' }) });
      expect(actor.status).toBe(200);
      expect((await ask(`${base}api/report`, { method: 'POST', headers: { ...auth, 'content-type': 'text/plain' }, body: '{}' })).status).toBe(415);
      expect((await ask(`${base}api/index`, { method: 'POST', headers: auth })).status).toBe(405);
      expect((await ask(`${base}api/report`, { method: 'PUT', headers: auth })).status).toBe(405);
      expect((await ask(`${base}api/report`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"kind":"activity"}' })).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('accepts any Host when --host was given', async () => {
    const dir = path.join(root, 'edge');
    const server = await startUiServer({ source: ledgerSource(dir), folders: [dir], assetsDir: assets(), host: '127.0.0.1' });
    try {
      const base = server.url.split('#')[0] as string;
      expect((await ask(`${base}api/index`, { headers: { authorization: `Bearer ${server.token}`, host: 'audit.internal:80' } })).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('refuses at start two sources holding the same stream name (tester finding 4)', async () => {
    const a = path.join(root, 'conflict-a');
    const b = path.join(root, 'conflict-b');
    for (const dir of [a, b]) {
      const auditor = createAuditor({ agent: { id: 'same-bot' }, sink: fileLedger({ dir }) });
      auditor.record({ type: 'tool.call', tool: { name: 't' } });
      await auditor.close();
    }
    await expect(startUiServer({ source: combineSources([ledgerSource(a), ledgerSource(b)]), folders: [a, b], assetsDir: assets() })).rejects.toMatchObject({ code: 'stream_conflict' });
  });
});

describe('the read side probe of 2026-12-06', () => {
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const raw = (url: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const req = http.request(url, { headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it('F3: carries the token in no cookie: the URL has it in its fragment, only the bearer header opens the API, the shell holds no data', async () => {
    const dir = path.join(root, 'f3');
    const auditor = createAuditor({ agent: { id: 'f3-secret-bot' }, sink: fileLedger({ dir }) });
    auditor.record({ type: 'tool.call', tool: { name: 'f3-tool' } });
    await auditor.close();
    const server = await startUiServer({ source: ledgerSource(dir), folders: [dir], assetsDir: assets() });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/);
      const base = server.url.split('#')[0] as string;
      // The page with the token in the query (as the old URL had it): no cookie is set.
      const page = await raw(`${base}?token=${server.token}`);
      expect(page.status).toBe(200);
      expect(page.headers['set-cookie']).toBeUndefined();
      // The shell and the assets are served without the token, and hold nothing of the ledger.
      for (const target of [base, `${base}index.html`, `${base}assets/app.js`, `${base}assets/app.css`]) {
        const answer = await raw(target);
        expect(answer.status, target).toBe(200);
        expect(answer.headers['set-cookie']).toBeUndefined();
        expect(answer.body).not.toContain('f3-secret-bot');
        expect(answer.headers['content-security-policy']).toContain("default-src 'none'");
      }
      // The API: the bearer header only; a cookie or a query token (what another port's server could get, or logs keep) is refused.
      expect((await raw(`${base}api/traces`, auth(server.token))).status).toBe(200);
      for (const name of ['agent_audit_ui', `agent_audit_ui_${new URL(base).port}`]) expect((await raw(`${base}api/traces`, { cookie: `${name}=${server.token}` })).status).toBe(401);
      expect((await raw(`${base}api/traces?token=${server.token}`)).status).toBe(401);
      const denied = await raw(`${base}api/traces`);
      expect(denied.status).toBe(401);
      expect(denied.body).not.toContain('f3-secret-bot');
    } finally {
      await server.close();
    }
  });

  it('F8: lists as alerts only the monitor\'s records in its alerts stream; an agent\'s forged alert.raised is answered apart, with its stream', async () => {
    const dir = path.join(root, 'f8');
    const alert = (summary: string) => ({ type: 'alert.raised' as const, decision: { action: 'alert', policy: 'denials' }, attrs: { alert: { rule: 'denials', severity: 'critical', summary, agent: 'x', count: 1, window: { from: new Date().toISOString(), to: new Date().toISOString() }, eventIds: [] } } });
    const monitor = createAuditor({ agent: { id: 'agent-audit-monitor', name: 'agent-audit watch' }, stream: 'alerts', source: 'agent-audit', sink: fileLedger({ dir }) });
    monitor.record(alert('the real alert'));
    await monitor.close();
    // An agent writes alert.raised as the monitor, in its own stream; another under its own name.
    const forger = createAuditor({ agent: { id: 'agent-audit-monitor', name: 'agent-audit watch' }, stream: 'sneaky', sink: fileLedger({ dir }) });
    forger.record(alert('FAKE: all ledgers verified'));
    await forger.close();
    const other = createAuditor({ agent: { id: 'ward-bot' }, sink: fileLedger({ dir }) });
    other.record(alert('FAKE 2: nothing to see'));
    await other.close();
    const server = await startUiServer({ source: ledgerSource(dir), folders: [dir], assetsDir: assets() });
    try {
      const base = server.url.split('#')[0] as string;
      const answer = JSON.parse((await raw(`${base}api/alerts`, auth(server.token))).body) as { events: AuditEvent[]; total: number; others: { events: AuditEvent[]; total: number }; untrusted?: string };
      const summaries = (list: AuditEvent[]) => list.map((e) => (e.attrs as { alert: { summary: string } }).alert.summary).sort();
      expect(summaries(answer.events)).toEqual(['the real alert']);
      expect(answer.total).toBe(1);
      expect(answer.others.total).toBe(2);
      expect(summaries(answer.others.events)).toEqual(['FAKE 2: nothing to see', 'FAKE: all ledgers verified']);
      expect(answer.others.events.map((e) => e.stream).sort()).toEqual(['sneaky', 'ward-bot']);
      expect(answer.untrusted).toBeUndefined();
    } finally {
      await server.close();
    }
    // Another writer in the monitor's own stream: nothing in it is trusted (docs/MONITORING.md).
    const intruder = createAuditor({ agent: { id: 'ward-bot' }, stream: 'alerts', sink: fileLedger({ dir }) });
    intruder.record(alert('FAKE 3: in the alerts stream'));
    await intruder.close();
    const again = await startUiServer({ source: ledgerSource(dir), folders: [dir], assetsDir: assets() });
    try {
      const base = again.url.split('#')[0] as string;
      const answer = JSON.parse((await raw(`${base}api/alerts`, auth(again.token))).body) as { events: AuditEvent[]; others: { total: number }; untrusted?: string };
      expect(answer.events).toEqual([]);
      expect(answer.others.total).toBe(4);
      expect(answer.untrusted).toMatch(/holds events of another writer \(agent "ward-bot"\)/);
    } finally {
      await again.close();
    }
  });

  it('F13: takes a text search in a POST body only, and says when it looks like personal data', async () => {
    const dir = path.join(root, 'f13');
    const auditor = createAuditor({ agent: { id: 'f13-bot' }, sink: fileLedger({ dir }) });
    auditor.record({ type: 'message.user', content: { input: 'write to maria.lopez@example.org about order 5521' } });
    await auditor.close();
    const server = await startUiServer({ source: ledgerSource(dir), folders: [dir], assetsDir: assets() });
    try {
      const base = server.url.split('#')[0] as string;
      for (const p of ['traces', 'charts', 'alerts']) {
        const inUrl = await raw(`${base}api/${p}?q=maria.lopez%40example.org`, auth(server.token));
        expect(inUrl.status, p).toBe(400);
        expect(inUrl.body).toMatch(/POST body/);
      }
      const post = (body: unknown) => fetch(`${base}api/traces`, { method: 'POST', headers: { ...auth(server.token), 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<{ total: number; searchHint?: { kinds: string[]; message: string } }>);
      const email = await post({ q: 'maria.lopez@example.org' });
      expect(email.total).toBe(0);
      expect(email.searchHint?.kinds).toEqual(['email']);
      expect(email.searchHint?.message).toMatch(/data subject report/);
      expect(email.searchHint?.message).not.toContain('maria');
      expect((await post({ q: '+44 20 7946 0958' })).searchHint?.kinds).toEqual(['phone']);
      expect((await post({ q: 'DE89 3704 0044 0532 0130 00' })).searchHint).toBeDefined();
      // Look-alikes that are no personal data: searched, no hint.
      for (const q of ['order 5521', 'issue_refund', 'v2.3.1', 'example.org']) {
        const answer = await post({ q });
        expect(answer.searchHint, q).toBeUndefined();
      }
      expect((await post({ q: 'order 5521' })).total).toBe(1);
      const charts = await fetch(`${base}api/charts`, { method: 'POST', headers: { ...auth(server.token), 'content-type': 'application/json' }, body: JSON.stringify({ q: 'maria.lopez@example.org' }) }).then((r) => r.json() as Promise<{ searchHint?: unknown }>);
      expect(charts.searchHint).toBeDefined();
    } finally {
      await server.close();
    }
  });

  it('D (re-check of the read-side probe): a symbolic link, a FIFO or a line that is no event in the ledger is left out of text search, which still works over the rest and says what it left out', async () => {
    const dir = path.join(root, 'd-links');
    for (const agent of ['ward-bot', 'desk-bot']) {
      const auditor = createAuditor({ agent: { id: agent }, sink: fileLedger({ dir }) });
      auditor.record({ type: 'message.user', content: { input: `order 7731 for ${agent}` } });
      await auditor.close();
    }
    const outside = path.join(root, 'd-outside');
    const stranger = createAuditor({ agent: { id: 'outside-bot' }, sink: fileLedger({ dir: outside }) });
    stranger.record({ type: 'message.user', content: { input: 'order 7731 from outside' } });
    await stranger.close();
    const outsideSegment = path.join(outside, 'streams', 'outside-bot', fs.readdirSync(path.join(outside, 'streams', 'outside-bot')).find((f) => f.endsWith('.jsonl')) as string);
    const ward = path.join(dir, 'streams', 'ward-bot');
    const desk = path.join(dir, 'streams', 'desk-bot');
    const segmentName = (n: number) => `${String(n).padStart(20, '0')}.jsonl`;
    // The kind: one entry of the ledger that its readers refuse (a link to a file outside, a FIFO, a line that is no event).
    fs.symlinkSync(outsideSegment, path.join(ward, segmentName(5)));
    execFileSync('mkfifo', [path.join(desk, segmentName(7))]);
    fs.writeFileSync(path.join(desk, segmentName(9)), 'not an event\n');
    const server = await startUiServer({ source: ledgerSource(dir), folders: [dir], assetsDir: assets() });
    try {
      const base = server.url.split('#')[0] as string;
      const post = async (p: string, body: unknown) => {
        const res = await fetch(`${base}api/${p}`, { method: 'POST', headers: { ...auth(server.token), 'content-type': 'application/json' }, body: JSON.stringify(body) });
        return { status: res.status, body: (await res.json()) as { total?: number; rows?: Array<{ agents: string[] }>; toolCalls?: unknown; hours?: number[]; index: { skipped: number; leftOut?: string[] }; error?: string } };
      };
      const found = await post('traces', { q: 'order 7731' });
      expect(found.status, found.body.error).toBe(200);
      // Both agents of the ledger are found; the linked file's agent is not read through the link.
      expect(found.body.rows?.flatMap((r) => r.agents).sort()).toEqual(['desk-bot', 'ward-bot']);
      expect(found.body.index.skipped).toBe(3);
      expect(found.body.index.leftOut).toEqual([
        `${path.join(desk, segmentName(7))}: a FIFO`,
        `${path.join(ward, segmentName(5))}: a symbolic link`,
      ]);
      // With another filter the index does not hold, and in the charts: the same.
      expect((await post('traces', { q: 'ward-bot', agent: 'ward-bot' })).body.total).toBe(1);
      expect((await post('traces', { q: 'from outside' })).body.total).toBe(0);
      const charts = await post('charts', { q: 'order 7731' });
      expect(charts.status, charts.body.error).toBe(200);
      expect(charts.body.hours?.length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });

  it('D look-alike: a ledger with nothing left out searches as before and names nothing', async () => {
    const dir = path.join(root, 'd-clean');
    const auditor = createAuditor({ agent: { id: 'clean-bot' }, sink: fileLedger({ dir }) });
    for (const word of ['alpha', 'beta', 'Alpha beta']) auditor.record({ type: 'message.user', content: { input: word } });
    await auditor.close();
    const server = await startUiServer({ source: ledgerSource(dir), folders: [dir], assetsDir: assets() });
    try {
      const base = server.url.split('#')[0] as string;
      const post = (body: unknown) => fetch(`${base}api/traces`, { method: 'POST', headers: { ...auth(server.token), 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<{ total: number; rows: Array<{ events: number }>; index: { skipped: number; leftOut?: string[] } }>);
      const alpha = await post({ q: 'ALPHA' });
      expect(alpha.rows.reduce((n, r) => n + r.events, 0)).toBe(2);
      expect(alpha.index).toMatchObject({ skipped: 0 });
      expect(alpha.index.leftOut).toBeUndefined();
      expect((await post({ q: 'gamma' })).total).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('F12: a stream whose only failure is a missing key is "unchecked", not invalid; a chain break behind it is still found', async () => {
    const dir = path.join(root, 'f12');
    const auditor = createAuditor({ agent: { id: 'f12-bot' }, sink: fileLedger({ dir, checkpointEvery: 2 }) });
    for (let i = 0; i < 6; i++) auditor.record({ type: 'tool.call', tool: { name: `t-${i}` } });
    await auditor.close();
    const folder = ledgerSource(dir);
    // What a PostgreSQL store read without --key answers: its checkpoints cannot be checked.
    const noKey: ReportSource = {
      ...folder,
      verify: async () => {
        const result = await folder.verify({});
        const reports = result.reports.map((r) => ({ ...r, failure: { stream: r.stream, seq: 1, reason: 'checkpoint 1 (size 2): no verifier key to check its signature' } }));
        return { ...result, ok: false, keySource: 'none', reports, firstFailure: reports[0]?.failure };
      },
    };
    const status = async (source: ReportSource) => {
      const server = await startUiServer({ source, folders: [dir], assetsDir: assets() });
      try {
        return JSON.parse((await raw(`${server.url.split('#')[0]}api/verify`, auth(server.token))).body) as { status: string; streams: Array<{ status: string; failure: { seq: number; reason: string } | null }> };
      } finally {
        await server.close();
      }
    };
    const clean = await status(noKey);
    expect(clean.status).toBe('unchecked');
    expect(clean.streams.map((s) => s.status)).toEqual(['unchecked']);
    // An event after the first checkpoint edited: the chain check finds it, the stream is invalid.
    const segment = path.join(dir, 'streams', 'f12-bot', fs.readdirSync(path.join(dir, 'streams', 'f12-bot')).find((f) => f.endsWith('.jsonl')) as string);
    fs.writeFileSync(segment, fs.readFileSync(segment, 'utf8').replace('"t-4"', '"t-9"'));
    const broken = await status(noKey);
    expect(broken.status).toBe('invalid');
    expect(broken.streams[0]).toMatchObject({ status: 'invalid', failure: { seq: 4 } });
  });
});
