// A key named by a capitalized acronym in the plural (`PINs`, `OTPs`, `userPINs`, `SSNs`) holds
// several of the same secrets: its values are masked as those of `pins` are. Found from a
// surviving mutant of key-names.ts (issue 13): keyWords split `PINs` into `pi ns`, so no key matched
// and the PINs were stored raw.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]), sessionMemory: false });
const event = (toolArguments: JsonValue): UnsealedEvent => ({
  v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call',
  trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
  tool: { name: 'bank.lookup', arguments: toolArguments },
});

describe('keys named by an acronym in the plural', () => {
  it('masks the values under PINs, OTPs, userPINs and SSNs (a string: arrays under an identity key are not masked whole), and leaves toolName and fileName alone', async () => {
    const result = await redactor.redact(event({ PINs: ['4821', '9917'], OTPs: ['493021'], userPINs: ['5531'], SSNs: '123456789', toolName: 'lookup', fileName: 'pins.txt' }), { capture: {} } as never);
    const json = JSON.stringify(result.event.tool?.arguments);
    for (const raw of ['4821', '9917', '493021', '5531', '123456789']) expect(json).not.toContain(raw);
    expect(json).toContain('"toolName":"lookup"');
    expect(json).toContain('"fileName":"pins.txt"');
  });
});
