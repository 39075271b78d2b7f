// A JSON endpoint for fault tests. It keeps every event it is sent, duplicates included, in
// arrival order (no de-duplication that would hide a re-send), notes which requests it
// acknowledged, and can refuse, fail or hang on command.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AuditEvent } from '@agent-audit/core';

export type Mode = 'ok' | 'error500' | 'hang';

export interface Receiver {
  port: number;
  url: string;
  /** Every event committed, in arrival order, duplicates kept. */
  received: AuditEvent[];
  /** The events of requests answered 200, in arrival order, duplicates kept. */
  acknowledged: AuditEvent[];
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
    received: [],
    acknowledged: [],
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
          receiver.received.push(...events);
          if (receiver.mode === 'hang') {
            receiver.counts.hung++;
            return;
          }
          if (receiver.onBatch?.(events, receiver.counts.requests) === false) return;
          receiver.acknowledged.push(...events);
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

/** Ids that occur more than once in `events`, with their counts. */
export function repeatedIds(events: readonly AuditEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.id, (counts.get(event.id) ?? 0) + 1);
  for (const [id, n] of counts) if (n === 1) counts.delete(id);
  return counts;
}

/**
 * The first copy of each id, in arrival order: what a sink that follows the EventSink contract
 * (ignore ids it already has) ends up storing. Never sorted, so an ordering bug still shows.
 */
export function firstCopies(events: readonly AuditEvent[]): AuditEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => !seen.has(e.id) && seen.add(e.id));
}
