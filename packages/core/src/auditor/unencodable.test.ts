import { describe, expect, it } from 'vitest';
import { createAuditor } from './auditor.js';
import { memoryLedger } from '../test.js';
import type { Redactor } from '../spec/redactor.js';

// A custom redactor that returns a value JSON cannot hold (found by mutation work on auditor.ts,
// issue 13): the event is stored masked from its snapshot, the error reported, and the batch and
// every later flush() go on (a throw while sealing used to lose the batch and stall flush()).
describe('a redactor result that cannot be encoded as JSON', () => {
  it.each([
    ['a bigint', 10n],
    ['a non-finite number', Number.POSITIVE_INFINITY],
  ])('(%s) is stored masked, reported, and the events around it are stored', async (_label, bad) => {
    const ledger = memoryLedger();
    const errors: Error[] = [];
    const redactor: Redactor = {
      redact: (event) => ({ event: event.type === 'tool.result' ? { ...event, content: { output: bad as unknown as string } } : event }),
    } as Redactor;
    const auditor = createAuditor({ agent: { id: 'enc' }, sink: ledger, redactor, redactionWorker: false, onError: (e) => errors.push(e) });
    auditor.record({ type: 'run.start' });
    auditor.record({ type: 'tool.result', content: { output: 'the secret answer' } });
    auditor.record({ type: 'run.end' });
    await auditor.flush();
    auditor.record({ type: 'run.start' });
    await auditor.close();
    const events = ledger.events();
    expect(events.map((e) => e.type).filter((type) => type !== 'error')).toEqual(['run.start', 'tool.result', 'run.end', 'run.start']);
    const masked = events.find((e) => e.type === 'tool.result');
    expect(masked?.content).toEqual({ k0: '[REDACTION_FAILED]' });
    expect(masked?.data?.classes).toContain('redaction.failed');
    expect(JSON.stringify(events)).not.toContain('the secret answer');
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    expect(errors.some((e) => /could not be encoded as JSON; its content was masked/.test(e.message))).toBe(true);
  });
});
