// The two fast paths of verification (scan.ts), from surviving mutants (issue 13): each accepts a
// line only when the full check would, with the leaf it returns. Lines are built by hand with a
// correct hash, so that only the rule under test can turn them down.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HASH_FIRST_LENGTH, leafOfHashFirstLine, scanVerifiedLine, sha256 } from './scan.js';

const PREV = 'ab'.repeat(32);
const TS = '2026-01-01T00:00:00.000Z';
const hex = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** `template` with its one `"hash":"#",` filled in: SHA-256(0x00 || the line without that member). */
function sealText(template: string): { text: string; hash: string } {
  const member = '"hash":"#",';
  const cut = template.indexOf(member);
  if (cut < 0) throw new Error(`no hash member in ${template}`);
  const without = template.slice(0, cut) + template.slice(cut + member.length);
  const hash = hex(Buffer.concat([Buffer.from([0]), Buffer.from(without, 'latin1')]));
  return { text: template.slice(0, cut) + `"hash":"${hash}",` + template.slice(cut + member.length), hash };
}

/** The scanner's answer for a hand-made line (template with `"hash":"#",`), stream `s`, seq 3. */
function scan(template: string, seq = 3, prev = PREV, stream = 's') {
  const { text } = sealText(template);
  return scanVerifiedLine(Buffer.from(text, 'latin1'), stream, seq, prev);
}

const members = (over: Record<string, string> = {}): string => {
  const m: Record<string, string> = { id: '"e1"', prev: `"${PREV}"`, seq: '3', stream: '"s"', ts: `"${TS}"`, type: '"t"', v: '1', ...over };
  return Object.entries(m).map(([k, v]) => `"${k}":${v}`).join(',');
};
/** A valid line of the current layout (hash first) with `over` members replaced. */
const current = (over: Record<string, string> = {}): string => `{"hash":"#",${members(over)}}`;

describe('scanVerifiedLine', () => {
  it('declines a line whose ts is missing, not a string, or no real instant (the full check names it)', () => {
    expect(scan(current())).toBeDefined();
    expect(scan(current({ ts: '"2024-02-29T10:00:00.000Z"' }))).toBeDefined();
    for (const ts of ['"2026-02-30T10:00:00.000Z"', '"2026-06-15T24:00:00.000Z"', '"2026-06-15T23:59:60.000Z"', '"2025-02-29T00:00:00.000Z"', '1', '"2026-01-01"']) {
      expect(scan(current({ ts })), ts).toBeUndefined();
    }
    const { ts: _ts, ...rest } = { id: '"e1"', prev: `"${PREV}"`, seq: '3', stream: '"s"', ts: '', type: '"t"', v: '1' };
    expect(scan(`{"hash":"#",${Object.entries(rest).map(([k, v]) => `"${k}":${v}`).join(',')}}`)).toBeUndefined();
  });

  it('returns id, type, hash, the expected seq and the leaf, for both layouts', () => {
    for (const template of [current(), `{"id":"e1","hash":"#","prev":"${PREV}","seq":3,"stream":"s","ts":"${TS}","type":"t","v":1}`]) {
      const { text, hash } = sealText(template);
      const got = scanVerifiedLine(Buffer.from(text), 's', 3, PREV);
      expect(got).toEqual({ id: 'e1', type: 't', hash, seq: 3, leaf: Buffer.from(hash, 'hex') });
    }
  });

  it('skips values holding quotes, backslashes, brackets and nesting, and reads members after them', () => {
    const odd = [
      `"a":"x\\"}]{[,\\\\"`, // an escaped quote, then an escaped backslash before the closing quote
      `"b":{"c":[1,{"d":"}\\"]"}],"e":"\\\\"}`,
      `"f":[[],{},"]",["x\\\\\\""]]`,
      `"g":true`,
      `"h":"\\\\\\\\"`,
    ].join(',');
    const got = scan(`{"hash":"#",${odd},${members()}}`);
    expect(got?.id).toBe('e1');
    // In the older layout too: the members read come after nested values and a top-level backslash.
    expect(scan(`{${odd},"hash":"#",${members()}}`)?.type).toBe('t');
    expect(scan(`{"hash":"#","aa":"\\\\",${members()},"z":"\\n"}`)?.type).toBe('t');
  });

  it('reads stream, a six-letter key, and every member whatever its place', () => {
    expect(scan(`{"hash":"#","v":1,"type":"t","ts":"${TS}","stream":"s","seq":3,"prev":"${PREV}","id":"e1"}`)?.id).toBe('e1');
    expect(scan(current({ stream: '"other"' }))).toBeUndefined();
  });

  it('declines a line that is not one object, or whose framing it does not read as the writer writes it', () => {
    const ok = current();
    expect(scan(ok)).toBeDefined();
    expect(scan(`[${ok.slice(1)}`)).toBeUndefined(); // not an object
    expect(scan(`${ok}}`)).toBeUndefined(); // bytes after the object
    expect(scan(`${ok.slice(0, -1)} }`)).toBeUndefined();
    expect(scan(`{"hash":"#",x":1,${members()}}`)).toBeUndefined(); // a key without its opening quote
    expect(scan(`{"hash":"#","x" :1,${members()}}`)).toBeUndefined(); // white space after a key
    expect(scan(`{"hash":"#","x":,${members()}}`)).toBeUndefined(); // an empty value
    expect(scan(`{"hash":"#",${members({ id: '"e1" ' })}}`)).toBeUndefined(); // white space after a value
    expect(scan(`{"hash":"#",${members({ id: '"e1"' }).replace('"e1",', '"e1" ')}}`)).toBeUndefined(); // no comma
    expect(scan(`{"hash":"#","x":{"y":1,${members()}}`)).toBeUndefined(); // an object that does not close
    expect(scan(`{"hash":"#","x":"y,${members()}}`)).toBeUndefined(); // a string that does not close
    expect(scan(`{"hash":"#",${members()},"x":"y}`)).toBeUndefined(); // nor at the end
    expect(scan(`{"hash":"#",${members()},"x":{"y":"z}`)).toBeUndefined(); // nor inside an object
    expect(scan(`{"hash":"#",${members()},"x":[[[1]}`)).toBeUndefined(); // brackets that do not close
    expect(scan(`{"hash":"#","x":1],${members()}}`)).toBeUndefined(); // a scalar ended by a bracket
    expect(scan(`{"hash":"#","x":1},${members()}}`)).toBeUndefined();
    expect(scan(`{"hash":"#","x\\u0041":1,${members()}}`)).toBeUndefined(); // an escape in a top-level key
    expect(scan(`{"hash":"#","i\\u0064":"e2",${members()}}`)).toBeUndefined();
    expect(scanVerifiedLine(Buffer.from('{'), 's', 3, PREV)).toBeUndefined();
    expect(scanVerifiedLine(Buffer.from(''), 's', 3, PREV)).toBeUndefined();
  });

  it('declines a repeated member read, or one of the wrong kind', () => {
    for (const [key, value] of [['v', '1'], ['id', '"e1"'], ['type', '"t"'], ['prev', `"${PREV}"`], ['seq', '3'], ['stream', '"s"'], ['ts', `"${TS}"`]] as const) {
      expect(scan(`{"hash":"#","${key}":${value},${members()}}`), key).toBeUndefined();
    }
    const { text } = sealText(current());
    const hash = /"hash":"([0-9a-f]{64})"/.exec(text)?.[1] as string;
    expect(scanVerifiedLine(Buffer.from(text.replace(',"id"', `,"hash":"${hash}","id"`)), 's', 3, PREV)).toBeUndefined();
    // A repeated hash member whose second value is the line's own hash: still left to the full check.
    expect(scan(`{"hash":"${'0'.repeat(64)}",${members()},"hash":"#","z":1}`)).toBeUndefined();
    for (const key of ['id', 'type', 'prev', 'stream']) {
      expect(scan(current({ [key]: '12' })), key).toBeUndefined();
      expect(scan(current({ [key]: '["e1"]' })), key).toBeUndefined();
    }
    expect(scanVerifiedLine(Buffer.from(text.replace(/"hash":"([0-9a-f]{64})"/, '"hash":12')), 's', 3, PREV)).toBeUndefined();
  });

  it('declines a line without one of the members read, or with v other than 1', () => {
    for (const key of ['id', 'prev', 'seq', 'stream', 'type', 'v']) {
      const template = `{"hash":"#",${members()}}`.replace(new RegExp(`"${key}":[^,}]+,?`), '').replace(',}', '}');
      expect(scan(template), key).toBeUndefined();
    }
    expect(scanVerifiedLine(Buffer.from(`{${members()}}`), 's', 3, PREV)).toBeUndefined();
    for (const v of ['2', '"1"', '1.0', '01', 'true']) expect(scan(current({ v })), v).toBeUndefined();
  });

  it('reads seq only as a plain decimal integer of at most 15 digits', () => {
    for (const seq of [0, 9, 10, 90, 109, 999_999_999_999_999]) {
      expect(scan(current({ seq: String(seq) }), seq)?.seq, String(seq)).toBe(seq);
    }
    expect(scan(current({ seq: '3' }), 4)).toBeUndefined();
    // Not a plain integer is never a seq, not even 1.
    for (const expected of [1]) {
      for (const seq of ['01', 'x', '1x', '1000000000000001', '1.5']) expect(scan(current({ seq }), expected), `${seq} as ${expected}`).toBeUndefined();
    }
    expect(scan(current({ seq: '1000000000000000' }), 1e15)).toBeUndefined(); // 16 digits
    expect(scan(current({ seq: '05' }), 5)).toBeUndefined(); // a leading zero
    expect(scan(current({ seq: '00' }), 0)).toBeUndefined();
    expect(scan(current({ seq: '1/' }), 9)).toBeUndefined(); // '/' is 0x2f, just below '0'
    expect(scan(current({ seq: '1:' }), 20)).toBeUndefined(); // ':' is 0x3a, just above '9'
    expect(scan(current({ seq: '"3"' }), 3)).toBeUndefined();
    expect(scan(current({ seq: '3.0' }), 3)).toBeUndefined();
    expect(scan(current({ seq: '-3' }), 3)).toBeUndefined();
    expect(scan(current({ seq: '3e0' }), 3)).toBeUndefined();
  });

  it('declines another prev, another stream, an escape in id or type, a key rotation, or a hash that does not match', () => {
    expect(scan(current(), 3, 'cd'.repeat(32))).toBeUndefined();
    expect(scan(current(), 3, PREV, 't')).toBeUndefined();
    expect(scan(current({ stream: '"\\u0073"' }))).toBeUndefined(); // "s", escaped
    expect(scan(current({ id: '"e\\u0031"' }))).toBeUndefined();
    expect(scan(current({ type: '"\\u0074"' }))).toBeUndefined();
    expect(scan(current({ type: '"ledger.key_rotate"' }))).toBeUndefined();
    expect(scan(current({ type: '"ledger.pruned"' }))?.type).toBe('ledger.pruned');
    const { text, hash } = sealText(current());
    expect(scanVerifiedLine(Buffer.from(text.replace('"id":"e1"', '"id":"e2"')), 's', 3, PREV)).toBeUndefined();
    expect(scanVerifiedLine(Buffer.from(text.replace(hash, hash.toUpperCase())), 's', 3, PREV)).toBeUndefined();
    expect(scanVerifiedLine(Buffer.from(text.replace(hash, `${hash}00`)), 's', 3, PREV)).toBeUndefined();
    // The hash member last (no comma after it): not a layout the writer ever made.
    const last = `{${members()},"hash":"${hash}"}`;
    expect(scanVerifiedLine(Buffer.from(last), 's', 3, PREV)).toBeUndefined();
  });

  it('hashes lines longer than its 64 KB buffer (and several times longer) correctly', () => {
    for (const size of [300_000, 70_000, 1_000_000]) {
      const got = scan(current({ x: `"${'x'.repeat(size)}"` }));
      expect(got?.leaf.toString('hex'), String(size)).toBe(got?.hash);
      expect(got?.id).toBe('e1');
    }
    expect(scan(current())?.type).toBe('t');
  });
});

/** A line of the current layout: `{"hash":"<H>",` + rest, H = SHA-256(0x00 || `{` || rest). */
function hashFirst(rest: string): { bytes: Buffer; hash: string } {
  const hash = hex(Buffer.concat([Buffer.from([0, 0x7b]), Buffer.from(rest, 'latin1')]));
  return { bytes: Buffer.from(`{"hash":"${hash}",${rest}`, 'latin1'), hash };
}
const REST = `"id":"e1","prev":"${PREV}","seq":3,"stream":"s","type":"tool.call","v":1}`;

describe('leafOfHashFirstLine', () => {
  it('writes the 32 bytes of the leaf, and only those', () => {
    const { bytes, hash } = hashFirst(REST);
    expect(bytes.length).toBe(HASH_FIRST_LENGTH + REST.length);
    const leaf = Buffer.alloc(34, 0xee);
    const copy = Buffer.from(bytes);
    expect(leafOfHashFirstLine(bytes, leaf)).toBe(true);
    expect(bytes.equals(copy)).toBe(true); // the two bytes it overwrote are put back
    expect(leaf.subarray(0, 32).toString('hex')).toBe(hash);
    expect(leaf.subarray(32).toString('hex')).toBe('eeee');
  });

  it('declines a line whose bytes of the hash member differ, though they are not hashed', () => {
    const { bytes } = hashFirst(REST);
    for (const at of [0, 1, 2, 3, 4, 5, 6, 7, 8, 73, 74]) {
      const changed = Buffer.from(bytes);
      changed[at] = 0x78; // 'x'
      expect(leafOfHashFirstLine(changed, Buffer.alloc(32)), `byte ${at}`).toBe(false);
    }
  });

  it('declines every other ending than `"type":"<type>","v":1}`, hash correct or not', () => {
    const ending = '"type":"tool.call","v":1}';
    const head = REST.slice(0, -ending.length);
    expect(leafOfHashFirstLine(hashFirst(head + ending).bytes, Buffer.alloc(32))).toBe(true);
    for (let i = 0; i < ending.length; i++) {
      if (i >= 8 && i <= 16) continue; // the type's value
      const changed = ending.slice(0, i) + (ending[i] === 'x' ? 'y' : 'x') + ending.slice(i + 1);
      expect(leafOfHashFirstLine(hashFirst(head + changed).bytes, Buffer.alloc(32)), changed).toBe(false);
    }
  });

  it('looks back at most 128 bytes for the type, and declines the ledger\'s own types only', () => {
    const withType = (type: string): string => REST.replace('tool.call', type);
    expect(leafOfHashFirstLine(hashFirst(withType('x'.repeat(128))).bytes, Buffer.alloc(32))).toBe(true);
    expect(leafOfHashFirstLine(hashFirst(withType('x'.repeat(129))).bytes, Buffer.alloc(32))).toBe(false);
    expect(leafOfHashFirstLine(hashFirst(withType('a\\"b')).bytes, Buffer.alloc(32))).toBe(false);
    expect(leafOfHashFirstLine(hashFirst(withType('x\\ny')).bytes, Buffer.alloc(32))).toBe(false); // an escape in the type
    // A type value without its opening quote, as long as the window: the quote must be there.
    expect(leafOfHashFirstLine(hashFirst(REST.replace('"type":"tool.call"', `"type":${'x'.repeat(129)}"`)).bytes, Buffer.alloc(32))).toBe(false);
    expect(leafOfHashFirstLine(hashFirst(REST.replace('"type":"tool.call"', `"type":${'x'.repeat(100)}"`)).bytes, Buffer.alloc(32))).toBe(false);
    expect(leafOfHashFirstLine(hashFirst(withType('ledger.x')).bytes, Buffer.alloc(32))).toBe(false);
    for (let i = 0; i < 7; i++) {
      const type = `${'ledger.'.slice(0, i)}${i === 6 ? '_' : 'X'}${'ledger.'.slice(i + 1)}x`;
      expect(leafOfHashFirstLine(hashFirst(withType(type)).bytes, Buffer.alloc(32)), type).toBe(true);
    }
  });

  it('compares every byte of the stored hash with the digest', () => {
    const { bytes, hash } = hashFirst(REST);
    for (const at of [9, 10, 40, 71, 72]) {
      const changed = Buffer.from(bytes);
      changed[at] = changed[at] === 0x30 ? 0x31 : 0x30;
      expect(leafOfHashFirstLine(changed, Buffer.alloc(32)), `byte ${at}`).toBe(false);
    }
    expect(bytes.subarray(9, 73).toString()).toBe(hash);
  });

  it('declines a line too short to hold the hash member and an ending', () => {
    const { bytes } = hashFirst('"type":"t","v":1}');
    expect(leafOfHashFirstLine(bytes.subarray(0, HASH_FIRST_LENGTH + 16), Buffer.alloc(32))).toBe(false);
  });
});

describe('sha256', () => {
  it('is SHA-256', () => {
    expect(sha256(Buffer.from('abc')).toString('hex')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
