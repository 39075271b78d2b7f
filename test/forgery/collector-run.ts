// One collector run of the forgery suites: start a collector on a durable, wait until it has been
// idle (no message for `quietMs`), stop it, and read what it recorded about the chains it verified.
import { queryPostgres } from '@agent-audit/postgres';
import { createCollector, type CollectorOptions } from '@agent-audit/nats';

/** What one run reported: streams still waiting for a seq, its `ledger.chain_break` events' attrs, and `idle()`'s error if it never became idle. */
export interface CollectorRun {
  waiting: Array<{ stream: string; nextSeq: number }>;
  breaks: Array<Record<string, unknown>>;
  idleError: unknown;
}

/**
 * Runs a collector (instance `test`) until idle for 500 ms, `timeoutMs` (the collector's default
 * when left out) being only a failure bound; the collector is stopped whether or not it became
 * idle. Its chain breaks are read from its own stream, `collector-<durable>-test`.
 */
export async function collectUntilIdle(options: { nats: CollectorOptions['nats']; postgres: string; durable: string; batchSize: number; timeoutMs?: number } & Pick<CollectorOptions, 'verifierKeys' | 'onWarning'>): Promise<CollectorRun> {
  const collector = createCollector({
    nats: options.nats, postgres: options.postgres, durable: options.durable, instance: 'test', batchSize: options.batchSize,
    ...(options.verifierKeys ? { verifierKeys: options.verifierKeys } : {}), ...(options.onWarning ? { onWarning: options.onWarning } : {}),
  });
  await collector.start();
  const idleError = await collector.idle({ quietMs: 500, ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }) }).then(() => undefined, (error: unknown) => error);
  await collector.stop();
  const breaks: Array<Record<string, unknown>> = [];
  for await (const event of queryPostgres(options.postgres, { type: 'ledger.chain_break', stream: `collector-${options.durable}-test` })) breaks.push(event.attrs as Record<string, unknown>);
  return { waiting: collector.status().waiting, breaks, idleError };
}
