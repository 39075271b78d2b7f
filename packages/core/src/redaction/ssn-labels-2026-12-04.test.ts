// Abbreviated SSN labels in text and health-plan member keys (the second README-only probe of
// 2026-12-04, G3's open part: `SS No. 545678901`, `insured_id` stored raw).
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

const ssns = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'SSN').map((d) => text.slice(d.start, d.end));

describe('an SSN of nine bare digits after an abbreviated label', () => {
  it.each(['SS No. 545678901', 'SS no: 545678901', 'ss num 545678901', 'SS Number 545678901', 'social sec # 545678901', 'Social Sec. 545678901'])('%s', (text) => {
    expect(ssns(text)).toEqual(['545678901']);
  });
  it.each(['SS No. 987654321', 'Vessel SS No. 4 departed at 0900', 'class 545678901', 'SSO no 545678901'])('%s: no SSN', (text) => {
    expect(ssns(text)).toEqual([]);
  });
});

describe('an insured member’s id under its key', () => {
  const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(8)]) });
  const args = (values: Record<string, unknown>): Record<string, unknown> =>
    ((redactor.redact({ v: 1, id: '01JTESTINS0000000000000000', ts: '2026-12-04T12:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, tool: { name: 'eligibility', arguments: values } } as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.arguments ?? {}) as Record<string, unknown>;
  it('insured_id, insuredId, insured_number, subscriber_no are health-plan ids', () => {
    const out = args({ insured_id: 'XQH123456789', insuredId: 'A12345', insured_number: 'W88776655', subscriber_no: '88776655', insured_state: 'CA' });
    for (const key of ['insured_id', 'insuredId', 'insured_number', 'subscriber_no']) expect(out[key]).toMatch(/^\[HEALTH_PLAN_ID:/);
    expect(out.insured_state).toBe('CA');
  });
});
