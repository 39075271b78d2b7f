// Issue 11, F3 of the probe of 2026-12-04: personal data named by its field in a text format
// (`a=1 social_security_number=536228514`, `patient_ssn: 536228514`, a YAML document, logfmt,
// NDJSON lines, XML attributes and elements, `.env`, INI, query-like pairs, quoted values with
// blanks) was stored raw, although the same member of a JSON object was masked. text-pairs.ts
// finds the pairs; redactor.ts keyedDetections decides each key as keyDecision does a member's and
// reads each value as byKey does (keyedValue).
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import { elementPairs, textPairs } from './text-pairs.js';

const KEY = createKeyring([randomBytes(32)]);
/** One redactor without session memory: no case carries a value to the next. */
const redactor = createRedactor({ pseudonymKey: KEY, sessionMemory: false });

async function redactValue(value: JsonValue): Promise<JsonValue> {
  const event = { type: 'tool.result', tool: { name: 't', result: value } } as UnsealedEvent;
  const out = await redactor.redact(event, { capture: {} } as never);
  return out.event.tool?.result as JsonValue;
}
const redactText = async (text: string): Promise<string> => (await redactValue(text)) as string;
/** The text with every pseudonym blanked, so a raw value cannot match inside one by chance. */
const blanked = (text: string): string => text.replace(/\[[A-Z_]+:psn_\w+\]/g, '[X]');
/** The pseudonym types in a text. */
const types = (text: string): string[] => [...text.matchAll(/\[([A-Z_]+):psn_\w+\]/g)].map((m) => m[1] as string);

describe('F3: a personal field named in a text format is masked as the member of that name', () => {
  it.each([
    ['a=1 social_security_number=536228514', ['536228514'], ['SSN']],
    ['patient_ssn: 536228514', ['536228514'], ['SSN']],
    ['first_name: Qxaro\nlast_name: Vlintuk\nage: 40\n', ['Qxaro', 'Vlintuk'], ['PERSON', 'PERSON']],
    ['---\npatient:\n  first_name: Qxaro\n  phone: 4155550132\n', ['Qxaro', '4155550132'], ['PERSON', 'PHONE']],
    ['level=info first_name=qxaro last_name=vlintuk', ['qxaro', 'vlintuk'], ['PERSON', 'PERSON']],
    ['{"last_name":"Vlintuk"}\n{"last_name":"Tawhirix"}', ['Vlintuk', 'Tawhirix'], ['PERSON', 'PERSON']],
    ['{\\"last_name\\":\\"Vlintuk\\"}', ['Vlintuk'], ['PERSON']],
    ['<Patient FirstName="Qxaro" LastName="Vlintuk"/>', ['Qxaro', 'Vlintuk'], ['PERSON', 'PERSON']],
    ['<rec><ssn>536228514</ssn><user_phone>4155550132</user_phone></rec>', ['536228514', '4155550132'], ['SSN', 'PHONE']],
    ['a=1 user_phone=4155550132', ['4155550132'], ['PHONE']],
    ['time=10:01:02 level=info user_phone=4155550132 was called', ['4155550132'], ['PHONE']],
    ['FULL_NAME=Qxaro Vlintuk\nSSN=536228514\n', ['Qxaro', '536228514'], ['PERSON', 'SSN']],
    ['[patient]\nfirst_name = Qxaro\nmobile_number = 4155550132\n', ['Qxaro', '4155550132'], ['PERSON', 'PHONE']],
    ['?a=1&customer_name=Qxaro&ssn=536228514', ['Qxaro', '536228514'], ['PERSON', 'SSN']],
    ['full_name="Qxaro Vlintuk" status=ok', ['Qxaro', 'Vlintuk'], ['PERSON']],
    ["name: 'Qxaro Vlintuk'\nsurname: 'Vlintuk'", ['Qxaro'], ['PERSON', 'PERSON']],
    ['a=1 full_name=Qxaro Vlintuk status=ok', ['Qxaro', 'Vlintuk'], ['PERSON']],
    ["{'first_name': 'Qxaro', 'ssn': '536228514'}", ['Qxaro', '536228514'], ['PERSON', 'SSN']],
    ['last_name => "Vlintuk", passport_number => "X1234567"', ['Vlintuk', 'X1234567'], ['PERSON', 'PASSPORT']],
    ['customer.first_name=Qxaro customer.phone=4155550132', ['Qxaro', '4155550132'], ['PERSON', 'PHONE']],
    ['phone: +1 (415) 555-0132  # mobile', ['415', '0132'], ['PHONE']],
  ])('%j', async (text, raws, expected) => {
    const out = await redactText(text);
    for (const raw of raws) expect(blanked(out)).not.toContain(raw);
    expect(types(out).sort()).toEqual([...expected].sort());
  });

  it('keeps what the structured path keeps: things named, ids, statuses, types, a name: in a sentence', async () => {
    for (const text of [
      'file_name=report.pdf tool_name=search id=42 status=shipped',
      'fileName: report.pdf, toolName: search',
      'name: search\ndescription: web search tool\n',
      'The name: of the tool is search',
      'Please check the first_name: it was wrong',
      'def f(first_name: str, last_name: Optional[str] = None):',
      'interface U { firstName: string; lastName: string }',
      'first_name: null',
      'status: shipped\norder_id: 42\ntracking_number: 1Z999AA10123456784\n',
      'db.name=prod db.user=admin',
      'https://example.com/a?x=1&y=2',
      'time=10:01:02 level=info msg="request done" duration=12ms',
      'a == b and c:d',
      'SSN: not provided',
      'passport: valid\nphone: N/A\nmobile: yes',
      'Street: closed for repairs',
      'Patient: stable overnight',
      'phone_verified=true phone_type=mobile card_last4=1111',
      'https://console.example/?account=123456789012&region=us-east-1',
    ]) expect(await redactText(text), text).toBe(text);
  });

  it("a number's line ends with its last word holding a digit", async () => {
    expect(blanked(await redactText('Tel.: +44 207 946 0000 today'))).toBe('Tel.: [X] today');
    expect(blanked(await redactText('ssn: 536228514 (verified)'))).toBe('ssn: [X] (verified)');
  });

  it('gives the value the pseudonym the JSON member of that name gives it', async () => {
    for (const [key, value] of [['first_name', 'Qxaro'], ['patient_ssn', '536228514'], ['user_phone', '4155550132'], ['full_name', 'Qxaro Vlintuk']] as const) {
      const member = (await redactValue({ [key]: value })) as Record<string, string>;
      for (const text of [`a=1 ${key}="${value}"`, `${key}: ${value}\n`, `<r ${key}="${value}"/>`]) {
        expect(await redactText(text), text).toContain(member[key]);
      }
    }
  });

  it('remembers the values it found for the session, as other detections are', async () => {
    const remembering = createRedactor({ pseudonymKey: KEY });
    const record = async (result: string): Promise<string> => {
      const event = { type: 'tool.result', session: 's-f3', tool: { name: 't', result } } as UnsealedEvent;
      return (await remembering.redact(event, { capture: {} } as never)).event.tool?.result as string;
    };
    await record('a=1 first_name=Qxaro user_phone=4155550132');
    // Read alone, neither is anything: lower case after `by`, ten digits with no phone word.
    const later = blanked(await record('ticket closed by qxaro; 4155550132 rang'));
    expect(later).not.toContain('qxaro');
    expect(later).not.toContain('4155550132');
  });
});

describe('F3: formats x key spellings x quoting (property)', () => {
  const words = (base: string): string[] => base.split('_');
  const spellings: Record<string, (base: string) => string> = {
    snake: (base) => base,
    camel: (base) => words(base).map((word, index) => (index === 0 ? word : word[0]?.toUpperCase() + word.slice(1))).join(''),
    kebab: (base) => words(base).join('-'),
    upper: (base) => base.toUpperCase(),
    pascal: (base) => words(base).map((word) => word[0]?.toUpperCase() + word.slice(1)).join(''),
  };
  // Personal keys and the type the structured path masks their value as; values no detector reads alone.
  const personal: Array<[string, string, string]> = [
    ['first_name', 'Qxaro', 'PERSON'],
    ['last_name', 'Vlintuk', 'PERSON'],
    ['full_name', 'Qxaro Vlintuk', 'PERSON'],
    ['customer_name', 'Qxaro Vlintuk', 'PERSON'],
    ['social_security_number', '536228514', 'SSN'],
    ['patient_ssn', '536228514', 'SSN'],
    ['user_phone', '4155550132', 'PHONE'],
    ['mobile_number', '4155550132', 'PHONE'],
    ['passport_number', 'X1234567', 'PASSPORT'],
  ];
  // Keys that name things, and their values: kept (`name = Qxaro` is a name's cue to the name detector on its own).
  const plain: Array<[string, string]> = [
    ['file_name', 'report.pdf'],
    ['tool_name', 'search'],
    ['status', 'shipped'],
    ['model_name', 'gpt-4o'],
    ['order_id', 'ORD-2026-000042'],
    ['id', '42'],
  ];
  type Format = (key: string, value: string, quote: string) => string | undefined;
  const formats: Record<string, Format> = {
    logfmt: (k, v, q) => (q === '' && v.includes(' ') && !/^\p{Lu}/u.test(v) ? undefined : `ts=2026-12-04T10:00:00Z level=info ${k}=${q}${v}${q} msg=ok`),
    env: (k, v, q) => `APP_ENV=prod\n${k}=${q}${v}${q}\n`,
    ini: (k, v, q) => `[record]\n${k} = ${q}${v}${q}\n`,
    yaml: (k, v, q) => `record:\n  id: 7\n  ${k}: ${q}${v}${q}\n`,
    yamlList: (k, v, q) => `- ${k}: ${q}${v}${q}\n- other: 1\n`,
    ndjson: (k, v) => `{"id":1,"${k}":"${v}"}\n{"id":2}`,
    python: (k, v) => `{'id': 1, '${k}': '${v}'}`,
    query: (k, v, q) => (q !== '' || v.includes(' ') ? undefined : `a=1&${k}=${v}&b=2`),
    xmlAttribute: (k, v) => `<record id="1" ${k}="${v}"/>`,
    xmlElement: (k, v) => (k.includes('-') && /^[A-Z]/.test(k) ? undefined : `<record><${k}>${v}</${k}></record>`),
    header: (k, v) => `${k}: ${v}\nX-Other: 1\n`,
  };

  it('a personal key masks its value with the type of the member; a plain key keeps it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(formats)),
        fc.constantFrom(...Object.keys(spellings)),
        fc.constantFrom('', '"', "'"),
        fc.boolean(),
        fc.nat(100),
        async (format, spelling, quote, isPersonal, pick) => {
          const [base, value, type] = isPersonal ? (personal[pick % personal.length] as [string, string, string]) : [...(plain[pick % plain.length] as [string, string]), undefined];
          const key = (spellings[spelling] as (base: string) => string)(base);
          const text = (formats[format] as Format)(key, value, quote);
          fc.pre(text !== undefined);
          const out = await redactText(text as string);
          if (type === undefined) {
            expect(out, text).toBe(text);
          } else {
            for (const part of value.split(' ')) expect(blanked(out), text).not.toContain(part);
            expect(types(out), text).toContain(type);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('text-pairs: the scanner', () => {
  const names = (text: string): string[] => textPairs(text, () => true).map((pair) => pair.name);
  const values = (text: string): string[] => textPairs(text, () => true).map((pair) => text.slice(pair.start, pair.end));

  it('reads keys quoted, escaped, bracketed and dotted; no URL, no comparison', () => {
    expect(names('{"a":"1", \'b\': 2, \\"c\\":\\"3\\"}')).toEqual(['a', 'b', 'c']);
    expect(names('contact[last_name]=x&user.phone=1')).toEqual(['last_name', 'user.phone']);
    expect(names('see https://example.com/x or a == b, c::d, e := f')).toEqual([]);
    expect(values('k="a b" j=\'c d\' l=e f')).toEqual(['a b', 'c d', 'e']);
  });

  it('a value read once: a pair inside a quoted value taken before is not read again', () => {
    expect(names('msg="first_name=x" y=1')).toEqual(['msg', 'y']);
  });

  it('reads elements with text only', () => {
    const text = '<a><b> x </b><c><d>y</d></c></a>';
    expect(elementPairs(text, () => true).map((pair) => [pair.name, text.slice(pair.start, pair.end)])).toEqual([['b', 'x'], ['d', 'y']]);
  });

  it('bounded on hostile input: a long run of keys and separators, a value with no end', () => {
    const run = 'ssn='.repeat(20_000);
    const pairs = textPairs(run + '536228514', () => true);
    // Each value read at most 256 characters far, and past it: a few hundred pairs, not 20,000.
    expect(pairs.length).toBeLessThan(400);
    for (const pair of pairs) expect(pair.end - pair.start).toBeLessThanOrEqual(256);
    const open = `first_name="${'x'.repeat(100_000)}`;
    const [pair] = textPairs(open, () => true);
    expect(pair !== undefined && pair.end - pair.start).toBeLessThanOrEqual(300);
  });
});
