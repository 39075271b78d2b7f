// A person's name whose parts are also parts of a firm's name (the third README-only probe of
// 2026-12-04, O3): `held at Charles Stanley; custodian Morgan Stanley` stored `[PERSON:x];
// custodian Morgan [PERSON:x]`, and a later `Charles Schwab` became `[PERSON:x] Schwab`: the
// firm was read as a person, and session memory spread the person's parts into other firms'
// names. Through the real pipeline into a ledger; the redacted strings are checked directly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger, readEvents } from '@agent-audit/core';

const work = mkdtempSync(join(tmpdir(), 'aa-firm-parts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function stored(name: string, inputs: string[]): Promise<string[]> {
  const dir = join(work, name);
  const auditor = createAuditor({
    agent: { id: 'desk' },
    sink: fileLedger({ dir, keyDir: join(work, `${name}-keys`), fsync: false }),
    redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]) }),
  });
  auditor.run({ session: 's-1' }, () => {
    for (const input of inputs) auditor.record({ type: 'message.user', content: { input } });
  });
  await auditor.close();
  const out: string[] = [];
  for await (const event of readEvents(dir, { stream: 'desk' })) out.push(event.content?.input as string);
  return out;
}

describe("a person's remembered name parts do not spread into firms' names", () => {
  it('a wealth manager named like a person is no person, and its words mask no other firm', async () => {
    const out = await stored('firm-first', ['my pension is held at Charles Stanley; custodian Morgan Stanley', 'we moved from Charles Schwab to Edward Jones']);
    expect(out).toEqual(['my pension is held at Charles Stanley; custodian Morgan Stanley', 'we moved from Charles Schwab to Edward Jones']);
  });

  it("a real person's parts are masked where they stand alone, not inside a firm's name", async () => {
    const out = await stored('person-first', ['Stanley Vlintuk called about his account', 'custodian Morgan Stanley; Stanley will call back', 'wire via J.P. Morgan, ask Vlintuk']);
    expect(out[0]).toMatch(/^\[PERSON:psn_[^\]]+\] called about his account$/);
    const token = (out[0] as string).slice(0, (out[0] as string).indexOf(']') + 1);
    // `Stanley` inside `Morgan Stanley` is the firm's; `Stanley` alone is the person's.
    expect(out[1]).toBe(`custodian Morgan Stanley; ${token} will call back`);
    expect(out[2]).toBe(`wire via J.P. Morgan, ask ${token}`);
  });

  it('a person with a firm\'s name, told apart by what he did, keeps the firm readable elsewhere', async () => {
    const out = await stored('namesake', ['Charles Stanley called about his pension', 'compare the fees of Charles Schwab and Morgan Stanley']);
    expect(out[0]).toMatch(/^\[PERSON:psn_[^\]]+\] called about his pension$/);
    expect(out[1]).toBe('compare the fees of Charles Schwab and Morgan Stanley');
  });
});
