// Issue 11, F4 of the probe of 2026-12-04, end to end: form fields shaped `{ label | field | id |
// question | title, value | answer }` and a Typeform answer reach the ledger's files with their
// answers masked (createAuditor + fileLedger); an opaque id's value and a label of no kind stay.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor } from '@agent-audit/core';
import { fileLedger } from '../../packages/core/src/ledger/file-ledger.js';
import type { JsonValue } from '../../packages/core/src/spec/event.js';
import { storedJsonl, unescapedLines } from './stored.js';

describe('form fields in stored ledger lines (createAuditor + fileLedger)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-form-fields-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const forms: Array<[JsonValue, string]> = [
    [[{ label: 'SSN', value: '536228514' }], '536228514'],
    [[{ question: 'What is your SSN?', answer: '536-22-8514' }], '536-22-8514'],
    [{ label: 'Date of birth', value: '01/01/1990' }, '01/01/1990'],
    [{ label: 'Mobile', value: '5125550199' }, '5125550199'],
    [{ label: 'Street address', value: '510 Townsend' }, '510 Townsend'],
    [{ label: 'Last name', value: 'rosen' }, 'rosen'],
    [{ field: { id: 'Xq9aB', ref: 'ssn', type: 'short_text' }, type: 'text', text: '536 22 8514' }, '536 22 8514'],
    [{ question: 'What is your date of birth?', answer: '1990-02-03' }, '1990-02-03'],
  ];

  it('holds none of the answers in clear and keeps the labels and the non-pairs', async () => {
    const dir = path.join(root, 'ledger');
    const errors: unknown[] = [];
    const auditor = createAuditor({ agent: { id: 'forms' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) }), onError: (e) => errors.push(e) });
    auditor.run({ session: 's-form-fields', actor: { id: 'u1', type: 'user' } }, () => {
      for (const [form] of forms) {
        auditor.record({ type: 'tool.call', tool: { name: 'form.fill', arguments: { fields: form } } });
        auditor.record({ type: 'tool.result', tool: { name: 'typeform.responses', result: { answers: [form] } } });
      }
      auditor.record({ type: 'tool.call', tool: { name: 'form.fill', arguments: { fields: [{ id: 'fld_123', value: 'keep-fld-value' }, { title: 'Refund', value: 42 }] } } });
    });
    await auditor.flush();
    await auditor.close();
    expect(errors).toEqual([]);
    const raw = storedJsonl(dir);
    expect(raw).toContain('s-form-fields');
    // Pseudonyms blanked: a raw value must not match inside one by chance.
    const lines = unescapedLines(raw).replace(/\[[A-Z_]+:psn_\w+\]/g, '[X]');
    for (const [, value] of forms) expect(lines, value).not.toContain(value);
    for (const label of ['"label":"Date of birth"', '"question":"What is your SSN?"', '"ref":"ssn"']) expect(lines).toContain(label);
    expect(lines).toContain('{"id":"fld_123","value":"keep-fld-value"}');
    expect(lines).toContain('{"title":"Refund","value":42}');
  });
});
