import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { ExactIdTransport, unmarkResponse } from './exact-id-http.js';
import { idToPlaceholder, mapIds, parseBody, placeholderToId } from './exact-ids.js';

async function serveOnce(respond: (res: ServerResponse) => void): Promise<{ text: string; headers: Headers }> {
  const server = createServer((_req, res) => {
    unmarkResponse(res);
    respond(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    return { text: await response.text(), headers: response.headers };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('big ids over HTTP', () => {
  it('reads a batch body with each big id exact', () => {
    const body = parseBody('[{"jsonrpc":"2.0","id":9007199254740993,"method":"ping"}, {"jsonrpc":"2.0","id":2,"method":"ping"},{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":-9007199254740995}}]') as Array<Record<string, any>>;
    expect(body.map((m) => m.id)).toEqual([9007199254740993n, 2, undefined]);
    expect(body[2]!.params.requestId).toBe(-9007199254740995n);
    expect(parseBody('{"jsonrpc":"2.0","id":9007199254740993,"method":"ping"}')).toMatchObject({ id: 9007199254740993n });
    expect(() => parseBody('[{"id":1}')).toThrow(SyntaxError);
  });

  it('turns big ids into placeholder strings and back, leaving other ids alone', () => {
    const message = { jsonrpc: '2.0', id: 9007199254740993n, method: 'ping' };
    const placed = mapIds(message, idToPlaceholder) as { id: unknown };
    expect(typeof placed.id).toBe('string');
    expect(mapIds(placed, placeholderToId)).toEqual(message);
    const plain = { jsonrpc: '2.0', id: 7, method: 'ping' };
    expect(mapIds(plain, idToPlaceholder)).toBe(plain);
    expect(placeholderToId('9007199254740993')).toBe('9007199254740993');
  });

  it('writes the digits into the response, content-length or not', async () => {
    const wire = idToPlaceholder(9007199254740993n) as string;
    const json = JSON.stringify({ jsonrpc: '2.0', id: wire, result: {} });
    const fixed = await serveOnce((res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(json)) });
      res.end(new TextEncoder().encode(json));
    });
    expect(fixed.text).toBe('{"jsonrpc":"2.0","id":9007199254740993,"result":{}}');
    const sse = await serveOnce((res) => {
      res.setHeader('content-length', '9999');
      res.writeHead(200, 'OK', ['content-type', 'text/event-stream', 'Content-Length', '9999']);
      res.write(`event: message\ndata: ${json}\n\n`, 'utf8');
      res.write(new TextEncoder().encode(`event: message\ndata: ${JSON.stringify({ jsonrpc: '2.0', id: 'plain', result: {} })}\n\n`));
      res.end();
    });
    expect(sse.text).toBe('event: message\ndata: {"jsonrpc":"2.0","id":9007199254740993,"result":{}}\n\nevent: message\ndata: {"jsonrpc":"2.0","id":"plain","result":{}}\n\n');
  });

  it('hands the session bigint ids and the SDK transport placeholders', async () => {
    const sent: Array<{ message: JSONRPCMessage; related: unknown }> = [];
    const inner: Transport = {
      async start() {},
      async close() {},
      async send(message, options) {
        sent.push({ message, related: options?.relatedRequestId });
      },
    };
    const outer = new ExactIdTransport(inner);
    const seen: unknown[] = [];
    outer.onmessage = (message) => seen.push((message as { id?: unknown }).id);
    await outer.start();
    const wire = idToPlaceholder(9007199254740993n) as string;
    inner.onmessage!({ jsonrpc: '2.0', id: wire, method: 'ping' });
    inner.onmessage!({ jsonrpc: '2.0', id: 'other', method: 'ping' });
    expect(seen).toEqual([9007199254740993n, 'other']);
    await outer.send({ jsonrpc: '2.0', id: 9007199254740993n as unknown as number, result: {} });
    await outer.send({ jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 1, progress: 1 } }, { relatedRequestId: 9007199254740993n as unknown as number });
    expect(sent.map((s) => (s.message as { id?: unknown }).id)).toEqual([wire, undefined]);
    expect(sent[1]!.related).toBe(wire);
  });
});
