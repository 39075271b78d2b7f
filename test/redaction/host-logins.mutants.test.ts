// Issue 13: account-names.ts hostLogins (L8 of the probe of 2026-12-06b: a person's `given.surname` login before `@` and
// a host that is no domain), written from the Stryker run of 2026-12-06d (docs/TESTING.md, the row of the host-login
// reader), whose only tests went through the redactor (probe-2026-12-06b.test.ts "L8": whether the words were stored,
// not where each span is). detectAccountNames called directly, every span with its offset: the host's words after the
// first (their offsets), a host word of three letters and of two, the host's and the login's case, `_` in the login,
// and hosts of every kind.
import { describe, expect, it } from 'vitest';
import { detectAccountNames } from '../../packages/core/src/redaction/account-names.js';
import type { Detection } from '../../packages/core/src/redaction/types.js';

/** The distinct spans detectAccountNames pushes, `word@start`, in order. */
const spans = (text: string): string[] => {
  const out: Detection[] = [];
  detectAccountNames(text, out);
  for (const d of out) expect(d.type).toBe('PERSON');
  return [...new Set(out.map((d) => `${text.slice(d.start, d.end)}@${d.start}`))];
};

describe('hostLogins: the login and the owner\'s name in the host', () => {
  it('a login word anywhere in the host, at its offset', () => {
    expect(spans('ssh ana.silva@ana-pc')).toEqual(['ana.silva@4', 'ana@14']);
    expect(spans('ssh ana.silva@pc-ana')).toEqual(['ana.silva@4', 'ana@17']);
    expect(spans('ssh ana.silva@pc-x-ana-y')).toEqual(['ana.silva@4', 'ana@19']);
    expect(spans('ssh mary.smith@dev-box-smith')).toEqual(['mary.smith@4', 'smith@23']);
  });

  it('in any case, after `_` too; not a word of two letters', () => {
    expect(spans('ssh Dilnoza.Rashidova@dilnoza-pc')).toEqual(['Dilnoza.Rashidova@4', 'dilnoza@22']);
    expect(spans('ssh dilnoza.rashidova@DILNOZA-PC')).toEqual(['dilnoza.rashidova@4', 'DILNOZA@22']);
    expect(spans('ssh tevita_havili@havili-box')).toEqual(['tevita_havili@4', 'havili@18']);
    expect(spans('ssh jo.lee@jo-pc')).toEqual(['jo.lee@4']);
  });

  it('an `@` second in the text does not hide a login after it', () => {
    expect(spans('x@y mary.smith@host')).toEqual(['mary.smith@4']);
  });

  it('an IPv4 or a bracketed IPv6 host: the login alone', () => {
    expect(spans('scp f mary.smith@10.0.0.1:/tmp/')).toEqual(['mary.smith@6']);
    expect(spans('ssh mary.smith@[fe80::1] -p 22')).toEqual(['mary.smith@4']);
  });

  it('a domain, an address of five numbers or a host with `_` is no such host', () => {
    expect(spans('ssh mary.smith@10.0.0.1.5')).toEqual([]);
    expect(spans('ssh mary.smith@example.com')).toEqual([]);
    expect(spans('ssh mary.smith@host_x')).toEqual([]);
  });
});
