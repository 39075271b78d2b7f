// Re-check G(a) of the read-side probe (2026-12-06): an unknown record() field `id` is kept under
// `attrs` and its value was read as a person. The treatment, pinned here and in docs/FORMAT.md:
// an unknown field is kept under `attrs` (and reported to onError), and its value is redacted as
// every attrs value is, whatever the member name (`id` has no meaning of its own there): an
// identifier-shaped value stays as written; a value written as a person's name is masked, as it
// would be under any other member (an id that is a person's name is personal data).
import { describe, expect, it } from 'vitest';
import { createAuditor, type AuditEvent } from '../index.js';
import { memoryLedger } from '../test.js';

async function recorded(values: readonly string[], key = 'id'): Promise<{ events: AuditEvent[]; problems: string[] }> {
  const ledger = memoryLedger();
  const problems: string[] = [];
  const auditor = createAuditor({ agent: { id: 'ids-bot' }, sink: ledger, onError: (error) => problems.push(error.message) });
  for (const value of values) auditor.record({ type: 'tool.call', tool: { name: 'lookup' }, [key]: value } as never);
  await auditor.close();
  return { events: ledger.events(), problems };
}

describe('an unknown record() field such as `id` (re-check G(a))', () => {
  it('is kept under attrs and reported; an identifier-shaped value stays as written', async () => {
    const ids = [
      '01JD0Z4V8K2M3N4P5Q6R7S8T9V', '3f2b1c9e-8a7d-4e6f-9b0a-1c2d3e4f5a6b', 'toolu_01A09q90qw90lq917835lq9', 'chatcmpl-9xYzAbCdEfGh',
      'call_Jordan', 'run-Garcia-7', 'Morgan-2291', 'req_Taylor', 'inv-2291', 'Kowalski_J', 'KOWALSKI-01', 'jan-kowalski-1', 'user.morgan', 'Grace-2291',
    ];
    const { events, problems } = await recorded(ids);
    expect(events.map((e) => e.attrs?.id)).toEqual(ids);
    expect(events.every((e) => !(e.data?.classes ?? []).includes('pii.person'))).toBe(true);
    expect(problems.filter((p) => p.includes('unknown field "id" kept under attrs'))).toHaveLength(ids.length);
    // The same values under another unknown member: the member name changes nothing.
    expect((await recorded(ids, 'ticketRef')).events.map((e) => e.attrs?.ticketRef)).toEqual(ids);
  });

  it('a value written as a person\'s name is masked there as under any member, with its class', async () => {
    const names = ['Maria Garcia', 'Kowalski', 'MARIA GARCIA'];
    for (const key of ['id', 'note']) {
      const { events } = await recorded(names, key);
      for (const [i, event] of events.entries()) {
        expect(String(event.attrs?.[key]), `${key}: ${names[i]}`).toMatch(/^\[PERSON:psn_[a-z0-9_]+\]$/);
        expect(event.data?.classes).toContain('pii.person');
      }
    }
  });
});
