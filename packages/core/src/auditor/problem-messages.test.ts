import { afterEach, describe, expect, it } from 'vitest';
import { createAuditor } from './auditor.js';
import { memoryLedger } from '../test.js';
import { fieldNameForMessage } from './shape.js';

// Problem messages go to onError and, without one, to process warnings: hosts log both. A probe of
// 2026-12-06 found an email and an SSN used as keys, and a getter's error text naming a patient,
// repeated there (`unknown field "jane.doe@example.com" kept under attrs`, `reading "type" threw (no
// access for patient jane.doe@example.com SSN 536-22-8514)`), while the ledger held them redacted.
const DATA = ['jane.doe@example.com', '536-22-8514', 'Amara Okafor', '4111 1111 1111 1111', 'jane.doe'];

describe('fieldNameForMessage', () => {
  it('shows a plain identifier as JSON, cut to 64 characters', () => {
    expect(fieldNameForMessage('bogusField')).toBe('"bogusField"');
    expect(fieldNameForMessage('user_id2')).toBe('"user_id2"');
    expect(fieldNameForMessage('x-trace-id')).toBe('"x-trace-id"');
    expect(fieldNameForMessage('$meta')).toBe('"$meta"');
    expect(fieldNameForMessage('v12')).toBe('"v12"');
    expect(fieldNameForMessage('k'.repeat(100))).toBe(`"${'k'.repeat(63)}`);
  });
  it('names any other key by its length only', () => {
    for (const key of ['jane.doe@example.com', 'SSN 536-22-8514', 'jane.doe', 'Amara Okafor', 'acct123', '5362285', '', '-x', 'a\nb', 'größe']) {
      expect(fieldNameForMessage(key)).toBe(`of ${key.length} characters (its name is not shown: it is not a plain identifier and may hold data)`);
    }
  });
});

describe('problem messages hold no input data', () => {
  const warnings: string[] = [];
  const onWarning = (warning: Error): void => {
    warnings.push(warning.message);
  };
  afterEach(() => {
    process.off('warning', onWarning);
    warnings.length = 0;
  });

  function record(auditor: ReturnType<typeof createAuditor>): void {
    auditor.record({ type: 'tool.call', tool: { name: 'lookup' }, 'jane.doe@example.com': 'x', 'SSN 536-22-8514': 1, 'Amara Okafor': true, bogusField: 2 } as never);
    auditor.record({
      get type(): string {
        throw new Error('no access for patient jane.doe@example.com SSN 536-22-8514');
      },
      get tool(): never {
        throw new TypeError('card 4111 1111 1111 1111 of Amara Okafor is locked');
      },
    } as never);
  }

  it('onError hears where the input was wrong, not what it held', async () => {
    const sink = memoryLedger();
    const errors: string[] = [];
    const auditor = createAuditor({ agent: { id: 'a' }, sink, redactionWorker: false, onError: (error) => errors.push(error.message) });
    record(auditor);
    await auditor.close();
    const text = errors.join('\n');
    expect(text).toContain('unknown field "bogusField" kept under attrs');
    expect(text).toContain('unknown field of 20 characters (its name is not shown');
    expect(text).toContain('reading "type" threw an Error (its message is not shown: it may hold data)');
    expect(text).toContain('reading "tool" threw a TypeError');
    for (const value of DATA) expect(text).not.toContain(value);
    // The events are kept (nothing lost), their unknown fields under attrs.
    expect(sink.events('a').map((e) => e.type)).toEqual(['tool.call', 'error']);
  });

  it('without onError, the process warnings say the same', async () => {
    process.on('warning', onWarning);
    const auditor = createAuditor({ agent: { id: 'a' }, sink: memoryLedger(), redactionWorker: false });
    record(auditor);
    await auditor.close();
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.join('\n')).toContain('unknown field "bogusField"');
    for (const value of DATA) expect(warnings.join('\n')).not.toContain(value);
  });
});
