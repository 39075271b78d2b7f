import { describe, expect, it } from 'vitest';
import { blankMachineValues } from './stored.js';

describe('blankMachineValues (the leak checks read only what the event carried)', () => {
  it("blanks an event's ULID, span ids and a checkpoint's root, note and signature; keeps a user's ids and content", () => {
    const line = '{"id":"01M90A1C1381AYAYDW4JWC8XJK","trace":{"traceId":"d292adf94508c66821bd4019fe9fd8d1","spanId":"f572085142958a7f","parentSpanId":"0085140000000001"},"tool":{"arguments":{"id":"C-100002","ssn":"536-22-8514"}}}';
    const checkpoint = '{"size":15,"root":"R9YW72pLHnA8514SkrCX2qseGSZavUjiYK0ydnHHz8OM=","note":"agent-audit/x\\n15\\nR9YW8514=\\n","signature":"ab8514"}';
    const out = blankMachineValues(`${line}\n${checkpoint}`);
    expect(out).toContain('"spanId":""');
    expect(out).toContain('"parentSpanId":""');
    expect(out).toContain('"id":"C-100002"');
    expect(out).toContain('536-22-8514');
    expect(out.replace('536-22-8514', '')).not.toContain('8514');
    expect(out).not.toContain('01M90A1C1381AYAYDW4JWC8XJK');
  });

  it("keeps an event's own `note` (a checkpoint's members are blanked on a checkpoint's line only)", () => {
    expect(blankMachineValues('{"tool":{"result":{"note":"Birmingham 8514"}}}')).toContain('Birmingham 8514');
  });
});
