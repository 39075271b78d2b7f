import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../spec/event.js';
import { httpSink, idempotencyKey } from './http-sink.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => { s.closeAllConnections(); s.close(r); })));
});

async function serve(handler: (req: IncomingMessage, body: string) => { status: number; delayMs?: number }): Promise<{ url: string; requests: Array<{ headers: IncomingMessage['headers']; body: string }> }> {
  const requests: Array<{ headers: IncomingMessage['headers']; body: string }> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      requests.push({ headers: req.headers, body });
      const { status, delayMs = 0 } = handler(req, body);
      setTimeout(() => res.writeHead(status).end(), delayMs);
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/ingest`, requests };
}

const events = [
  { id: '01J0000000000000000000000A', seq: 0, stream: 's' },
  { id: '01J0000000000000000000000B', seq: 1, stream: 's' },
] as unknown as AuditEvent[];

describe('httpSink', () => {
  it('posts JSON with bearer auth and idempotency headers', async () => {
    const { url, requests } = await serve(() => ({ status: 202 }));
    await httpSink({ url, token: 'sekret' }).write(events);
    const [request] = requests;
    expect(request?.headers.authorization).toBe('Bearer sekret');
    expect(request?.headers['idempotency-key']).toBe(idempotencyKey(events));
    expect(request?.headers['x-agent-audit-event-ids']).toBe(events.map((e) => e.id).join(','));
    expect(JSON.parse(request!.body).events.map((e: AuditEvent) => e.id)).toEqual(events.map((e) => e.id));
    await httpSink({ url }).write(events.slice(0, 1));
    expect(requests[1]?.headers['idempotency-key']).toBe(events[0]!.id);
    expect(requests[1]?.headers.authorization).toBeUndefined();
  });

  it('posts one event per line in ndjson format, and checkpoints to checkpointsUrl', async () => {
    const { url, requests } = await serve(() => ({ status: 200 }));
    const sink = httpSink({ url, format: 'ndjson', checkpointsUrl: '/checkpoints' });
    await sink.write(events);
    expect(requests[0]?.headers['content-type']).toBe('application/x-ndjson');
    expect(requests[0]?.body.trim().split('\n').map((line) => JSON.parse(line).id)).toEqual(events.map((e) => e.id));
    await sink.writeCheckpoints!([{ stream: 's', size: 2, root: 'ab'.repeat(32), ts: '2026-01-01T00:00:00.000Z', note: 'n' }]);
    expect(JSON.parse(requests[1]!.body)).toEqual({ checkpoints: [{ stream: 's', size: 2, root: 'ab'.repeat(32), ts: '2026-01-01T00:00:00.000Z', note: 'n' }] });
  });

  it('classifies 5xx and 429 as retryable, other 4xx as not, and never puts the token in errors', async () => {
    let status = 500;
    const { url } = await serve(() => ({ status }));
    const sink = httpSink({ url, token: 'sekret' });
    await expect(sink.write(events)).rejects.toMatchObject({ retryable: true, code: 'http_500' });
    status = 429;
    await expect(sink.write(events)).rejects.toMatchObject({ retryable: true });
    status = 401;
    const error = await sink.write(events).catch((e: Error) => e);
    expect(error).toMatchObject({ retryable: false, code: 'http_401' });
    expect(String((error as Error).message)).not.toContain('sekret');
  });

  it('fails a request that exceeds the timeout as retryable', async () => {
    // Fixed delays on purpose: the sink's timeoutMs is the feature under test. The server's
    // answer (2 s) is armed after the sink's 100 ms timer in this same process, so that timer
    // always fires first, however slow the machine.
    const { url } = await serve(() => ({ status: 200, delayMs: 2_000 }));
    await expect(httpSink({ url, timeoutMs: 100 }).write(events)).rejects.toMatchObject({ retryable: true, code: 'sink_timeout' });
  });

  it('never puts the URL\'s path or query in errors (a Slack/Discord/Teams webhook carries its secret there): its origin only', async () => {
    const { url } = await serve(() => ({ status: 500 }));
    const secret = `${url.replace('/ingest', '')}/services/T000/B000/XOXSECRETPATH?token=tok-123`;
    const answered = await httpSink({ url: secret }).write(events).catch((e: Error) => e);
    expect((answered as Error).message).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/… answered 500/);
    const refused = await httpSink({ url: 'http://127.0.0.1:1/api/webhooks/123/DISCORDTOKEN' }).write(events).catch((e: Error) => e);
    expect((refused as Error).message).toMatch(/^POST http:\/\/127\.0\.0\.1:1\/… failed/);
    for (const error of [answered, refused]) expect((error as Error).message).not.toMatch(/XOXSECRETPATH|tok-123|DISCORDTOKEN|services|webhooks/);
  });

  it('reports a refused connection as retryable', async () => {
    await expect(httpSink({ url: 'http://127.0.0.1:1/x' }).write(events)).rejects.toMatchObject({ retryable: true, code: 'sink_unreachable' });
  });

  it('refuses to send a bearer token over plain http to a remote host', () => {
    expect(() => httpSink({ url: 'http://siem.example.com/ingest', token: 't' })).toThrow(/plain http/);
    expect(() => httpSink({ url: 'http://siem.example.com/ingest', token: 't', allowInsecureHttp: true })).not.toThrow();
    expect(() => httpSink({ url: 'https://user:pw@siem.example.com/ingest', token: 't' })).not.toThrow();
  });
});
