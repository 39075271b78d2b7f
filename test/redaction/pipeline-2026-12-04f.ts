// The real pipeline for the tests of the sixth README-only probe of 2026-12-04
// (probe-2026-12-04f.cases.md): each input is one event of its own session, recorded through
// createAuditor into a file ledger, read back after close(); and the redactor called directly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuditor, createKeyring, createRedactor, fileLedger, readEvents } from '@agent-audit/core';
import type { JsonValue } from '@agent-audit/core';
import { blankMachineValues, storedJsonl } from './stored.js';

const work = mkdtempSync(join(tmpdir(), 'aa-probe-04f-'));
let ledgers = 0;
/** Removes the ledgers this file made (call in afterAll). */
export function removeLedgers(): void {
  rmSync(work, { recursive: true, force: true });
}

const key = (): ReturnType<typeof createKeyring> => createKeyring([new Uint8Array(32).fill(7)]);

/**
 * Each input recorded as the `content.input` of a `message.user` event (a string) or the
 * `tool.result` of a `tool.result` event (anything else), each in its own session; the stored
 * value of each, in order, and the ledger's text with the pipeline's own values blanked.
 */
export async function stored(inputs: readonly JsonValue[]): Promise<{ values: JsonValue[]; raw: string }> {
  const dir = join(work, `l${ledgers++}`);
  const auditor = createAuditor({
    agent: { id: 'desk' },
    sink: fileLedger({ dir, keyDir: `${dir}-keys`, fsync: false }),
    redactor: createRedactor({ pseudonymKey: key() }),
  });
  inputs.forEach((input, i) =>
    auditor.run({ session: `s-${i}` }, () =>
      typeof input === 'string'
        ? auditor.record({ type: 'message.user', content: { input } })
        : auditor.record({ type: 'tool.result', tool: { name: 'lookup', result: input } }),
    ),
  );
  await auditor.close();
  const values: JsonValue[] = [];
  for await (const event of readEvents(dir, { stream: 'desk' })) values.push((typeof event.content?.input === 'string' ? event.content.input : event.tool?.result) ?? null);
  return { values, raw: blankMachineValues(storedJsonl(dir)) };
}

const redactor = createRedactor({ pseudonymKey: key() });
let sessions = 0;
/** `input` through the redactor directly, as stored (a string as `content.input`, else a `tool.result`). */
export function redacted(input: JsonValue): JsonValue {
  const base = { v: 1, id: '01JTESTPROBE04F00000000000', ts: '2026-12-04T12:00:00.000Z', stream: 's', seq: 0, agent: { id: 'a' }, session: `d-${sessions++}` };
  const event = typeof input === 'string' ? { ...base, type: 'message.user', content: { input } } : { ...base, type: 'tool.result', tool: { name: 'lookup', result: input } };
  const out = redactor.redact(event as never, { capture: {} } as never) as { event: { content?: { input?: JsonValue }; tool?: { result?: JsonValue } } };
  return (typeof input === 'string' ? out.event.content?.input : out.event.tool?.result) ?? null;
}

/** `text` with every pseudonym's id taken out (`[CARD:psn_…]` → `[CARD]`). */
export function kinds(value: JsonValue): string {
  return (typeof value === 'string' ? value : JSON.stringify(value)).replace(/:psn_[a-z0-9_]+\]/g, ']');
}
