// A connection string's password in braces (secrets.ts assignmentValue, bracedValue; the fourth
// probe of 2026-12-04, J7: `Pwd={Tq5!Xm8Lv;x}`, `PWD={Wv4#Rn8Jp2}`, `Password={Kp3!Zw8;Rt}` stored
// raw while `PWD=Wv4#Rn8Jp2;` was masked). The ODBC grammar lets a braced value hold `;` and `=`,
// `}}` standing for `}`. The inputs are other drivers, keys and values than the probe's.
import { describe, expect, it } from 'vitest';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false });
/** `text` as stored: redacted as a tool's result, pseudonyms shortened to their type. */
const stored = (text: string): string =>
  ((redactor.redact({ v: 1, id: '01JTESTBRACEDPASSWORD00000', ts: '2026-12-04T17:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, tool: { name: 'run', result: text } } as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.result as string).replace(/:psn_[A-Za-z0-9_]+\]/g, ']');

describe('a braced password in a connection string', () => {
  it.each([
    ['DRIVER={PostgreSQL Unicode};SERVER=pg01;UID=app;PWD={Lq8=Zr;3}}pk};DATABASE=ledger', 'DRIVER={PostgreSQL Unicode};SERVER=pg01;UID=app;PWD={[PASSWORD]};DATABASE=ledger'],
    ["pyodbc.connect('DRIVER={ODBC Driver 17 for SQL Server};SERVER=db;UID=sa;PWD={Hn6;Tb2!q}')", "pyodbc.connect('DRIVER={ODBC Driver 17 for SQL Server};SERVER=db;UID=sa;PWD={[PASSWORD]}')"],
    ['Dsn=warehouse;Uid=etl;pwd={Gy7%Vd2#Ks}', 'Dsn=warehouse;Uid=etl;pwd={[PASSWORD]}'],
    ['Data Source=sql02;User ID=report;Password={Mc4;Yw=9e};Encrypt=yes', 'Data Source=sql02;User ID=report;Password={[PASSWORD]};Encrypt=yes'],
    ['{"note":"retry with Driver={MySQL ODBC 8.0};Server=my1;User=ops;Password={Rb5!Qe;7x};"}', '{"note":"retry with Driver={MySQL ODBC 8.0};Server=my1;User=ops;Password={[PASSWORD]};"}'],
  ])('%s', (input, expected) => {
    expect(stored(input)).toBe(expected);
  });
});

describe('braces that hold no password stay', () => {
  it.each([
    '<PasswordField password={password} onChange={update} />',
    'Driver={SQL Server};Server=db;Trusted_Connection=yes;',
    '{"password": {"minLength": 12, "requireDigit": true}}',
    'const conn = `Server=db;Password={${secret}};`',
  ])('%s', (input) => {
    expect(stored(input)).toBe(input);
  });
});
