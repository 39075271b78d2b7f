// L12 of test/redaction/probe-2026-12-05g.cases.md: a driver's licence under a JSON member
// `license` (a background check's MVR object: `{mvr:{license:'OR 7281934', status:'VALID'}}`) was
// stored raw in any state's form; `license` names software licences too (`MIT`, `Apache-2.0`), so
// only a value of a driver's licence's shape is masked there.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { masked, storedResults } from './masked-text.js';

const { stored } = storedResults(() => createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(3)]) }));

describe('L12: a driver\'s licence under a `license` member', () => {
  it('masks the licence of an MVR object in the forms of several states, and keeps the status beside it', () => {
    const cases: Array<[unknown, string]> = [
      [{ report: 'BGC-7731902', criminal: 'No records found', mvr: { license: 'OR 7281934', status: 'VALID' } }, '7281934'],
      [{ mvr: { license: 'TX 30928174', status: 'VALID' } }, '30928174'],
      [{ mvr: { license: 'MN K417-208-331-590', status: 'VALID' } }, 'K417-208-331-590'],
      [{ mvr: { license: 'MA S82031457' } }, 'S82031457'],
      [{ mvr: { license: 'FL D512-731-84-229-0', points: 0 } }, 'D512-731-84-229-0'],
      [{ mvr: { licence: 'NY 123 456 789', class: 'D' } }, '123 456 789'],
      [{ driver: { license: 'D1234567', state: 'CA' } }, 'D1234567'],
      [{ mvr: { License: 'WA WDLQXZ8821PK' } }, 'WDLQXZ8821PK'],
    ];
    for (const [input, value] of cases) {
      const out = stored(input);
      expect(out, value).not.toContain(value);
      expect(out, value).toContain('DRIVER_LICENSE');
    }
    expect(stored({ mvr: { license: 'OR 7281934', status: 'VALID' } })).toContain('"status":"VALID"');
    expect(stored({ report: 'BGC-7731902', mvr: { license: 'TX 30928174' } })).toContain('BGC-7731902');
  });

  it('keeps software licences, licence keys and words under `license`', () => {
    const kept = [
      { name: 'left-pad', version: '1.3.0', license: 'MIT' },
      { license: 'Apache-2.0' }, { license: 'GPL-3.0-or-later' }, { license: 'CC BY 4.0' }, { license: 'BSD 3-Clause' },
      { license: 'proprietary' }, { license: 'UNLICENSED' }, { license: 'SEE LICENSE IN LICENSE.md' }, { license: 'VALID' },
      { license: 'MPL 2.0' }, { license: 'OR later' }, { license: '2024-2025' }, { license: 'LGPL-2.1' }, { license: 'AGPL3' },
      { license: 'MIT-2024-00012' }, { type: 'license', Number: 'MIT-2024-00012' },
    ];
    for (const input of kept) expect(JSON.parse(stored(input)), JSON.stringify(input)).toEqual(input);
  });

  it('keeps a table\'s `name` column beside a `license` column of packages', () => {
    expect(masked('name,version,license\nvitest,4.1.12,MIT\nzod,3.23.8,MIT')).toBe('name,version,license\nvitest,4.1.12,MIT\nzod,3.23.8,MIT');
  });

  it('masks a Washington licence of the old WDL form after the word in text too (five digits or more: the national ids\' digit gate)', () => {
    expect(masked('MVR: license WA WDLQX88821PK, status valid')).not.toContain('WDLQX88821PK');
    expect(masked('MVR: license WA WDLQX88821PK, status valid')).toContain('status valid');
  });
});
