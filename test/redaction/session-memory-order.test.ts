// Session memory inside one event (a sixth fresh probe of 2026-12-03): a value that a key rule
// masks (`{"surname": "Tawhiri"}`, an API key under `api_key`) was masked where it recurred later
// in the session, but not in a string of the same event that the walk reached before it
// (`[{"note": "tawhiri called"}, {"surname": "Tawhiri"}]` stored the note raw). The redactor now
// makes a second pass over such an event.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuditor, createRedactor, fileLedger } from '@agent-audit/core';
import { storedJsonl } from './stored.js';

const pseudonyms = /\[[A-Z_]+:psn_\w+\]/g;
const result = async (value: unknown, session = 's-order'): Promise<string> => {
  const out = await createRedactor().redact({ type: 'tool.result', session, tool: { name: 'ehr.read', result: value } } as never, {} as never);
  return JSON.stringify((out.event as { tool: { result: unknown } }).tool.result);
};

describe('a value masked by its key is masked in the strings before it too', () => {
  it.each([
    ['a note before the surname', [{ note: 'tawhiri called about the results' }, { surname: 'Tawhiri' }], ['tawhiri', 'Tawhiri']],
    // Members are walked in key order (the snapshot's): `note` before `patient`, `attrs` before `config`.
    ['a FHIR HumanName after the note', { note: 'ngaio asked for a refill', patient: { name: [{ given: ['Ngaio'], family: 'Tawhiri' }] } }, ['ngaio', 'Ngaio', 'Tawhiri']],
    ['a secret quoted before its key', { attrs: { note: 'my id is zK8pQ2vX9mL4nR7t' }, config: { api_key: 'zK8pQ2vX9mL4nR7t' } }, ['zK8pQ2vX9mL4nR7t']],
    ['a patient_name after a list of messages', { messages: ['okonkwo: feeling better', 'nurse: noted'], patient_name: 'Chidi Okonkwo' }, ['okonkwo', 'Chidi']],
  ])('%s', async (_name, value, raws) => {
    const text = (await result(value)).replace(pseudonyms, '');
    for (const raw of raws) expect(text, raw).not.toContain(raw);
  });

  it('with the pseudonym the key gave, the same in both places', async () => {
    const text = await result([{ note: 'tawhiri called' }, { surname: 'Tawhiri' }], 's-order-2');
    const found = text.match(pseudonyms) ?? [];
    expect(found).toHaveLength(2);
    expect(found[0]).toBe(found[1]);
  });

  it('leaves what holds no such value as one pass makes it', async () => {
    expect(await result({ note: 'nothing here', count: 3, surname: 'Okonkwo' }, 's-order-3')).toMatch(/^\{"count":3,"note":"nothing here","surname":"\[PERSON:psn_\w+\]"\}$/);
    expect(await result({ note: 'tawhiri called' }, undefined as never)).toBe('{"note":"tawhiri called"}');
  });
});

describe('end to end: the ledger holds neither spelling', () => {
  it('through createAuditor and a file ledger', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-order-'));
    try {
      const auditor = createAuditor({
        agent: { id: 'order' },
        sink: fileLedger({ dir: path.join(dir, 'ledger'), keyDir: path.join(dir, 'keys'), fsync: false }),
        redactor: createRedactor({ keysDir: path.join(dir, 'keys') }),
      });
      auditor.record({ type: 'tool.result', session: 'visit-1', tool: { name: 'ehr.read', result: { note: 'tawhiri reports chest pain', patient: { surname: 'Tawhiri', given_name: 'Ngaio' } } } });
      await auditor.flush();
      await auditor.close();
      const stored = storedJsonl(path.join(dir, 'ledger')).replace(pseudonyms, '');
      for (const raw of ['tawhiri', 'Tawhiri', 'Ngaio']) expect(stored, raw).not.toContain(raw);
      expect(stored).toContain('reports chest pain');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
