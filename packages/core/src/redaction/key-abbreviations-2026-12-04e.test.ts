// K3 of the fifth README-only probe of 2026-12-04 (test/redaction/probe-2026-12-04e.cases.md):
// abbreviated column names of bank, insurer and EHR cores were stored raw (`brth_dt`, `ph_no`,
// `dob_dt`, `last_nm`, `frst_nm`, `mbr_id`, `pat_lname`, `nameLast`, `surname1`, `CUST_LAST_NAME`,
// `MBR_NO`, `geb`, `home_ph`, `mob`, `phone1`; SQL `WHERE brth_dt = …`). The fix writes a name's
// abbreviated words out (key-names.ts expandedKeyName) and reads the result as a name as written;
// the inputs here are the probe's, other abbreviations of the same kind, and look-alikes that stay.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';
import { columnKind, expandedKeyName } from './key-names.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]), sessionMemory: false });

async function redacted(args: JsonValue): Promise<string> {
  const event: UnsealedEvent = {
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
    tool: { name: 'core.lookup', arguments: args },
  };
  return JSON.stringify((await redactor.redact(event, { capture: {} } as never)).event.tool?.arguments);
}

describe('K3: the probe\'s inputs', () => {
  it.each<[Record<string, string>, string[]]>([
    [{ cust_nm: 'Qxaro Vlintuk', brth_dt: '1984-03-12', ph_no: '4155550132' }, ['Vlintuk', '1984-03-12', '4155550132']],
    [{ fname: 'Qxaro', lname: 'Vlintuk', dob_dt: '1984-03-12' }, ['1984-03-12']],
    [{ last_nm: 'Vlintuk', frst_nm: 'Qxaro', mbr_id: 'XJH123456789' }, ['Vlintuk', 'Qxaro', 'XJH123456789']],
    [{ lst_nm: 'Vlintuk', first_nm: 'Qxaro' }, ['Vlintuk', 'Qxaro']],
    [{ pat_lname: 'Vlintuk', pat_fname: 'Qxaro' }, ['Vlintuk', 'Qxaro']],
    [{ nameLast: 'Vlintuk', nameFirst: 'Qxaro', name_last: 'Dorvane', surname1: 'Mollquist' }, ['Vlintuk', 'Qxaro', 'Dorvane', 'Mollquist']],
    [{ CUST_LAST_NAME: 'VLINTUK' }, ['VLINTUK']],
    [{ MBR_NO: 'XJH123456789' }, ['XJH123456789']],
    [{ geb: '12.03.1984' }, ['12.03.1984']],
    [{ home_ph: '4155550166' }, ['4155550166']],
    [{ mob: '4155550132', phone1: '4155550177' }, ['4155550132', '4155550177']],
    [{ sql: "SELECT * FROM cust WHERE cust_nm = 'Qxaro Vlintuk' AND brth_dt = '1984-03-12'" }, ['Vlintuk', '1984-03-12']],
  ])('%j', async (args, raw) => {
    const out = await redacted(args);
    for (const value of raw) expect(out).not.toContain(value);
  });
});

describe('K3: other abbreviations of the same kind', () => {
  it.each<[Record<string, string>, string[]]>([
    [{ PAT_FST_NM: 'QXARO', PAT_LST_NM: 'VLINTUK', PAT_BRTH_DT: '19840312' }, ['QXARO', 'VLINTUK', '19840312']],
    [{ mbr_brth_dt: '03/12/1984', mbr_nm_last: 'Dorvane', sbscr_lname: 'Mollquist' }, ['03/12/1984', 'Dorvane', 'Mollquist']],
    [{ emp_mid_nm: 'Wenlix', ee_nm: 'Zephra Mollquist', emrg_cntct_ph: '4155550188' }, ['Wenlix', 'Mollquist', '4155550188']],
    [{ wrk_phn: '4155550199', cel_no: '4155550111', hm_phone2: '4155550122' }, ['4155550199', '4155550111', '4155550122']],
    [{ geb_dt: '12.03.1984', cust_dob_dt: '1984-03-12', lastName2: 'Dorvane' }, ['12.03.1984', '1984-03-12', 'Dorvane']],
    [{ text: 'brth_dt=1984-03-12 last_nm=Vlintuk home_ph=4155550166' }, ['1984-03-12', 'Vlintuk', '4155550166']],
    [{ csv: 'mbr_id,last_nm,brth_dt\nXJH123456789,Vlintuk,1984-03-12\n' }, ['XJH123456789', 'Vlintuk', '1984-03-12']],
  ])('%j', async (args, raw) => {
    const out = await redacted(args);
    for (const value of raw) expect(out).not.toContain(value);
  });

  it('an abbreviated name\'s words are written out whatever the separator and case (property)', () => {
    const names: Array<[string[], string]> = [
      [['brth', 'dt'], 'dob'], [['last', 'nm'], 'person'], [['frst', 'nm'], 'person'], [['pat', 'lname'], 'person'],
      [['cust', 'last', 'name'], 'person'], [['home', 'ph'], 'PHONE'], [['mbr', 'brth', 'dt'], 'dob'], [['nm', 'last'], 'person'],
      [['name', 'first'], 'person'], [['emp', 'nm'], 'person'], [['geb', 'dt'], 'dob'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom('_', '-', '.', 'camel', 'UPPER_'), ([words, kind], style) => {
        const name = style === 'camel' ? (words[0] as string) + words.slice(1).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')
          : style === 'UPPER_' ? words.join('_').toUpperCase() : words.join(style);
        expect(columnKind(name), name).toBe(kind);
      }),
      { numRuns: 200 },
    );
  });

  it('writes the words out, or says nothing changes', () => {
    expect(expandedKeyName('brth_dt')).toBe('birth_date');
    expect(expandedKeyName('pat_lname')).toBe('patient_last_name');
    expect(expandedKeyName('nameLast')).toBe('last_name');
    expect(expandedKeyName('surname1')).toBe('surname');
    expect(expandedKeyName('geb')).toBe('geboren');
    expect(expandedKeyName('last_name')).toBeUndefined();
    expect(expandedKeyName('ph')).toBeUndefined();
  });
});

describe('K3: look-alikes that stay', () => {
  it.each<[Record<string, JsonValue>, string[]]>([
    // A lab's pH, a wavelength, a record's own dates and names of things
    [{ ph: '7.35', urine_ph: '6.5', wavelength_nm: '532', created_dt: '2024-01-05', updt_dt: '2024-02-01' }, ['7.35', '6.5', '532', '2024-01-05', '2024-02-01']],
    [{ file_nm: 'report.pdf', host_nm: 'db-prod-01', tbl_nm: 'cust_mstr' }, ['report.pdf', 'db-prod-01', 'cust_mstr']],
    // A mob in a game, a count; a heading's level
    [{ mob: 'zombie', mob_count: 3, h1: 'Welcome' }, ['zombie', 'Welcome']],
  ])('%j', async (args, kept) => {
    const out = await redacted(args);
    for (const value of kept) expect(out).toContain(value);
  });
});
