// Through the real pipeline for the rows of the sixth README-only probe of 2026-12-04
// (probe-2026-12-04f.cases.md): each input is one event of its own session, recorded by an
// auditor into a file ledger, then read back from the disk.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuditor, createKeyring, createRedactor, fileLedger, readEvents } from '@agent-audit/core';
import type { JsonValue } from '@agent-audit/core';
import { blankMachineValues, storedJsonl } from './stored.js';

export type Stored = { value: JsonValue; raw: string };

/**
 * Records each input (a text, or JSON) as a user message, one session each, and gives back what
 * the ledger stored of each (pseudonyms' ids shortened to `[TYPE]`) with the ledger's whole text.
 */
export async function storedInputs(inputs: readonly JsonValue[]): Promise<{ values: JsonValue[]; raw: string }> {
  const work = mkdtempSync(join(tmpdir(), 'aa-probe-f-'));
  try {
    const dir = join(work, 'ledger');
    const auditor = createAuditor({
      agent: { id: 'desk' },
      sink: fileLedger({ dir, keyDir: `${dir}-keys`, fsync: false }),
      redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }),
    });
    inputs.forEach((input, index) => auditor.run({ session: `s-${index}` }, () => auditor.record({ type: 'message.user', content: { input } })));
    await auditor.close();
    const values: JsonValue[] = [];
    for await (const event of readEvents(dir, { stream: 'desk' })) values.push(shorten((event.content?.input ?? null) as JsonValue));
    return { values, raw: blankMachineValues(storedJsonl(dir)) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `[TYPE:psn_…]` as `[TYPE]`, in every string of `value`. */
function shorten(value: JsonValue): JsonValue {
  if (typeof value === 'string') return value.replace(/\[([A-Z_]+):psn_\w+\]/g, '[$1]');
  if (Array.isArray(value)) return value.map(shorten);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shorten(v)]));
  return value;
}

/** One input through the pipeline: what was stored of it, and the ledger's text. */
export async function storedInput(input: JsonValue): Promise<Stored> {
  const { values, raw } = await storedInputs([input]);
  return { value: values[0] ?? null, raw };
}
