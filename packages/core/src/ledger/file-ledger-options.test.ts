import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuditor } from '../auditor/auditor.js';
import { fileLedger } from './file-ledger.js';

describe('fileLedger options and open errors', () => {
  it('a missing or empty dir throws AuditError invalid_options naming `dir`', () => {
    for (const bad of [{}, { dir: '' }, { dir: 42 }, undefined]) {
      expect(() => fileLedger(bad as never)).toThrow(expect.objectContaining({ code: 'invalid_options', message: expect.stringContaining('`dir`') }));
    }
  });

  it('a dir under a regular file throws a LedgerError naming the folder and the cause', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-fl-'));
    try {
      const file = path.join(tmp, 'not-a-folder');
      fs.writeFileSync(file, 'x');
      const dir = path.join(file, 'audit');
      let caught: unknown;
      try {
        createAuditor({ agent: { id: 'a' }, sink: fileLedger({ dir, keyDir: path.join(tmp, 'keys') }) });
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({ name: 'LedgerError', code: 'ledger_open' });
      expect((caught as Error).message).toContain(dir);
      expect((caught as Error).message).toContain('ENOTDIR');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
