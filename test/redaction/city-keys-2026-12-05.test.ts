// X4 of "Open parts of earlier probes, fixed 2026-12-05" (test/redaction/probe-2026-12-04g.cases.md;
// issue 11: look-alikes must stay): a city alone under a `city`, `town` or `locality` key was
// masked as a person when the lists hold it as a given name or surname (`{city:'Marion'}`,
// `{city:'Tyler'}`), through createAuditor and a file ledger. A city is a quasi-identifier at
// most, never a PERSON (key-names.ts isPlaceNameKey); persons beside it stay masked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createRedactor, fileLedger, readEvents, type AuditEvent } from '@agent-audit/core';

const work = mkdtempSync(join(tmpdir(), 'aa-city-keys-2026-12-05-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Each result recorded as a `tool.result` through createAuditor and a file ledger; the stored results, in order. */
async function storedResults(name: string, results: readonly unknown[]): Promise<unknown[]> {
  const dir = join(work, name);
  const auditor = createAuditor({ agent: { id: 'crm' }, sink: fileLedger({ dir, keyDir: join(work, `${name}-keys`), fsync: false }), redactor: createRedactor({ pseudonymKey: new Uint8Array(32).fill(5) }) });
  auditor.run({ session: name }, () => {
    for (const result of results) auditor.record({ type: 'tool.result', tool: { name: 'lookup', result } });
  });
  await auditor.close();
  const events: AuditEvent[] = [];
  for await (const event of readEvents(dir, { stream: 'crm' })) events.push(event);
  return events.map((event) => event.tool?.result);
}

describe('X4: a city alone under a city, town or locality key', () => {
  it('the probe row and held back: stored as written through the auditor', async () => {
    const results = [{ city: 'Cleveland' }, { address: { city: 'Springfield', state: 'IL' } }, { customer: { city: 'Jackson' } }, { city: 'Marion' }, { city: 'Tyler' }, { city_name: 'Clayton' }, { town: 'Marion' }, { locality: 'Tyler' }, { billingCity: 'Marion' }, { shipping: { city: 'Florence', state: 'AL' } }];
    expect(await storedResults('cities', results)).toEqual(results);
  });
  it('the boundary: a person beside the city, and a person under a name key, stay masked', async () => {
    const [first, second] = (await storedResults('city-persons', [{ customer: { name: 'Marion Tyler', city: 'Marion' } }, { note: 'Marion called about her order', city: 'Tyler' }])) as Record<string, Record<string, string> | string>[];
    expect(JSON.stringify(first)).toMatch(/"name":"\[PERSON:psn_\w+\]","city":"Marion"|"city":"Marion","name":"\[PERSON:psn_\w+\]"/);
    expect(String(second?.note)).toMatch(/^\[PERSON:psn_\w+\] called about her order$/);
    expect(second?.city).toBe('Tyler');
  });
});
