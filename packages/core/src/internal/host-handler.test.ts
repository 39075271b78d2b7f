import { describe, expect, it } from 'vitest';
import { callHostHandler } from './host-handler.js';
import { createAuditor } from '../auditor/auditor.js';
import { createMonitor } from '../monitor/monitor.js';
import { memoryLedger } from '../test.js';

/** Rejections nobody handled while `run` and a few turns of the event loop ran. */
async function unhandledDuring(run: () => Promise<void> | void): Promise<unknown[]> {
  const seen: unknown[] = [];
  const listener = (reason: unknown): void => {
    seen.push(reason);
  };
  process.on('unhandledRejection', listener);
  try {
    await run();
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  } finally {
    process.off('unhandledRejection', listener);
  }
  return seen;
}

// The README's own pattern, `onError: (error) => alerting.notify(error)`, with an async notify that
// fails: the rejection was unhandled, and Node ends the process on one (probe of 2026-12-06).
describe('a host handler that returns a rejected promise', () => {
  it('callHostHandler swallows a throw and a rejection, and passes the arguments', async () => {
    const got: unknown[] = [];
    const unhandled = await unhandledDuring(() => {
      callHostHandler((a: number, b: string) => {
        got.push(a, b);
        return Promise.reject(new Error('pager down'));
      }, 1, 'x');
      callHostHandler(() => {
        throw new Error('sync');
      });
      callHostHandler(() => ({ then: (_: unknown, reject: (e: unknown) => void) => reject(new Error('thenable')) }));
      callHostHandler(undefined);
    });
    expect(got).toEqual([1, 'x']);
    expect(unhandled).toEqual([]);
  });

  it('the auditor: onError rejects for a bad input and at close, the host goes on', async () => {
    const sink = memoryLedger();
    let calls = 0;
    const unhandled = await unhandledDuring(async () => {
      const auditor = createAuditor({ agent: { id: 'a' }, sink, redactionWorker: false, onError: async () => {
        calls++;
        throw new Error('pager down');
      } });
      auditor.record({ type: 'message.user', content: { input: 'x' }, bogusField: 1 } as never);
      await auditor.close();
      auditor.record({ type: 'message.user' });
    });
    expect(calls).toBe(2);
    expect(unhandled).toEqual([]);
    expect(sink.events('a')).toHaveLength(1);
  });

  it('the monitor: an async onError that rejects, and a throwing one, never reach push()', async () => {
    for (const onError of [async () => Promise.reject(new Error('down')), () => { throw new Error('down'); }]) {
      const monitor = createMonitor({ rules: [], onAlert: () => {}, onError });
      const unhandled = await unhandledDuring(() => {
        expect(() => monitor.push({ id: 'x' } as never)).not.toThrow();
      });
      expect(unhandled).toEqual([]);
    }
  });
});
