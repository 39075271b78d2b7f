// A JSON endpoint for fault tests: stores events by id (idempotent, like a real SIEM dedup
// key), counts every delivery, and can refuse, fail or hang on command.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AuditEvent } from '@agent-audit/core';

export type Mode = 'ok' | 'error500' | 'hang';

export interface Receiver {
  port: number;
  url: string;
  stored: Map<string, AuditEvent>;
  checkpoints: Map<string, { stream: string; size: number; root: string; ts: string; note: string }>;
  counts: { requests: number; delivered: number; error500: number; hung: number; unauthorized: number };
  mode: Mode;
  /** Called for each accepted events request after it is stored, before answering. Return false to not answer. */
  onBatch?: (events: AuditEvent[], requestNo: number) => boolean | void;
  listen(): Promise<void>;
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

export async function createReceiver(options: { port?: number; token?: string } = {}): Promise<Receiver> {
  const port = options.port ?? (await freePort());
  let server: Server | undefined;
  const receiver: Receiver = {
    port,
    url: `http://127.0.0.1:${port}/ingest`,
    stored: new Map(),
    checkpoints: new Map(),
    counts: { requests: 0, delivered: 0, error500: 0, hung: 0, unauthorized: 0 },
    mode: 'ok',
    async listen() {
      server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          receiver.counts.requests++;
          if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
            receiver.counts.unauthorized++;
            res.writeHead(401).end();
            return;
          }
          if (receiver.mode === 'error500') {
            receiver.counts.error500++;
            res.writeHead(500).end();
            return;
          }
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { events?: AuditEvent[]; checkpoints?: Array<{ stream: string; size: number; root: string; ts: string; note: string }> };
          if (req.url === '/checkpoints') {
            for (const c of body.checkpoints ?? []) receiver.checkpoints.set(`${c.stream}@${c.size}`, c);
            res.writeHead(200).end();
            return;
          }
          // A hanging endpoint may still have committed the batch: the realistic lost-ack case.
          const events = body.events ?? [];
          receiver.counts.delivered += events.length;
          for (const event of events) if (!receiver.stored.has(event.id)) receiver.stored.set(event.id, event);
          if (receiver.mode === 'hang') {
            receiver.counts.hung++;
            return;
          }
          if (receiver.onBatch?.(events, receiver.counts.requests) === false) return;
          res.writeHead(200).end();
        });
      });
      await new Promise<void>((r) => server!.listen(port, '127.0.0.1', r));
    },
    async close() {
      if (!server) return;
      server.closeAllConnections();
      await new Promise((r) => server!.close(r));
      server = undefined;
    },
  };
  return receiver;
}

/** Events of every stream sorted for verification (stream, then seq). */
export function sortedForVerify(events: Iterable<AuditEvent>): AuditEvent[] {
  return [...events].sort((a, b) => (a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : a.seq - b.seq));
}
