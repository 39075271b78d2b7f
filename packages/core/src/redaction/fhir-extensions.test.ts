// FHIR extensions: `{ url, value[x] }` (HL7 FHIR R4 §2.1.0.7), the url naming the attribute (a fresh
// README-only probe of 2026-12-04, H1: a mother's maiden name, a birth time and an SSN stored raw).
import { describe, expect, it } from 'vitest';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import { extensionName } from './wrapped-values.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

describe('extensionName', () => {
  it('is the last path segment past a resource name and a dash', () => {
    expect(extensionName('http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName')).toBe('mothersMaidenName');
    expect(extensionName('http://example.org/ext/ssn')).toBe('ssn');
    expect(extensionName('no-slash')).toBeUndefined();
    expect(extensionName('http://x.org/')).toBeUndefined();
    expect(extensionName(`http://x.org/${'a'.repeat(300)}`)).toBeUndefined();
  });
});

describe('a FHIR extension’s value is decided by its url', () => {
  const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]) });
  const extensions = (list: unknown[]) =>
    (((redactor.redact({ v: 1, id: '01JTESTFHX0000000000000000', ts: '2026-12-04T12:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, tool: { name: 'fhir_read', result: { resourceType: 'Patient', extension: list } } } as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.result as { extension: Array<Record<string, unknown>> }).extension);

  it('masks a maiden name, a birth time and an SSN, long or short urls', () => {
    const out = extensions([
      { url: 'http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName', valueString: 'Vlintuk' },
      { url: 'http://x.org/patient-mothersMaidenName', valueString: 'Vlintuk' },
      { url: 'http://hl7.org/fhir/StructureDefinition/patient-birthTime', valueDateTime: '1984-03-12T04:30:00Z' },
      { url: 'http://example.org/fhir/ext/ssn', valueString: '536228514' },
    ]);
    expect(out[0]?.valueString).toMatch(/^\[PERSON:/);
    expect(out[1]?.valueString).toBe(out[0]?.valueString);
    expect(out[2]?.valueDateTime).toMatch(/^\[DOB:/);
    expect(out[3]?.valueString).toMatch(/^\[SSN:/);
  });

  it('keeps extensions that name nothing personal', () => {
    const list = [
      { url: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex', valueCode: 'F' },
      { url: 'http://example.org/fhir/ext/preferred-pharmacy', valueString: 'Main St Pharmacy' },
      { url: 'http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired', valueBoolean: true },
    ];
    expect(extensions(list)).toEqual(list);
  });
});
