import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';
import { isHumanName, isPersonKeyName, isSecretKeyName, keyWords, numberKeyKind } from './key-names.js';

// Structure-aware rules (issue 11 item 2): what a key, a pair or an embedded document says about
// the value next to it.

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) });

function event(toolArguments: JsonValue): UnsealedEvent {
  return {
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
    tool: { name: 'clinic.lookup', arguments: toolArguments },
  };
}

async function redactArgs(toolArguments: JsonValue): Promise<{ out: JsonValue; json: string; classes: readonly string[] }> {
  const result = await redactor.redact(event(toolArguments), { capture: {} } as never);
  const out = result.event.tool?.arguments as JsonValue;
  return { out, json: JSON.stringify(out), classes: result.data?.classes ?? [] };
}

describe('key names', () => {
  it('splits camelCase, snake_case, kebab-case and acronyms into words', () => {
    expect(keyWords('apiKeys')).toEqual(['api', 'keys']);
    expect(keyWords('X-Api-Key')).toEqual(['x', 'api', 'key']);
    expect(keyWords('APIKey')).toEqual(['api', 'key']);
    expect(keyWords('password_confirmation')).toEqual(['password', 'confirmation']);
    expect(keyWords('API-KEY')).toEqual(['api', 'key']);
  });

  it('matches every spelling of a secret key name, and not its metadata', () => {
    for (const name of ['password_confirmation', 'passwordConfirmation', 'apiKeys', 'X-Api-Key', 'x_api_key', 'API-KEY', 'APIKey', 'new_password', 'password2', 'client-secret', 'secrets', 'X-Amz-Signature', 'X-Amz-Credential', 'sig', 'cookies', 'accessKeys', 'DB_PASSWORD', 'stripeSecretKey', 'connection_string']) {
      expect(isSecretKeyName(name), name).toBe(true);
    }
    for (const name of ['max_tokens', 'token_type', 'apiKeyId', 'secret_name', 'passwordHint', 'tokenCount', 'shipping', 'keys', 'status', 'toolName', 'signal', 'design']) {
      expect(isSecretKeyName(name), name).toBe(false);
    }
  });

  // Any spelling of a name: camelCase, PascalCase, snake_case, SCREAMING_CASE, kebab-case,
  // Train-Case, dotted; with a prefix word, a trailing qualifier or digit, a plural.
  const styles: Array<(words: string[]) => string> = [
    (w) => w.map((x, i) => (i === 0 ? x : x[0]?.toUpperCase() + x.slice(1))).join(''),
    (w) => w.map((x) => x[0]?.toUpperCase() + x.slice(1)).join(''),
    (w) => w.join('_'),
    (w) => w.join('_').toUpperCase(),
    (w) => w.join('-'),
    (w) => w.map((x) => x[0]?.toUpperCase() + x.slice(1)).join('-'),
    (w) => w.join('.'),
  ];
  const style = fc.nat(styles.length - 1).map((index) => styles[index] as (words: string[]) => string);

  it('property: every spelling of a secret key name matches, with prefixes, qualifiers and plurals', () => {
    const secretNames = [['password'], ['api', 'key'], ['client', 'secret'], ['access', 'token'], ['private', 'key'], ['secret', 'key'], ['refresh', 'token'], ['auth', 'token'], ['passphrase'], ['session', 'token']];
    fc.assert(
      fc.property(fc.constantFrom(...secretNames), style, fc.constantFrom([], ['x'], ['db'], ['stripe'], ['new']), fc.constantFrom([], ['confirmation'], ['repeat'], ['2'], ['s']), (words, spell, prefix, suffix) => {
        const parts = suffix[0] === 's' ? [...prefix, ...words.slice(0, -1), `${words.at(-1) as string}s`] : [...prefix, ...words, ...suffix];
        const name = spell(parts);
        expect(isSecretKeyName(name), name).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('property: metadata about a secret never matches, in any spelling', () => {
    fc.assert(
      fc.property(fc.constantFrom(['api', 'key'], ['secret'], ['token'], ['password']), fc.constantFrom(['id'], ['type'], ['name'], ['count'], ['url'], ['hint'], ['expires', 'at']), style, (words, metadata, spell) => {
        const name = spell([...words, ...metadata]);
        expect(isSecretKeyName(name), name).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('property: every spelling of a person-name key matches; tool, file and host names never do', () => {
    fc.assert(
      fc.property(fc.constantFrom(['first', 'name'], ['last', 'name'], ['given', 'name'], ['family', 'name'], ['patient', 'name'], ['middle', 'name'], ['maiden', 'name'], ['full', 'name'], ['surname']), style, (words, spell) => {
        expect(isPersonKeyName(spell(words)), spell(words)).toBe(true);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.constantFrom(['tool', 'name'], ['file', 'name'], ['host', 'name'], ['model', 'name'], ['user', 'name'], ['name']), style, (words, spell) => {
        expect(isPersonKeyName(spell(words)), spell(words)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('names person-name keys exactly, without catching toolName or fileName', () => {
    for (const name of ['patient_name', 'fullName', 'firstName', 'lastName', 'givenName', 'familyName', 'surname', 'middleName', 'maidenName', 'first-name', 'LAST_NAME', 'cardholderName']) {
      expect(isPersonKeyName(name), name).toBe(true);
    }
    for (const name of ['toolName', 'fileName', 'name', 'hostname', 'userName', 'modelName', 'functionName', 'display', 'surgeon']) {
      expect(isPersonKeyName(name), name).toBe(false);
    }
  });

  it('recognizes FHIR HumanName objects by their shape only', () => {
    expect(isHumanName(['family', 'given', 'text'])).toBe(true);
    expect(isHumanName(['use', 'given'])).toBe(true);
    expect(isHumanName(['family', 'size', 'weight'])).toBe(false); // a font
    expect(isHumanName(['text', 'prefix'])).toBe(false);
  });

  it('names card, phone and account number keys, not their metadata', () => {
    expect(numberKeyKind('card_number')).toBe('CARD');
    expect(numberKeyKind('cardNo')).toBe('CARD');
    expect(numberKeyKind('pan')).toBe('CARD');
    expect(numberKeyKind('phone')).toBe('PHONE');
    expect(numberKeyKind('mobileNumber')).toBe('PHONE');
    expect(numberKeyKind('account_number')).toBe('ACCOUNT');
    expect(numberKeyKind('iban')).toBe('ACCOUNT');
    for (const name of ['card_type', 'cardLast4', 'phone_verified', 'phoneCountryCode', 'account_id', 'account', 'order_number', 'cards']) {
      expect(numberKeyKind(name), name).toBeUndefined();
    }
  });
});

describe('structure-aware redaction', () => {
  it('masks the clinic tool arguments of the issue: name keys and a FHIR HumanName', async () => {
    const { out, json, classes } = await redactArgs({
      patient_name: 'Amara Okafor', firstName: 'Lena', lastName: 'Vogt',
      name: [{ use: 'official', family: 'Nguyen', given: ['Thi', 'Mai'], text: 'Nguyen Thi Mai', prefix: ['Ms.'] }],
      toolName: 'lookup', fileName: 'chart.pdf',
    });
    for (const raw of ['Amara', 'Okafor', 'Lena', 'Vogt', 'Nguyen', 'Thi', 'Mai']) expect(json).not.toContain(raw);
    const value = out as { name: Array<{ use: string; given: string[] }>; toolName: string; fileName: string; patient_name: string };
    expect(value.patient_name).toMatch(/^\[PERSON:psn_/);
    expect(value.name[0]?.given).toHaveLength(2);
    expect(value.name[0]?.use).toBe('official');
    expect(value.toolName).toBe('lookup');
    expect(value.fileName).toBe('chart.pdf');
    expect(classes).toContain('pii.person');
  });

  it('joins a name across spellings of the key (same pseudonym)', async () => {
    const { out } = await redactArgs({ firstName: 'Lena', first_name: 'lena ' });
    const value = out as Record<string, string>;
    expect(value.firstName).toBe(value.first_name);
  });

  it('masks header pairs in any shape: tuples, {name, value}, HAR headers, queryString and cookies', async () => {
    const secret = 'k3y-Zq81-hunter2';
    const { out, json } = await redactArgs({
      tuples: [['X-Api-Key', secret], ['Accept', 'application/json']],
      headers: [{ name: 'Authorization', value: `Bearer ${secret}` }, { name: 'Content-Type', value: 'text/plain' }],
      har: { request: { queryString: [{ name: 'access_token', value: secret }], cookies: [{ name: 'sid', value: secret, path: '/', httpOnly: true }] } },
      settings: [{ key: 'client_secret', value: secret }],
    });
    expect(json).not.toContain(secret);
    const value = out as { tuples: string[][]; headers: Array<{ name: string; value: string }>; har: { request: { cookies: Array<Record<string, unknown>> } } };
    expect(value.tuples[1]).toEqual(['Accept', 'application/json']);
    expect(value.tuples[0]?.[0]).toBe('X-Api-Key');
    expect(value.headers[1]).toEqual({ name: 'Content-Type', value: 'text/plain' });
    expect(value.har.request.cookies[0]).toMatchObject({ name: 'sid', path: '/', httpOnly: true });
  });

  it('parses JSON inside strings (bounded depth) and serializes it again', async () => {
    const { out, json } = await redactArgs({ body: '{"password":"hunter2-Xq9z","user":"bob"}', twice: JSON.stringify({ inner: JSON.stringify({ apiKeys: ['sk-live-aB3dE5gH7jK9', 'q8Zr2'] }) }) });
    expect(json).not.toContain('hunter2');
    expect(json).not.toContain('aB3dE5gH7jK9');
    expect(json).not.toContain('q8Zr2');
    const body = JSON.parse((out as { body: string }).body) as Record<string, string>;
    expect(body.user).toBe('bob');
    expect(body.password).toMatch(/^\[SECRET:psn_/);
    // Clean JSON strings are kept byte for byte (formatting included).
    const clean = '{ "a": 1,\n  "b": [true] }';
    expect((await redactArgs({ clean })).out).toEqual({ clean });
  });

  it('stops parsing nested JSON after a bounded depth, and still scans the rest as text', async () => {
    let nested: string = JSON.stringify({ email: 'deep@example.com' });
    for (let level = 0; level < 10; level++) nested = JSON.stringify({ level, nested });
    const { json } = await redactArgs({ nested });
    expect(json).not.toContain('deep@example.com');
  });

  it('does not parse JSON strings over 1 MiB, and still scans them as text', async () => {
    const big = JSON.stringify({ password: 'hunter2-Big-Xq9z', filler: 'x'.repeat(1 << 20) });
    const { out } = await redactArgs({ big });
    const text = (out as { big: string }).big;
    expect(text).not.toContain('hunter2-Big-Xq9z'); // the text rule for "password":"..." assignments
    expect(text.length).toBeGreaterThan(1 << 20);
  });

  it('parses many small JSON strings independently (no shared depth budget)', async () => {
    const rows = Array.from({ length: 2000 }, (_, index) => JSON.stringify({ id: index, email: `user${index}@example.com` }));
    const { json } = await redactArgs({ rows });
    expect(json).not.toContain('@example.com');
    expect(json).toContain('\\"id\\":1999');
  });

  it('masks numbers and digit strings under keys that name a card, phone or account', async () => {
    const { out, json, classes } = await redactArgs({ card_number: 4242424242424242, phone: 4915112345678, mobileNumber: '0151 1234 5678', account_number: '12345678', card_type: 'visa', phone_count: 2, quantity: 4242424242424242, count: 4242424242424241 });
    expect(json).not.toContain('4242424242424242'); // a Luhn-valid card number is a card under any key (issue 11)
    const value = out as Record<string, unknown>;
    expect(value.card_number).toMatch(/^\[CARD:psn_/);
    expect(value.phone).toMatch(/^\[PHONE:psn_/);
    expect(value.mobileNumber).toMatch(/^\[PHONE:psn_/);
    expect(value.account_number).toMatch(/^\[ACCOUNT_NUMBER:psn_/);
    expect(value.card_type).toBe('visa');
    expect(value.phone_count).toBe(2);
    expect(value.quantity).toMatch(/^\[CARD:psn_/);
    expect(value.count).toBe(4242424242424241); // not Luhn-valid: a number
    expect(classes).toEqual(expect.arrayContaining(['payment.card', 'pii.phone', 'financial.account']));
    // An IBAN under an account key is an IBAN, joined with its mention in text.
    const ibans = await redactArgs({ iban: 'DE89 3704 0044 0532 0130 00', note: 'to DE89370400440532013000' });
    expect((ibans.out as { iban: string }).iban).toMatch(/^\[IBAN:psn_/);
    expect((ibans.out as { note: string }).note).toBe(`to ${String((ibans.out as { iban: string }).iban)}`);
    // A phone under its key and in text get the same pseudonym.
    const phones = await redactArgs({ phone: '+44 20 7946 0958', note: 'call +44 20 7946 0958' });
    expect((phones.out as { note: string }).note).toBe(`call ${String((phones.out as { phone: string }).phone)}`);
    // A card held as a number and as text gets the same pseudonym.
    const text = await redactArgs({ note: 'card 4242 4242 4242 4242' });
    expect((text.out as { note: string }).note).toBe(`card ${String(value.card_number)}`);
  });

  it('shows the strings of embedded JSON to user detectors too', async () => {
    const employees = { name: 'employees', detect: (text: string) => [...text.matchAll(/\bEMP-\d{6}\b/g)].map((m) => ({ start: m.index, end: m.index + 10, type: 'EMPLOYEE', class: 'pii.employee_id' })) };
    const withDetector = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]), detectors: [employees] });
    const result = await withDetector.redact(event({ body: JSON.stringify({ note: 'ask EMP-123456', token: 'tok-Zq81-77' }) }), { capture: {} } as never);
    const json = JSON.stringify(result.event.tool?.arguments);
    expect(json).not.toContain('EMP-123456');
    expect(json).toContain('[EMPLOYEE:psn_');
    expect(json).not.toContain('tok-Zq81-77');
    expect(result.errors).toBeUndefined();
  });

  it('masks every string under a secret key, arrays included', async () => {
    const { json } = await redactArgs({ apiKeys: ['first-Key-001', 'second-Key-002'], credentials: { user: 'svc', password: 'p' } });
    for (const raw of ['first-Key-001', 'second-Key-002', '"svc"']) expect(json).not.toContain(raw);
  });
});
