// Issue 13: direct tests of the fifth probe's secret rules in secrets.ts and detectors.ts for their
// Stryker run (K11, K12, K20, K22 of 2026-12-04): detectPlaceholderDefaults, curl's cookies
// (curlCookie), the bare passcode and access-code labels (bareCodeWords), the Discord webhook rule.
// Exact spans of detectOtherSecrets (no placeholder check) and of detectSensitive for the webhook.
import { describe, expect, it } from 'vitest';
import type { Detection } from './types.js';
import { detectOtherSecrets } from './secrets.js';
import { detectSensitive } from './detectors.js';

function found(text: string): Array<[string, string]> {
  const out: Detection[] = [];
  detectOtherSecrets(text, out, () => false);
  return out.map((d) => [text.slice(d.start, d.end), d.type]);
}
/** The exact spans, as [start, value]. */
function spans(text: string): Array<[number, string]> {
  const out: Detection[] = [];
  detectOtherSecrets(text, out, () => false);
  return out.map((d) => [d.start, text.slice(d.start, d.end)]);
}
/** The spans inside a placeholder's braces (the assignment rules read `${…` from its `$`: not these rules'). */
/** The label rule reads `password:` of a Spring name too: its span is the same, counted once. */
const inside = (text: string): Array<[number, string]> =>
  [...new Set(spans(text).filter(([start]) => start > text.indexOf('${')).map((s) => JSON.stringify(s)))].map((s) => JSON.parse(s) as [number, string]);

describe('detectPlaceholderDefaults', () => {
  it.each([
    ['password: ${DB_PASS:Tq5Xm8Lvq2}', 'Tq5Xm8Lvq2'],
    ['x ${DB_PASSWORD:-Tq5Xm8Lvq2}', 'Tq5Xm8Lvq2'],
    ['x ${DB_PASSWORD:=Tq5Xm8Lvq2}', 'Tq5Xm8Lvq2'],
    ['x ${DB_PASSWORD-Tq5Xm8Lvq2}', 'Tq5Xm8Lvq2'],
    ['x ${DB_PASSWORD=Tq5Xm8Lvq2}', 'Tq5Xm8Lvq2'],
    ['x ${db.password:Tq5Xm8Lvq2}', 'Tq5Xm8Lvq2'],
    ['password: ${DB:Tq5Xm8Lvq2}', 'Tq5Xm8Lvq2'],
    ['spring.datasource.password=${DB:Tq5Xm8Lvq2}', 'Tq5Xm8Lvq2'],
    ['"password": "${DB:Tq5Xm8Lvq2}"', 'Tq5Xm8Lvq2'],
    ['{password: ${DB:Tq5Xm8Lvq2}}', 'Tq5Xm8Lvq2'],
    ['url: x\npassword: ${DB:Tq5Xm8Lvq2}', 'Tq5Xm8Lvq2'],
  ])('%s', (text, value) => expect(inside(text)).toEqual([[text.indexOf(value), value]]));

  it('the default without its blanks', () => {
    const text = 'x ${DB_PASSWORD:  Tq5 Xm8  }';
    expect(inside(text)).toEqual([[text.indexOf('Tq5'), 'Tq5 Xm8']]);
    const tab = 'x ${DB_PASSWORD:-\tTq5Xm8Lvq2\t}';
    expect(inside(tab)).toEqual([[tab.indexOf('Tq5'), 'Tq5Xm8Lvq2']]);
  });

  it.each([
    'x ${DB_PASSWORD}',
    'x ${DB_PASSWORD:-}',
    'x ${DB_PASSWORD:    }',
    'x ${DB_PASSWORD:?required}',
    'x ${DB_PASSWORD:? required}',
    'x ${DB_PASSWORD:$OTHER_SECRET}',
    'x ${DB_PASSWORD:${OTHER}}',
    'url: ${DB:Tq5Xm8Lvq2}',
    'x ${DB:Tq5Xm8Lvq2}',
    'password:\n${DB:Tq5Xm8Lvq2}',
    'host: ${DB_HOST:db.example.com}',
  ])('kept: %s', (text) => expect(inside(text)).toEqual([]));

  it('the member a placeholder is assigned to is read on its line, up to 120 characters back', () => {
    const near = `${'a'.repeat(100)} password: \${DB:Tq5Xm8Lvq2}`;
    expect(inside(near)).toEqual([[near.indexOf('Tq5'), 'Tq5Xm8Lvq2']]);
    const far = `${'a'.repeat(150)} password: \${DB:Tq5Xm8Lvq2}`;
    expect(inside(far)).toEqual([[far.indexOf('Tq5'), 'Tq5Xm8Lvq2']]);
    // The last 120 characters hold only part of a long member's name: none is read.
    const cut = `${'a'.repeat(30)} x${'_'.repeat(100)}_password: \${DB:Tq5Xm8Lvq2}`;
    expect(inside(cut)).toEqual([]);
  });

  it.each([
    ['{{ .Values.dbPassword | default "Tq5Xm8Lvq2" }}', 'Tq5Xm8Lvq2'],
    ["{{- .Values.auth.password | default 'Tq5Xm8Lvq2' }}", 'Tq5Xm8Lvq2'],
    ['{{ .Values.db.password | default `Tq5Xm8Lvq2` }}', 'Tq5Xm8Lvq2'],
    ['{{ .Values.dbPassword | default "Tq5 \\"Xm8\\"" }}', 'Tq5 \\"Xm8\\"'],
  ])('Helm: %s', (text, value) => expect(inside(text)).toEqual([[text.indexOf(value), value]]));

  it.each([
    '{{ .Values.image | default "nginx1234" }}',
    '{{ .Values.dbPassword | default "   " }}',
    '{{ .Values.dbPassword }} default',
  ])('Helm, kept: %s', (text) => expect(inside(text)).toEqual([]));

  it.each([
    ["process.env.DB_PASSWORD || 'Tq5Xm8Lvq2'", 'Tq5Xm8Lvq2'],
    ['process.env["DB_PASSWORD"] ?? "Tq5Xm8Lvq2"', 'Tq5Xm8Lvq2'],
    ["os.getenv('DB_PASS') or 'Tq5Xm8Lvq2'", 'Tq5Xm8Lvq2'],
    ["ENV['DB_PASSWORD'] || 'Tq5Xm8Lvq2'", 'Tq5Xm8Lvq2'],
    ['getenv("DB_PASSWORD") ?: "Tq5Xm8Lvq2"', 'Tq5Xm8Lvq2'],
    ['import.meta.env.API_SECRET || `Tq5Xm8Lvq2`', 'Tq5Xm8Lvq2'],
  ])('an environment lookup: %s', (text, value) => expect(inside(text)).toEqual([[text.indexOf(value), value]]));

  it.each([
    "process.env.DB_HOST || 'db.example.com'",
    "process.env.DB_PASSWORD || '   '",
    "process.env.DB_PASSWORD | 'Tq5Xm8Lvq2'",
  ])('an environment lookup, kept: %s', (text) => expect(inside(text)).toEqual([]));
});

describe('curl cookies', () => {
  it.each([
    ['curl -b "session=8f3c2a9d7e1b" https://x.example.com', ['8f3c2a9d7e1b']],
    ["curl -b 'session=8f3c2a9d7e1b' https://x.example.com", ['8f3c2a9d7e1b']],
    ['curl -b session=8f3c2a9d7e1b https://x.example.com', ['8f3c2a9d7e1b']],
    ['curl -bsession=8f3c2a9d7e1b https://x.example.com', ['8f3c2a9d7e1b']],
    ['curl.exe -b "sid=8f3c2a9d7e1b"', ['8f3c2a9d7e1b']],
    ['http --cookie "session=8f3c2a9d7e1b"', ['8f3c2a9d7e1b']],
    ['x --cookie=session=8f3c2a9d7e1b', ['8f3c2a9d7e1b']],
    ['curl -b "a=1234; session=8f3c2a9d; Path=/abc; Domain=x.example.com"', ['1234', '8f3c2a9d']],
    ['curl -b "a = 12345 ;b=abcd"', ['12345', 'abcd']],
    ['curl -b "=abcd; session=8f3c2a9d"', ['8f3c2a9d']],
    ['curl -b "a=; session=8f3c2a9d"', ['8f3c2a9d']],
    ['curl -b "flag; session=8f3c2a9d"', ['8f3c2a9d']],
    ['curl -b "abc=abc"', ['abc']],
  ])('%s', (text, values) => {
    const got = spans(text).filter(([, v]) => values.includes(v));
    expect(found(text).filter(([, type]) => type === 'SESSION_COOKIE').map(([v]) => v)).toEqual(values);
    let from = 0;
    const expected = values.map((v) => {
      const start = text.indexOf(v, text.indexOf('=', from) + 1);
      from = start + v.length;
      return [start, v];
    });
    expect(got).toEqual(expected);
  });

  it.each([
    'tar -b "session=8f3c2a9d7e1b"',
    'curl https://x.example.com\nfoo -b "session=8f3c2a9d7e1b"',
    'curl -b cookies.txt https://x.example.com',
    'curl -b "session" https://x.example.com',
  ])('kept: %s', (text) => expect(found(text).filter(([, type]) => type === 'SESSION_COOKIE')).toEqual([]));

  const cookies = (text: string) => found(text).filter(([, t]) => t === 'SESSION_COOKIE').map(([v]) => v);

  it('curl up to 4,096 characters before -b on its line, not more', () => {
    // `-b` at index n + 6: `curl` at 0 is read while n + 6 <= 4,096.
    const make = (n: number) => `curl ${'a'.repeat(n)} -b "session=8f3c2a9d"`;
    expect(cookies(make(4090))).toEqual(['8f3c2a9d']);
    expect(cookies(make(4091))).toEqual([]);
  });

  it.each([
    ['curl https://x \\\n -b "sid=8f3c2a9d"', ['8f3c2a9d']],
    ['curl https://x \\\r\n -b "sid=8f3c2a9d"', ['8f3c2a9d']],
    ['curl https://x `\n -b "sid=8f3c2a9d"', ['8f3c2a9d']],
    ['curl https://x `\r\n -b "sid=8f3c2a9d"', ['8f3c2a9d']],
    ['curl https://x ^\n -b "sid=8f3c2a9d"', ['8f3c2a9d']],
    ['curl https://x \\\n -H "A: b" \\\n\\\n -b "sid=8f3c2a9d"', ['8f3c2a9d']],
    ['x\ncurl https://x \\\n -b "sid=8f3c2a9d"', ['8f3c2a9d']],
    ['\\\n -b "sid=8f3c2a9d"', []],
    ['\n -b "sid=8f3c2a9d"', []],
    ['curl https://x\n -b "sid=8f3c2a9d"', []],
    ['curl https://x \\ \n -b "sid=8f3c2a9d"', []],
    ['curl https://x \\\n\n -b "sid=8f3c2a9d"', []],
    ['curl https://x \\\r\r\n -b "sid=8f3c2a9d"', []],
    ['curl https://x /\n -b "sid=8f3c2a9d"', []],
    ['curl x\n \\\n -b "sid=8f3c2a9d"', []],
  ])('a command continued over lines: %j', (text, values) => expect(cookies(text)).toEqual(values));

  it('continued lines up to 4,096 characters back, not more', () => {
    const make = (n: number) => `curl ${'a'.repeat(n)} \\\n -b "sid=8f3c2a9d"`;
    // `-b` at index n + 9: `curl` at 0 is read while n + 9 <= 4,096.
    expect(cookies(make(4087))).toEqual(['8f3c2a9d']);
    expect(cookies(make(4088))).toEqual([]);
  });
});

describe('bare passcode and access-code labels', () => {
  it.each([
    ['passcode 99218834', '99218834'],
    ['Access code 482193 (valid today)', '482193'],
    ['pass code 55190', '55190'],
    ['the PASS-CODE 7 7 1 2 0 4 works', '7 7 1 2 0 4'],
  ])('%s', (text, value) => expect(spans(text).filter(([, v]) => v === value)).toEqual([[text.indexOf(value), value]]));

  it.each(['passcode 2024', 'access code 1999', 'passcode 123'])('kept: %s', (text) => expect(found(text)).toEqual([]));
});

describe('Discord webhook URLs', () => {
  const token = 'Xq2Lm9Pz3Vb8Nc4Wd6Fg1Hj5Kt7Rw0Yu-abcdEFGH';
  const hooks = (text: string) => detectSensitive(text).filter((d) => d.type === 'DISCORD_WEBHOOK').map((d) => [d.start, text.slice(d.start, d.end)]);
  it('the whole URL up to its token', () => {
    const text = `hook https://discord.com/api/webhooks/123456789012345678/${token} ok`;
    const url = `https://discord.com/api/webhooks/123456789012345678/${token}`;
    expect(hooks(text)).toEqual([[5, url]]);
  });
  it.each([
    'https://discord.com/api/webhooks/123456789012345678/XXXXXXXXXXXXXXXXXXXXXXXX',
    'https://discord.com/api/webhooks/123456789012345678/xxxxxxxxxxxxxxxxxxxxxxxx',
  ])('kept: %s', (text) => expect(hooks(text)).toEqual([]));
});

describe('from the survivors of the first Stryker run (issue 13)', () => {
  it.each([
    ['x ${DB_PASSWORD:-Tq5Xm8Lvq2}', 'Tq5Xm8Lvq2'],
    ['{{ .Values.dbPassword | default "Tq5Xm8Lvq2" }}', 'Tq5Xm8Lvq2'],
    ["process.env.DB_PASSWORD || 'Tq5Xm8Lvq2'", 'Tq5Xm8Lvq2'],
    ['passcode 99218834', '99218834'],
  ])('the type: %s', (text, value) => expect(found(text)).toEqual([[value, 'PASSWORD']]));

  it('a cookie value that repeats its name and `=`', () => {
    const text = 'curl -b "c=c=c"';
    expect(spans(text)).toEqual([[text.indexOf('c=c"'), 'c=c']]);
  });
});
