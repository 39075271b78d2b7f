// What encoded-text.ts promises (issue 13, from a StrykerJS run of the whole file): the exact runs
// encodedTextView decodes (their offsets in the original and their text) for each spelling (RFC 2047
// encoded-words, base64 and base64url runs, hex digits, hex pairs, `0x` bytes, UTF-16 hex,
// quoted-printable after its header, a URL path's segment), the bounds of each, the gates
// (mayHoldEncodedText, mayHoldHexPairs) and the counted work. The module is called directly.
import { describe, expect, it } from 'vitest';
import { encodedTextView, type EncodedWork, mayHoldEncodedText, mayHoldHexPairs } from './encoded-text.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64');

/** The decoded runs of the view, each as `from-to:text` (offsets in the original), or undefined when there is no view. */
const runs = (text: string): string[] | undefined => {
  const view = encodedTextView(text);
  if (view === undefined) return undefined;
  const out: string[] = [];
  let last = '';
  for (let j = 0; j < view.text.length; j++) {
    if ((view.changed[j + 1] as number) - (view.changed[j] as number) !== 1) {
      // A unit as written stands for itself.
      expect(text.slice(view.starts[j], view.ends[j])).toBe(view.text[j]);
      expect((view.ends[j] as number) - (view.starts[j] as number)).toBe(1);
      last = '';
      continue;
    }
    const key = `${view.starts[j]}-${view.ends[j]}`;
    if (key === last) out[out.length - 1] += view.text[j] as string;
    else {
      out.push(`${key}:${view.text[j]}`);
      last = key;
    }
  }
  return out;
};
const viewText = (text: string): string | undefined => encodedTextView(text)?.text;
const steps = (text: string): number => {
  const work: EncodedWork = { steps: 0 };
  encodedTextView(text, work);
  return work.steps;
};

describe('the gates', () => {
  it('mayHoldEncodedText: an encoded-word, or the quoted-printable header in either case', () => {
    expect(mayHoldEncodedText('a =?UTF-8?B?x?=')).toBe(true);
    expect(mayHoldEncodedText('Content-Transfer-Encoding: quoted-printable\n')).toBe(true);
    expect(mayHoldEncodedText('CONTENT-TRANSFER-ENCODING:\tQUOTED-PRINTABLE')).toBe(true);
    expect(mayHoldEncodedText('Content-Transfer-Encoding: base64')).toBe(false);
    expect(mayHoldEncodedText('quoted-printable a=b ?= =')).toBe(false);
    expect(mayHoldEncodedText('content-tRansfer-encoding: quoted-printable')).toBe(false);
  });

  it('mayHoldHexPairs: eight pairs set apart by blanks or colons, or three bytes each with its 0x', () => {
    expect(mayHoldHexPairs('35 33 36 2d 32 32 2d 38')).toBe(true);
    expect(mayHoldHexPairs('35:33:36:2d:32:32:2d:38')).toBe(true);
    expect(mayHoldHexPairs('35 33 36 2d 32 32 2d')).toBe(false);
    expect(mayHoldHexPairs('0x35 0x33 0x36')).toBe(true);
    expect(mayHoldHexPairs('0X35,0X33, 0X36')).toBe(true);
    expect(mayHoldHexPairs('0x35,\t0x33\t0x36')).toBe(true);
    expect(mayHoldHexPairs('0x35 0x33')).toBe(false);
    expect(mayHoldHexPairs('0x35;0x33;0x36')).toBe(false);
    expect(mayHoldHexPairs('plain text')).toBe(false);
  });
});

describe('encoded-words (RFC 2047)', () => {
  it('B and Q, either case, a language after the charset, other charsets', () => {
    expect(runs('Subject: =?UTF-8?B?UXhhcm8gVmxpbnR1aw==?= x')).toEqual(['9-41:Qxaro Vlintuk']);
    expect(runs(`s =?utf-8*en?b?${b64('Qxaro Vlintuk')}?=`)).toEqual(['2-37:Qxaro Vlintuk']);
    expect(runs('a =?iso-8859-1?Q?Ren=E9_Vlintuk?= b')).toEqual(['2-33:René Vlintuk']);
    expect(runs('a =?ISO-8859-1?q?Ren=E9_V?= b')).toEqual(['2-27:René V']);
    // us-ascii and utf8 are read as UTF-8 (TextDecoder would read us-ascii as windows-1252).
    expect(runs('a =?us-ascii?q?Ren=C3=A9_V?= b')).toEqual(['2-28:René V']);
    expect(runs('a =?US-ASCII?Q?Ren=C3=A9_V?= b')).toEqual(['2-28:René V']);
    expect(runs('a =?UTF8?Q?Ren=C3=A9_V?= b')).toEqual(['2-24:René V']);
    expect(viewText('a =?UTF8?Q?Ren=C3=A9_V?= b')).toBe('a René V b');
  });

  it('words joined over blanks and line breaks; a word that does not decode ends them', () => {
    expect(runs(`w =?UTF-8?B?${b64('Qxaro ')}?= \r\n\t=?UTF-8?Q?Vlintuk?= end`)).toEqual(['2-45:Qxaro Vlintuk']);
    expect(viewText(`w =?UTF-8?B?${b64('Qxaro ')}?= \r\n\t=?UTF-8?Q?Vlintuk?= end`)).toBe('w Qxaro Vlintuk end');
    expect(runs(`w =?UTF-8?B?${b64('Qxaro ')}?= =?UTF-8?B?ab.c?= end`)).toEqual(['2-22:Qxaro ']);
    expect(runs(`=?UTF-8?Q?Qxaro?==?UTF-8?Q?_V?=`)).toEqual(['0-31:Qxaro V']);
    expect(runs(`=?UTF-8?Q?Qxaro?=x=?UTF-8?Q?_V?=`)).toEqual(['0-17:Qxaro', '18-32: V']);
  });

  it('what does not decode: an unknown charset, a byte over 127 in Q, a length of 4n+1, bad base64', () => {
    // The word is not read; its base64 is then read as a base64 run.
    expect(runs('w =?x-unknown?B?UXhhcm8gVmxpbnR1aw==?= end')).toEqual(['16-36:Qxaro Vlintuk']);
    expect(runs('w =?UTF-8?Q?Qx\u00e9?= end')).toBeUndefined();
    expect(runs('w =?UTF-8?B?UXhhc?= end')).toBeUndefined();
    expect(runs('w =?UTF-8?B?UXh*?= end')).toBeUndefined();
    expect(runs('w =?UTF-8?B?UXh\u00e9?= end')).toBeUndefined();
    expect(runs('w =? nothing =?')).toBeUndefined();
    expect(runs('w =?UTF-8?Q??= end')).toBeUndefined();
    expect(runs('w =?UTF-8?Q?a=01?= end')).toBeUndefined();
    // A character over 127 in Q is refused before the charset reads it (windows-1252 would take 0x80 for €).
    expect(runs('w =?iso-8859-1?Q?Qxaro\u0080?= end')).toBeUndefined();
    // `=` inside B's text (only the padding at its end is taken off).
    expect(runs('w =?UTF-8?B?UXhh==cm8gVmxpbnR1aw?= end')).toBeUndefined();
  });

  it('Q: `=` not followed by two hex digits is itself; `_` a blank', () => {
    expect(runs('w =?UTF-8?Q?Qx=a?= end')).toEqual(['2-18:Qx=a']);
    expect(runs('w =?UTF-8?Q?Qx=a_?= end')).toEqual(['2-19:Qx=a ']);
    expect(runs('w =?UTF-8?Q?Qx=ag?= end')).toEqual(['2-19:Qx=ag']);
    expect(runs('w =?UTF-8?Q?Qx=3d?= end')).toEqual(['2-19:Qx=']);
    expect(runs('w =?UTF-8?Q?Qx=3D=3d?= end')).toEqual(['2-22:Qx==']);
    // Hex digits without their `=` are themselves.
    expect(runs('w =?UTF-8?Q?Qx12?= end')).toEqual(['2-18:Qx12']);
  });
});

describe('asText: text, not bytes', () => {
  it('tab and line breaks pass; other control characters, DEL, C1 and U+FFFD do not', () => {
    expect(runs(`x ${b64('Qxaro\tVlintuk\r\nRoad 12')}`)).toEqual(['2-34:Qxaro\tVlintuk\r\nRoad 12']);
    for (const bad of ['\u0000', '\u0001', '\u0008', '\u000b', '\u001f', '\u007f', '\u0080', '\u009f', '\ufffd']) {
      expect(runs(`x ${b64(`Qxaro Vlintuk${bad}Road`)}`)).toBeUndefined();
    }
    expect(runs(`x ${b64('Qxaro Vlintuk Road ')}`)).toEqual(['2-30:Qxaro Vlintuk Road ']);
    expect(runs(`x ${b64('Qxaro Vlintuk\u00a0Road')}`)).toEqual(['2-30:Qxaro Vlintuk\u00a0Road']);
    expect(runs(`x ${b64('Qxaro Vlintuk~Road')}`)).toEqual(['2-26:Qxaro Vlintuk~Road']);
    // Malformed UTF-8 (a lone continuation byte).
    expect(runs(`x ${Buffer.from([0x51, 0x78, 0x61, 0x72, 0x6f, 0x20, 0x80, 0x56, 0x6c, 0x69, 0x6e, 0x74]).toString('base64')}`)).toBeUndefined();
  });
});

describe('hex digits', () => {
  it('a run alone or after 0x or 0X, one letter case, 8 bytes or more', () => {
    expect(runs('trace 3533362d32322d38353134 end')).toEqual(['6-28:536-22-8514']);
    expect(runs('trace 0x3533362D32322D38353134 end')).toEqual(['6-30:536-22-8514']);
    expect(runs('trace 0X3533362d32322d38353134 end')).toEqual(['6-30:536-22-8514']);
    expect(runs('trace xx3533362d32322d38353134 end')).toBeUndefined();
    expect(runs('trace 0y3533362d32322d38353134 end')).toBeUndefined();
    expect(runs('trace 1x3533362d32322d38353134 end')).toBeUndefined();
    expect(runs('trace 3533362d32322D38353134 end')).toBeUndefined();
    expect(runs('trace 3533362d32322d38 end')).toEqual(['6-22:536-22-8']);
    expect(runs('trace 0x3533362d32322d38 end')).toEqual(['6-24:536-22-8']);
    // After 0x, 14 digits are 7 bytes: too few.
    expect(runs('trace 0x3533362d32322d end')).toBeUndefined();
    // Not hex: not read as hex (`zz` would be a zero byte, the rest UTF-16).
    expect(runs('trace zz35zz33zz36zz32 end')).toBeUndefined();
    expect(runs('trace 3533362d32322d3 end')).toBeUndefined();
    expect(runs('trace 3533362d32322d3835 end')).toEqual(['6-24:536-22-85']);
    expect(runs('trace 3533362d32322d383 end')).toBeUndefined();
    expect(runs('trace 4A4B4C4D4E4F5051 end')).toEqual(['6-22:JKLMNOPQ']);
    expect(runs('trace 4a4b4c4d4e4f5051 end')).toEqual(['6-22:JKLMNOPQ']);
    expect(runs('trace 4A4B4C4D4E4F5039 end')).toEqual(['6-22:JKLMNOP9']);
    // Mixed case where the one letter of the other case is an end of its range (a, f, A, F).
    expect(runs('t 4A4B4C4D4E4F502a .')).toBeUndefined();
    expect(runs('t 6a6b6c6d6e4F7071 .')).toBeUndefined();
    expect(runs('t 6a6b6c6d6e6f702A .')).toBeUndefined();
  });

  it('a SHA-256 or other random bytes are not text', () => {
    expect(runs('sha 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 end')).toBeUndefined();
  });

  it('UTF-16 in the ASCII range, big- or little-endian', () => {
    expect(runs('trace 0035003300360032002d0032 end')).toEqual(['6-30:5362-2']);
    expect(runs('trace 3500330036003200 end')).toEqual(['6-22:5362']);
    expect(runs('trace 35003300360032002d003200 end')).toEqual(['6-30:5362-2']);
    expect(runs('trace 0035003300360032 end')).toEqual(['6-22:5362']);
    // Not every other byte zero, or a zero where the text is.
    expect(runs('trace 0035003300360032002d3232 end')).toBeUndefined();
    expect(runs('trace 0035003300360000 end')).toBeUndefined();
    expect(runs('trace 3500330036000000 end')).toBeUndefined();
    expect(runs('trace 003500330036003200 end')).toBeUndefined();
    expect(runs('trace 0035003300360001 end')).toBeUndefined();
  });

  it('at most 6,144 bytes', () => {
    const text = 'Name Qxaro Vlintuk, SSN 536-22-8514. '.repeat(200).slice(0, 6144);
    const hex = Buffer.from(text).toString('hex');
    expect(runs(`h ${hex} .`)).toEqual([`2-${2 + 12288}:${text}`]);
    expect(runs(`h ${hex}41 .`)).toBeUndefined();
  });
});

describe('hex pairs and 0x bytes', () => {
  it('pairs set apart by one blank or one colon throughout, eight or more', () => {
    expect(runs('h 35 33 36 2d 32 32 2d 38 35 31 34 .')).toEqual(['2-34:536-22-8514']);
    expect(runs('h 35:33:36:2d:32:32:2d:38 .')).toEqual(['2-25:536-22-8']);
    expect(runs('35 33 36 2d 32 32 2d 38')).toEqual(['0-23:536-22-8']);
    expect(runs('h 35 33:36 2d 32 32 2d 38 .')).toBeUndefined();
    expect(runs('h 35 33 36 2d 32 32 2d 38:35 .')).toBeUndefined();
    expect(runs('h 35 33 36 2d 32 32 2d .')).toBeUndefined();
    expect(runs('h 35 33 36 2d 32 32 2d 01 .')).toBeUndefined();
    expect(runs('h 35 33 36 2d 32 32 2d 38 . 35 33 36 2d 32 32 2d 39')).toEqual(['2-25:536-22-8', '28-51:536-22-9']);
  });

  it('bytes each with its 0x: blanks, tabs, commas with or without a blank', () => {
    expect(runs('p 0x35 0x33 0x36 0x2d 0x32 0x32 0x2d 0x38 .')).toEqual(['2-41:536-22-8']);
    expect(runs('p [0x35,0x33,0x36,0x2D,0x32,0x32,0x2D,0x38]')).toEqual(['3-42:536-22-8']);
    expect(runs('p {0x35, 0x33,\t0x36, 0x2d, 0x32, 0x32, 0x2d, 0x38}')).toEqual(['3-49:536-22-8']);
    expect(runs('p 0X35\t0X33\t0X36\t0X2D\t0X32\t0X32\t0X2D\t0X38 .')).toEqual(['2-41:536-22-8']);
    expect(runs('p 0x35 0x33 0x36 0x2d 0x32 0x32 0x2d .')).toBeUndefined();
    expect(runs('p 0x35 0x33 0x36 0x2d 0x32 0x32 0x2d 0x01 .')).toBeUndefined();
    expect(runs('p 0x35 0x33 0x36 0x2d 0x32 0x32 0x2d 0x38 . 0x35 0x33 0x36 0x2d 0x32 0x32 0x2d 0x39')).toEqual(['2-41:536-22-8', '44-83:536-22-9']);
  });
});

describe('quoted-printable after its header', () => {
  it('escapes decoded together, soft breaks dropped, a bare = left', () => {
    const text = 'Content-Transfer-Encoding: quoted-printable\r\n\r\nName: Qxaro Vlint=\r\nuk, SSN 536=2D22=2D8514 Ren=C3=A9 x=zz y=\nz =FF =\r';
    expect(runs(text)).toEqual(['78-81:-', '83-86:-', '94-100:é', '111-114:\ufffd']);
    expect(viewText(text)).toBe('Content-Transfer-Encoding: quoted-printable\r\n\r\nName: Qxaro Vlintuk, SSN 536-22-8514 René x=zz yz \ufffd =\r');
  });

  it('only after the header, in either case', () => {
    expect(runs('=2D Content-Transfer-Encoding: quoted-printable =2D')).toEqual(['48-51:-']);
    expect(runs('CONTENT-TRANSFER-ENCODING:\tQUOTED-PRINTABLE =2D')).toEqual(['44-47:-']);
    expect(runs('content-tRansfer-encoding: quoted-printable =2D')).toBeUndefined();
    expect(runs('Content-Transfer-Encoding: base64 =2D')).toBeUndefined();
    expect(runs('Content-Transfer-Encoding: quoted-printable =3')).toBeUndefined();
    // `=` then a character then a line break is no soft break.
    expect(runs('Content-Transfer-Encoding: quoted-printable a=x\nb')).toBeUndefined();
    expect(viewText('Content-Transfer-Encoding: quoted-printable=\n=2D=\r\n')).toBe('Content-Transfer-Encoding: quoted-printable-');
  });
});

describe('base64 runs', () => {
  it('a run from 16 characters, both letter cases, padding, a `name=value` end', () => {
    expect(runs(`payload=${b64('{"ssn":"536-22-8514"}')}&x=1`)).toEqual(['8-36:{"ssn":"536-22-8514"}']);
    expect(runs(`payload=${b64('{"ssn":"536-22-8514"}').toLowerCase()}&x=1`)).toBeUndefined();
    expect(runs(`payload=${b64('{"ssn":"536-22-8514"}').toUpperCase()}&x=1`)).toBeUndefined();
    expect(runs(`k ${b64('Qxaro Vlintuk lives here')}=x`)).toEqual(['2-34:Qxaro Vlintuk lives here']);
    expect(runs(`k ${b64('Qxaro Vlintuk')}.`)).toEqual(['2-22:Qxaro Vlintuk']);
    expect(runs(`k ${b64('Qxaro Vlintuk')}=x`)).toEqual(['2-22:Qxaro Vlintuk']);
    expect(runs(`k ${b64('Qxaro Vlintu')} .`)).toEqual(['2-18:Qxaro Vlintu']);
    expect(runs(`k ${b64('Qxaro Vlintuk l')}=`)).toEqual(['2-23:Qxaro Vlintuk l']);
    expect(runs(`k ${b64('Qxaro Vlintuk lives')}`)).toEqual(['2-30:Qxaro Vlintuk lives']);
    expect(runs(`k ${b64('Qxaro Vlint')}`)).toBeUndefined();
    // Both letter cases where the one letter of a case is an end of its range (A, Z, a, z).
    expect(runs('r d3Ajbl56b1hvey8w .')).toEqual(['2-18:wp#n^zoXo{/0']);
    expect(runs('r Z1kzdkpidj9yaix0 .')).toEqual(['2-18:gY3vJbv?rj,t']);
    expect(runs('r YG9aS3B3QVR5V19M .')).toEqual(['2-18:`oZKpwATyW_L']);
    expect(runs('r NWRzX3ZVVGU8JDNG .')).toEqual(['2-18:5ds_vUTe<$3F']);
    // One letter case with digits, though it decodes to text (`nM-r/7kx!wla`, `5EKLAMH\`wDN8`): not read.
    expect(runs('r bk0tci83a3ghd2xh .')).toBeUndefined();
    expect(runs('r NUVLTEFNSGB3RE44 .')).toBeUndefined();
  });

  it('lines of a multiple of 4 characters (16 or more) continue the run over LF or CRLF', () => {
    const body = b64('Name: Qxaro Vlintuk, SSN 536-22-8514, Road 12, Springfield; more text here.');
    const l = [body.slice(0, 16), body.slice(16, 36), body.slice(36, 48), body.slice(48)];
    const all = Buffer.from(body, 'base64').toString();
    expect(runs(`x ${l[0]}\n${l[1]}\r\n${l[2]}\n${l[3]} .`)).toEqual([`2-${2 + 16 + 1 + 20 + 2 + 12}:${Buffer.from(l[0] + l[1] + l[2], 'base64').toString()}`, `${2 + 16 + 1 + 20 + 2 + 12 + 1}-${2 + 16 + 1 + 20 + 2 + 12 + 1 + l[3]!.length}:${Buffer.from(l[3]!, 'base64').toString()}`]);
    expect(all.length).toBeGreaterThan(0);
    // A line of 18 characters (not a multiple of 4), or a line break then no base64: the run ends.
    const odd = b64('Name: Qxaro Vlintuk SSN');
    expect(odd.length).toBe(32);
    expect(runs(`x ${odd.slice(0, 18)}\n${odd.slice(18)} .`)).toEqual(['2-20:Name: Qxaro V']);
    expect(runs(`x ${l[0]}\n.`)).toEqual([`2-18:${Buffer.from(l[0]!, 'base64').toString()}`]);
    expect(runs(`x ${l[0]}\n`)).toEqual([`2-18:${Buffer.from(l[0]!, 'base64').toString()}`]);
    expect(runs(`x ${l[0]}\r.${l[1]}`)).toEqual([`2-18:${Buffer.from(l[0]!, 'base64').toString()}`, `20-40:${Buffer.from(l[1]!, 'base64').toString()}`]);
    // Padding ends the run.
    const padded = b64('Qxaro Vlintuk');
    expect(runs(`x ${padded}\n${l[1]}`)).toEqual([`2-22:Qxaro Vlintuk`, `23-43:${Buffer.from(l[1]!, 'base64').toString()}`]);
  });

  it('at most 8,192 characters', () => {
    const text = 'Name Qxaro Vlintuk, SSN 536-22-8514. '.repeat(200).slice(0, 6144);
    expect(runs(`b ${b64(text)} .`)).toEqual([`2-8194:${text}`]);
    expect(runs(`b ${b64(`${text}abc`)} .`)).toBeUndefined();
    // Over lines: 8,192 then one more line.
    const lines = b64(text).match(/.{1,64}/g) as string[];
    expect(runs(`b ${lines.join('\n')} .`)).toEqual([`2-${2 + 8192 + 127}:${text}`]);
    expect(runs(`b ${lines.join('\n')}\nQUJDRA .`)).toBeUndefined();
  });
});

describe('a URL path segment in base64url or hex', () => {
  it('read alone when the run through it does not decode', () => {
    const seg = Buffer.from('{"ssn":"536-22-8514"}').toString('base64url');
    expect(runs(`/v1/lookup/${seg}?x=1`)).toEqual([`11-39:{"ssn":"536-22-8514"}`]);
    expect(runs(`${seg}/v1/lookup`)).toEqual([`0-28:{"ssn":"536-22-8514"}`]);
    expect(runs(`/v1/${seg}/lookup/${seg}`)).toEqual([`4-32:{"ssn":"536-22-8514"}`, `40-68:{"ssn":"536-22-8514"}`]);
    expect(runs('/r/3533362d32322d38353134/x')).toEqual(['3-25:536-22-8514']);
    expect(runs(`/r/${b64('Qxaro Vlintu')}/x`)).toEqual(['3-19:Qxaro Vlintu']);
    expect(runs(`/r/${b64('Qxaro Vlintu').slice(0, 15)}/xx`)).toBeUndefined();
    expect(runs(`/r/${b64('Qxaro Vlintu').toLowerCase()}/x`)).toBeUndefined();
    expect(runs(`/r/${b64('QXARO VLINTU').toUpperCase()}/x`)).toBeUndefined();
    expect(runs('/r/d3Ajbl56b1hvey8w/x')).toEqual(['3-19:wp#n^zoXo{/0']);
    expect(runs('/r/Z1kzdkpidj9yaix0/x')).toEqual(['3-19:gY3vJbv?rj,t']);
    expect(runs('/r/YG9aS3B3QVR5V19M/x')).toEqual(['3-19:`oZKpwATyW_L']);
    expect(runs('/r/NWRzX3ZVVGU8JDNG/x')).toEqual(['3-19:5ds_vUTe<$3F']);
    expect(runs('/r/bk0tci83a3ghd2xh/x')).toBeUndefined();
    expect(runs('/r/NUVLTEFNSGB3RE44/x')).toBeUndefined();
    // 17 characters cannot be base64.
    expect(runs('/r/UXhhcm8gVmxpbnR1a/x')).toBeUndefined();
    // `=` glued to more base64: the run and its segment end before it.
    expect(runs(`/r/${b64('Qxaro Vlintuk')}A/x`)).toEqual(['3-21:Qxaro Vlintuk']);
  });

  it('at most 8,192 characters', () => {
    const text = 'Name Qxaro Vlintuk, SSN 536-22-8514. '.repeat(200).slice(0, 6144);
    const seg = Buffer.from(text).toString('base64url');
    expect(runs(`/a/${seg}/\u0001`)?.length).toBe(1);
    expect(runs(`/a/${seg}AAAA/\u0001`)).toBeUndefined();
  });
});

describe('several runs, earliest first', () => {
  it('a run inside an encoded-word is the word\'s', () => {
    const text = `a =?UTF-8?B?${b64('Qxaro Vlintuk lives here')}?= b 3533362d32322d38353134 c`;
    expect(runs(text)).toEqual(['2-46:Qxaro Vlintuk lives here', '49-71:536-22-8514']);
    expect(viewText(text)).toBe('a Qxaro Vlintuk lives here b 536-22-8514 c');
    // A run that starts where the one before it ends.
    expect(runs('=?UTF-8?Q?Qxaro?=UXhhcm8gVmxpbnR1aw==')).toEqual(['0-17:Qxaro', '17-37:Qxaro Vlintuk']);
    expect(viewText('=?UTF-8?Q?Qxaro?=UXhhcm8gVmxpbnR1aw==')).toBe('QxaroQxaro Vlintuk');
    // Found in the order of the readers (encoded-words, base64 and hex runs, hex pairs, 0x bytes,
    // quoted-printable), emitted in the order of the text.
    expect(viewText('35 33 36 2d 32 32 2d 38 =?UTF-8?Q?Qxaro?=')).toBe('536-22-8 Qxaro');
    expect(viewText('Content-Transfer-Encoding: quoted-printable =2D 3533362d32322d38 =?UTF-8?Q?Qxaro?=')).toBe('Content-Transfer-Encoding: quoted-printable - 536-22-8 Qxaro');
  });

  it('no run: no view', () => {
    expect(encodedTextView('plain text, no encoding at all')).toBeUndefined();
    expect(encodedTextView('')).toBeUndefined();
  });
});

describe('counted work', () => {
  it('each kind of run counts its characters', () => {
    expect(steps('plain')).toBe(0);
    expect(steps(`w =?UTF-8?B?${b64('Qxaro ')}?= \r\n\t=?UTF-8?Q?Vlintuk?= end`)).toBe(44);
    expect(steps('trace 3533362d32322d38353134 end')).toBe(22);
    expect(steps(`k ${b64('Qxaro Vlintuk lives here')}=x`)).toBe(64);
    expect(steps('h 35 33 36 2d 32 32 2d 38 35 31 34 .')).toBe(32);
    expect(steps('p 0x35 0x33 0x36 0x2d 0x32 0x32 0x2d 0x38 .')).toBe(39);
    expect(steps('Content-Transfer-Encoding: quoted-printable\n=2D=2D a=b')).toBe(84);
    expect(steps(`/v1/lookup/${Buffer.from('{"ssn":"536-22-8514"}').toString('base64url')}?x=1`)).toBe(106);
    const body = b64('Name: Qxaro Vlintuk, SSN 536-22-8514, Road 12, Springfield; more text here.');
    expect(steps(`x ${body.slice(0, 16)}\n${body.slice(16, 36)}\r\n${body.slice(36)} .`)).toBe(116);
    expect(steps(`payload=${b64('{"ssn":"536-22-8514"}').toLowerCase()}&x=1`)).toBe(56);
  });
});
