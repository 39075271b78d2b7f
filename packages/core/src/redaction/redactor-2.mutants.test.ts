// The redactor's walk, third pass (issue 13, from surviving mutants of redactor.ts lines 101-157
// and 328-628): the code added on 2026-12-02 (the nesting check of JSON in strings,
// `nestedDeeperThan`; delimited tables in text, `maskTableColumns`; media in the arrays and
// objects of parsed JSON; a generic name key beside a surname key) and the middle of the walk.
// Each expectation is the exact output, with the pseudonyms worked out from the same key.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import type { RedactionResult } from '../spec/redactor.js';
import { createRedactor, type RedactorOptions } from './redactor.js';
import { createKeyring } from './keys.js';
import { pseudonym, REDACTION_FAILED_MARKER } from './pseudonym.js';

const ring = createKeyring([new Uint8Array(32).fill(7)]);
const tok = (type: string, normalized: string): string => pseudonym(ring, type, normalized);

function ev(overrides: Partial<UnsealedEvent> = {}): UnsealedEvent {
  return {
    v: 1,
    id: '01JABCDEFGHJKMNPQRSTVWXYZ0',
    ts: '2026-01-01T00:00:00.000Z',
    stream: 's',
    seq: 0,
    type: 'tool.call',
    agent: { id: 'bot' },
    source: 'test',
    outcome: 'success',
    ...overrides,
  };
}

async function redact(input: UnsealedEvent, options: RedactorOptions = {}): Promise<RedactionResult> {
  return createRedactor({ pseudonymKey: ring, ...options }).redact(input, { capture: {} } as never);
}

/** The redacted `attrs` of an event holding `attrs`. */
async function attrs(value: Record<string, JsonValue>, options: RedactorOptions = {}): Promise<JsonValue> {
  return (await redact(ev({ attrs: value }), options)).event.attrs as JsonValue;
}

describe('JSON in strings nested deeper than the walk goes', () => {
  // attrs (0) > a (1) > the parsed document (2): 63 levels are kept whole, 64 reach the marker.
  const person = tok('PERSON', 'xavq');

  it('64 levels are parsed (and reach the marker); 65 are text, for objects and for arrays', async () => {
    const arrays64 = '['.repeat(64) + ']'.repeat(64);
    const arrays65 = '['.repeat(65) + ']'.repeat(65);
    const objects65 = '{"a":'.repeat(64) + '{}' + '}'.repeat(64);
    const objects64 = '{"a":'.repeat(63) + '{}' + '}'.repeat(63);
    const out = (await attrs({ a: arrays64, b: arrays65, c: objects65, d: objects64 })) as Record<string, string>;
    expect(out.a).toBe('['.repeat(63) + `"${REDACTION_FAILED_MARKER}"` + ']'.repeat(63));
    expect(out.b).toBe(arrays65);
    expect(out.c).toBe(objects65);
    expect(out.d).toBe('{"a":'.repeat(63) + `"${REDACTION_FAILED_MARKER}"` + '}'.repeat(63));
  });

  it('brackets inside strings, escaped quotes among them, are not counted; closing brackets are', async () => {
    const deep = '['.repeat(70);
    const inString = `{"last_name":"Xavq","note":"${deep}"}`;
    const escaped = `{"last_name":"Xavq","note":"say \\"${deep}\\" ok"}`;
    const closedArrays = `{"last_name":"Xavq","list":[${new Array(70).fill('[]').join(',')}]}`;
    const closedObjects = `{"last_name":"Xavq","list":[${new Array(70).fill('{}').join(',')}]}`;
    const out = (await attrs({ a: inString, b: escaped, c: closedArrays, d: closedObjects })) as Record<string, string>;
    expect(out.a).toBe(`{"last_name":"${person}","note":"${deep}"}`);
    expect(out.b).toBe(`{"last_name":"${person}","note":"say \\"${deep}\\" ok"}`);
    expect(out.c).toBe(`{"last_name":"${person}","list":[${new Array(70).fill('[]').join(',')}]}`);
    expect(out.d).toBe(`{"last_name":"${person}","list":[${new Array(70).fill('{}').join(',')}]}`);
  });
});

describe('delimited tables in text', () => {
  const probe = async (text: string): Promise<string> => ((await attrs({ t: text })) as Record<string, string>).t;

  const widget = tok('PERSON', 'widget');
  const plimbo = tok('PERSON', 'plimbo');

  it('a generic name column is a person beside a column of personal data or a surname, not beside a secret or a key', async () => {
    expect(await probe('name,phone\nWidget,+44 20 7946 0958\n')).toBe(`name,phone\n${widget},${tok('PHONE', '+442079460958')}\n`);
    expect(await probe('name,last_name\nWidget,Plimbo\n')).toBe(`name,last_name\n${widget},${plimbo}\n`);
    expect(await probe('name,password\nWidget,hunter2secret\n')).toBe(`name,password\nWidget,${tok('SECRET', 'hunter2secret')}\n`);
    expect(await probe('name,key\nWidget,abcdef123456xyz\n')).toBe(`name,key\nWidget,${tok('SECRET', 'abcdef123456xyz')}\n`);
    // Other columns of no kind stay, beside a person's.
    expect(await probe('name,email,comment\nWidget,a.b@example.org,Gadget\n')).toBe(`name,email,comment\n${widget},${tok('EMAIL', 'a.b@example.org')},Gadget\n`);
    expect(await probe('sku,colour\nAB-1,red\n')).toBe('sku,colour\nAB-1,red\n');
  });

  it('an email column by its whole name only (mail, email, E-Mail; not mailbox or hotmail)', async () => {
    expect(await probe('name,mail\nWidget,x\n')).toBe(`name,mail\n${widget},x\n`);
    expect(await probe('Name,E-Mail\nWidget,x\n')).toBe(`Name,E-Mail\n${widget},x\n`);
    expect(await probe('name,courriel\nWidget,x\n')).toBe(`name,courriel\n${widget},x\n`);
    expect(await probe('name,mailbox\nWidget,x\n')).toBe('name,mailbox\nWidget,x\n');
    expect(await probe('name,hotmail\nWidget,x\n')).toBe('name,hotmail\nWidget,x\n');
  });

  it('a cell that is one token already stays; a cell with more than a token is masked whole; a value not of the kind stays', async () => {
    expect(await probe('last_name,x\na.b@example.org,1\nDr a.b@example.org,2\n')).toBe(
      `last_name,x\n${tok('EMAIL', 'a.b@example.org')},1\n${tok('PERSON', tok('EMAIL', 'a.b@example.org').toLowerCase())},2\n`, // the title is no part of the pseudonym's input (F1 of 2026-12-07)
    );
    expect(await probe('last_name,x\na.b@example.org Jr,1\n')).toBe(`last_name,x\n${tok('PERSON', `${tok('EMAIL', 'a.b@example.org')} jr`.toLowerCase())},1\n`);
    expect(await probe('phone,x\nn/a,1\n')).toBe('phone,x\nn/a,1\n');
    expect(await probe('phone,last_name\nn/a,Plimbo\n,Plimbo\n')).toBe(`phone,last_name\nn/a,${plimbo}\n,${plimbo}\n`);
  });

  it('a text of several lines that is no table is scanned and kept as it is around its findings', async () => {
    expect(await probe('hello there\nmail a.b@example.org\n')).toBe(`hello there\nmail ${tok('EMAIL', 'a.b@example.org')}\n`);
    expect(await probe('a,b\n')).toBe('a,b\n');
  });

  it('a generic name column that a key list of the options names otherwise keeps that decision', async () => {
    const out = (await attrs({ t: 'nombre,apellido\nWidget,Plimbo\n' }, { extraSecretKeys: ['nombre'] })) as Record<string, string>;
    expect(out.t).toBe(`nombre,apellido\n${tok('SECRET', 'Widget')},${plimbo}\n`);
  });

  it('a table after a blank line, and text after the table, are kept around the masked cells', async () => {
    expect(await probe('\nname,last_name\nWidget,Plimbo')).toBe(`\nname,last_name\n${widget},${plimbo}`);
    expect(await probe('last_name,x\nPlimbo,1\n-- end of table --')).toBe(`last_name,x\n${plimbo},1\n-- end of table --`);
  });
});

describe('media in the arrays and objects of JSON parsed from strings', () => {
  const sig = [137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82];
  const png = Buffer.concat([Buffer.from(sig), Buffer.alloc(200, 1)]);
  const b64 = png.toString('base64');
  const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
  const summary = (mimeType: string, bytes: Uint8Array): string => JSON.stringify({ mimeType, bytes: bytes.byteLength, sha256: sha(bytes) });

  it('bytes as numbers (a signature, or any under blob), base64 in two or more pieces, a Buffer and a typed array through JSON', async () => {
    const bytes = Uint8Array.from([...sig, 1, 2, 3]);
    const out = await attrs({
      bytes: JSON.stringify([...bytes]),
      blob: JSON.stringify({ blob: [1, 2, 3, 4] }),
      chunks2: JSON.stringify([b64.slice(0, 144), b64.slice(144)]),
      chunks3: JSON.stringify([b64.slice(0, 100), b64.slice(100, 200), b64.slice(200)]),
      buffer: JSON.stringify({ type: 'Buffer', data: [...sig, 1, 2] }),
      typed: JSON.stringify(Object.fromEntries([...sig, 5].map((v, i) => [String(i), v]))),
    });
    expect(out).toEqual({
      bytes: summary('image/png', bytes),
      blob: `{"blob":${summary('application/octet-stream', Uint8Array.from([1, 2, 3, 4]))}}`,
      chunks2: summary('image/png', png),
      chunks3: summary('image/png', png),
      buffer: summary('image/png', Uint8Array.from([...sig, 1, 2])),
      typed: summary('image/png', Uint8Array.from([...sig, 5])),
    });
  });

  it('lists and objects that are no bytes are walked: numbers, one string, strings after a number, two members', async () => {
    const value = {
      scores: JSON.stringify([1, 2, 3, 'a.b@example.org']),
      mixed: JSON.stringify([1, 'a.b@example.org']),
      pair: JSON.stringify({ type: 'note', data: 'a.b@example.org' }),
      keys: JSON.stringify({ 0: 'a.b@example.org', 1: 2 }),
    };
    const email = tok('EMAIL', 'a.b@example.org');
    expect(await attrs(value)).toEqual({
      scores: `[1,2,3,"${email}"]`,
      mixed: `[1,"${email}"]`,
      pair: `{"data":"${email}","type":"note"}`,
      keys: `{"0":"${email}","1":2}`,
    });
  });
});

describe('a generic name key beside a surname key', () => {
  it('is a person; alone, or beside keys of no kind, it is not; the others stay', async () => {
    expect(await attrs({ a: { nombre: 'Widget', apellido: 'Plimbo', sku: 'AB-1' }, b: { nombre: 'Widget', sku: 'AB-1' } })).toEqual({
      a: { apellido: tok('PERSON', 'plimbo'), nombre: tok('PERSON', 'widget'), sku: 'AB-1' },
      b: { nombre: 'Widget', sku: 'AB-1' },
    });
  });

  it('in an object of up to 64 members', async () => {
    const fill = (n: number): Record<string, JsonValue> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${String(i).padStart(2, '0')}`, 'x']));
    const at = { ...fill(62), name: 'Widget', surname: 'Plimbo' };
    const over = { ...fill(63), name: 'Widget', surname: 'Plimbo' };
    const out = (await attrs({ at, over })) as Record<string, Record<string, JsonValue>>;
    expect(out.at).toEqual({ ...fill(62), name: tok('PERSON', 'widget'), surname: tok('PERSON', 'plimbo') });
    expect(out.over).toEqual({ ...fill(63), name: 'Widget', surname: tok('PERSON', 'plimbo') });
  });
});
