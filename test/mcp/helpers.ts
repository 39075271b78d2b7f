import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';
import { createAuditor, fileLedger, readEvents, verifyLedger } from '@agent-audit/core';
import type { AuditEvent, Auditor } from '@agent-audit/core';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { CreateMessageRequestSchema, ElicitRequestSchema, ListRootsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import type { McpProxy } from '@agent-audit/mcp-proxy';

const root = resolve(import.meta.dirname, '../..');
const servers = join(root, 'packages/mcp-proxy/node_modules/@modelcontextprotocol');
export const EVERYTHING = join(servers, 'server-everything/dist/index.js');
export const MEMORY = join(servers, 'server-memory/dist/index.js');
export const FILESYSTEM = join(servers, 'server-filesystem/dist/index.js');
export const HOSTILE = join(root, 'test/mcp/fixtures/hostile-server.mjs');

export interface AuditHarness {
  auditor: Auditor;
  dir: string;
  errors: Error[];
  /** Flushes and returns every event of the stream. */
  events(): Promise<AuditEvent[]>;
  /** Closes the auditor and verifies the whole ledger. */
  verify(): Promise<Awaited<ReturnType<typeof verifyLedger>>>;
  cleanup(): void;
}

export function auditHarness(stream = 'mcp-test'): AuditHarness {
  const dir = mkdtempSync(join(tmpdir(), 'mcp-proxy-ledger-'));
  const keyDir = mkdtempSync(join(tmpdir(), 'mcp-proxy-keys-'));
  const errors: Error[] = [];
  const auditor = createAuditor({ agent: { id: 'mcp-test' }, stream, sink: fileLedger({ dir: join(dir, 'ledger'), keyDir, fsync: false }), onError: (e) => errors.push(e) });
  return {
    auditor,
    dir: join(dir, 'ledger'),
    errors,
    async events() {
      await auditor.flush();
      const out: AuditEvent[] = [];
      for await (const event of readEvents(join(dir, 'ledger'), { stream })) out.push(event);
      return out;
    },
    async verify() {
      await auditor.close();
      return verifyLedger(join(dir, 'ledger'));
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
      rmSync(keyDir, { recursive: true, force: true });
    },
  };
}

export const SAMPLED = { model: 'test-model-1', role: 'assistant' as const, content: { type: 'text' as const, text: 'sampled answer' }, stopReason: 'endTurn' };

/** An SDK client that can answer sampling, elicitation and roots requests. */
export function testClient(seen: { sampling: unknown[]; elicitation: unknown[]; roots: number } = { sampling: [], elicitation: [], roots: 0 }): Client {
  const client = new Client(
    { name: 'audit-test-client', version: '1.2.3' },
    { capabilities: { sampling: {}, elicitation: { form: {} }, roots: { listChanged: true } } },
  );
  client.setRequestHandler(CreateMessageRequestSchema, async (request) => {
    seen.sampling.push(request.params);
    return SAMPLED;
  });
  client.setRequestHandler(ElicitRequestSchema, async (request) => {
    seen.elicitation.push(request.params);
    return { action: 'accept', content: { name: 'Ada Lovelace', check: true } };
  });
  client.setRequestHandler(ListRootsRequestSchema, async () => {
    seen.roots++;
    return { roots: [{ uri: `file://${tmpdir()}`, name: 'tmp' }] };
  });
  return client;
}

/** Connects a client to the proxy in-process (the proxy still spawns real upstream servers). */
export async function connectInMemory(proxy: McpProxy, client: Client): Promise<void> {
  const [clientSide, proxySide] = InMemoryTransport.createLinkedPair();
  await proxy.connect(proxySide);
  await client.connect(clientSide);
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
    server.on('error', reject);
  });
}

export function byType(events: AuditEvent[], type: string): AuditEvent[] {
  return events.filter((e) => e.type === type);
}

/** Every parentSpanId names a span with an event of its own, unless it came from the caller's traceparent. */
export function danglingParents(events: AuditEvent[], external: Set<string> = new Set()): AuditEvent[] {
  const spans = new Set(events.map((e) => e.trace.spanId));
  return events.filter((e) => e.trace.parentSpanId !== undefined && !spans.has(e.trace.parentSpanId) && !external.has(e.trace.parentSpanId));
}
