// The second fresh probe of 2026-12-03 (a helper briefed with the README and the docs only, about
// 600 inputs): leaks of secrets and personal data in spellings the docs say are caught, text
// mangled around a masked value, a range read as a phone number, and redact() throwing on values
// that are not JSON. Each test failed before its fix (the commit names the counts).
import { describe, expect, it } from 'vitest';
import { createRedactor, detectSensitive } from '@agent-audit/core';
import type { JsonValue, UnsealedEvent } from '../../packages/core/src/spec/event.js';

const event = (result: unknown): UnsealedEvent => ({ type: 'tool.result', tool: { name: 'probe', result } }) as UnsealedEvent;
async function stored(result: JsonValue): Promise<string> {
  const out = await createRedactor().redact(event(result), { capture: {} } as never);
  return JSON.stringify(out.event.tool?.result);
}
const masked = (text: string, value: string, type: RegExp): boolean => {
  const start = text.indexOf(value);
  if (start === -1) throw new Error(`${value} not in ${text}`);
  return detectSensitive(text).some((d) => d.start <= start && d.end >= start + value.length && type.test(d.type));
};
const covering = (text: string, value: string): string[] => {
  const start = text.indexOf(value);
  return detectSensitive(text)
    .filter((d) => d.start < start + value.length && d.end > start)
    .map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
};

describe('secrets in other spellings', () => {
  it('a password for a thing named in two words', () => {
    expect(masked('The password for staging db is "blue-Falcon-77".', 'blue-Falcon-77', /PASSWORD/)).toBe(true);
    expect(masked('password for prod db: Hunter2Xq9', 'Hunter2Xq9', /PASSWORD/)).toBe(true);
    expect(covering('the password for your account is required', 'required')).toEqual([]);
  });
  it('a YAML secret whose value is on the next line or a block scalar', () => {
    for (const [text, value] of [
      ['db:\n  user: app\n  password:\n    Blue-Falcon-77\n  host: x', 'Blue-Falcon-77'],
      ['password: >-\n  Blue-Falcon-77', 'Blue-Falcon-77'],
      ['api_token: |\n  line-one-abc\n  line-two-def\nnext: 1', 'line-one-abc\n  line-two-def'],
    ]) {
      expect(masked(text as string, value as string, /PASSWORD/), text).toBe(true);
    }
  });
  it('a nested YAML mapping or list under a secret key is no value', () => {
    expect(covering('password:\n  min_length: 12\n  require_digit: true', 'min_length')).toEqual([]);
    expect(covering('secrets:\n  api_key: abc1234567\n  other: 1', 'api_key')).toEqual([]);
    expect(covering('tokens:\n  - name: a\n  - name: b', 'name')).toEqual([]);
  });
  it('a long flag with an owner before the secret word', () => {
    for (const [text, value] of [
      ['--db-password Blue-Falcon-77 --verbose', 'Blue-Falcon-77'],
      ['run --github-token ghp_abcdef --x', 'ghp_abcdef'],
      ['mysql --db-pass=Hunter2Xq9', 'Hunter2Xq9'],
    ]) {
      expect(masked(text as string, value as string, /PASSWORD|GITHUB/), text).toBe(true);
    }
    expect(covering('tool --password-file /etc/pw', '/etc/pw')).toEqual([]);
    expect(covering('--token-count 5', '5')).toEqual([]);
  });
  it('a seed phrase as a list of words, in JSON inside a string too', async () => {
    const words = 'legal winner thank year wave sausage worth useful legal winner thank yellow'.split(' ');
    for (const value of [{ tool_out: JSON.stringify(words) }, { words }, words.map((w) => w.toUpperCase())] as JsonValue[]) {
      const out = await stored(value);
      expect(out, JSON.stringify(value)).not.toMatch(/sausage|SAUSAGE/);
      expect(out).toMatch(/SEED_PHRASE/);
    }
    // 11 words, or a checksum that fails: a list of words.
    expect(await stored({ words: words.slice(0, 11) })).toContain('sausage');
    expect(await stored({ tags: [...words.slice(0, 11), 'year'] })).toContain('sausage');
  });
});

describe('personal data in other spellings', () => {
  it('a phone after a CJK phone word with `number` and a full-width colon', () => {
    for (const [text, value] of [
      ['携帯番号：080-1234-5678', '080-1234-5678'],
      ['手机号码：138-0013-8000', '138-0013-8000'],
      ['電話番号：090 1234 5678', '090 1234 5678'],
      ['전화번호: 010-1234-5678', '010-1234-5678'],
    ]) {
      expect(masked(text as string, value as string, /PHONE/), text).toBe(true);
    }
  });
  it('a value with a lone surrogate or a replacement character inside', async () => {
    for (const value of [{ e: 'jane\ud800@example.com' }, { e: 'ja\ud800ne.doe@example.com' }, { e: 'jane\ufffd@example.com' }, { e: 'call +44 20 79\ud80046 0958' }] as JsonValue[]) {
      expect(await stored(value), JSON.stringify(value)).toMatch(/^\{"e":"(?:call )?\[(?:EMAIL|PHONE):psn_[a-z0-9_]+\]"\}$/);
    }
    expect(await stored({ e: 'plain \ufffd text' })).toBe(JSON.stringify({ e: 'plain \ufffd text' }));
  });
  it('a medical record number under a member name ending in mrn', async () => {
    for (const value of [{ encounter: { patient_mrn: '00482913' } }, { encounterMrn: '00482913' }, { primary_medical_record_number: '00482913' }] as JsonValue[]) {
      expect(await stored(value), JSON.stringify(value)).not.toContain('00482913');
    }
    for (const value of [{ club_member_id: '12345678' }, { mrn_count: 5 }] as JsonValue[]) expect(await stored(value)).toBe(JSON.stringify(value));
  });
});

describe('text kept around a masked value, and ranges', () => {
  it('a quote before an email in SQL stays', () => {
    const text = "SELECT * FROM u WHERE email = 'leilani@example.com' AND x";
    expect(covering(text, 'leilani@example.com')).toEqual(['EMAIL:leilani@example.com']);
    expect(covering("mail `dave@example.com`", 'dave@example.com')).toEqual(['EMAIL:dave@example.com']);
    expect(covering("o'brien@example.com", "o'brien@example.com")).toEqual(["EMAIL:o'brien@example.com"]);
  });
  it('a range of numbers after a word for one is no phone', () => {
    for (const text of ['Port range 49152-65535', 'ports 8000-8080 open', 'IDs 10000-19999 are reserved']) expect(detectSensitive(text).filter((d) => d.type === 'PHONE'), text).toEqual([]);
    expect(masked('call me 0207-9460958', '0207-9460958', /PHONE/)).toBe(true);
  });
});

describe('redact() on values that are not JSON', () => {
  it('throws a RedactionError that quotes no value, not a TypeError or the getter\'s message', () => {
    const getter = {
      get x(): string {
        throw new Error('boom 536-22-8514');
      },
    };
    for (const value of [{ ssn: 536228514n }, getter]) {
      let caught: unknown;
      try {
        createRedactor().redact(event(value), { capture: {} } as never);
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({ name: 'RedactionError', code: 'redaction_failed' });
      expect(String((caught as Error).message)).not.toMatch(/536|boom/);
      expect((caught as Error).cause).toBeUndefined();
    }
  });
});

describe('over-masking by the day\'s new rules (a third fresh probe of 2026-12-03, 656 inputs)', () => {
  it('lists of BIP-39 words that are no phrase: comma-separated, numbered, inside a longer run', () => {
    for (const text of [
      'Shopping list: chicken, egg, garlic, onion, potato, tomato, rice, sugar, salt, pepper, honey, milk',
      'You will need chicken, egg, garlic, onion, potato, tomato, rice, sugar, salt, pepper, honey and milk.',
      '1. Chicken\n2. Egg\n3. Garlic\n4. Onion\n5. Potato\n6. Tomato\n7. Rice\n8. Sugar\n9. Salt\n10. Pepper\n11. Honey\n12. Milk',
      'We stock apple, banana, chicken, egg, garlic, onion, potato, tomato, rice, sugar, salt, pepper, honey, milk, bread.',
    ]) {
      expect(detectSensitive(text).filter((d) => d.type === 'SEED_PHRASE'), text).toEqual([]);
    }
  });
  it('a line of prose after a sign-off is no signer', () => {
    for (const text of ['Thanks,\nhope this helps', 'Thanks,\nwill do', 'Thanks,\nsee below', 'Thanks,\nhappy to help', 'Thanks,\nping me', 'Thanks,\nmark as resolved', 'Thanks,\nmerry christmas']) {
      expect(detectSensitive(text).filter((d) => d.type === 'PERSON'), JSON.stringify(text)).toEqual([]);
    }
    expect(masked('Thanks,\nmaria', 'maria', /PERSON/)).toBe(true);
    expect(masked('Best,\nbob from ops', 'bob', /PERSON/)).toBe(true);
  });
  it('options about a secret, in a help text', () => {
    for (const text of ['--require-password yes', '--max-token 4096', '--enable-token auth', 'Usage: app\n  --require-password   require a password\n  --enable-token MODE  token mode']) {
      expect(detectSensitive(text).filter((d) => d.type === 'PASSWORD'), text).toEqual([]);
    }
  });
  it('YAML: a comment before a nested mapping, prose in a block scalar', () => {
    for (const text of ['spec:\n  token:\n    # rotate daily\n    ttl: 24h', 'auth:\n  password:\n    # min policy\n    minLength: 12', 'password: |\n  See the vault for details', 'token: >-\n  This field describes the token format\n  used by the API']) {
      expect(detectSensitive(text).filter((d) => d.type === 'PASSWORD'), text).toEqual([]);
    }
    expect(masked('password:\n    # set by ops\n    Blue-Falcon-77', 'Blue-Falcon-77', /PASSWORD/)).toBe(true);
  });
  it('code talk after `your … code`: languages, counts in other languages, ranges, dates, platform names', () => {
    for (const text of ['Your Rust code is 4096 bytes', 'Your Kotlin code: 1024 lines', 'Your Docker code: 8080', 'Your code is 10-20 lines', 'Your code is 100-200', 'the code is 2024-2025 budget', 'Your GitHub code: 2024-01-15', 'Your code is ARM64 only', 'Your code is BASE64 encoded', 'Your code is DO178C', 'Ваш код: 1234 строк', 'Twój kod: 1234 linii', 'Din kod: 1500 rader']) {
      expect(detectSensitive(text).filter((d) => d.type === 'PASSWORD'), text).toEqual([]);
    }
    for (const [text, code] of [['Your WhatsApp code: 481-516', '481-516'], ['Your code is AB12CD', 'AB12CD'], ['Ваш код: 481516', '481516']]) expect(masked(text as string, code as string, /PASSWORD/), text).toBe(true);
  });
  it('Spanish nouns in -or and -ente after `Un`; record numbers of things that are no patients', async () => {
    for (const text of ['Un error ocurrió', 'Un servidor', 'Un cliente']) expect(detectSensitive(text).filter((d) => d.type === 'PERSON'), text).toEqual([]);
    for (const value of [{ vm_mrn: 'n12345' }, { stream_mrn: 'abc123' }] as JsonValue[]) expect(await stored(value)).toBe(JSON.stringify(value));
  });
});

describe('members of a secret\'s object (a probe of 2026-12-03)', () => {
  it('metadata members are read as text; the user name stays masked with its secret, on purpose (a user name is often a person\'s)', async () => {
    const out = await stored({ token: { token_type: 'bearer', scope: 'read', access_token: 'abc123def456ghi789', expires_in: '3600' } });
    expect(out).toContain('"token_type":"bearer"');
    expect(out).toContain('"scope":"read"');
    expect(out).not.toContain('abc123def456ghi789');
    expect(await stored({ auth: { user: 'admin', type: 'basic' } })).not.toContain('"admin"');
  });
});

describe('an AWS account id in a query (a probe of 2026-12-03 masked it as a bank account)', () => {
  it('12 digits under account= beside an AWS region or an ARN are kept, as in an AWS object', async () => {
    for (const url of ['https://console.example/?account=123456789012&region=us-east-1', 'https://x.test/?region=eu-west-1&account=123456789012', 'https://x.test/?account=123456789012&arn=arn%3Aaws%3Aiam%3A%3A1']) {
      expect(await stored(url), url).toBe(JSON.stringify(url));
    }
  });
  it('without them, or in text, or more than 12 digits, the account number is masked', async () => {
    for (const text of ['https://x.test/?account=123456789012', 'account: 123456789012 region=us-east-1', 'https://x.test/?account=1234567890123&region=us-east-1', 'https://x.test/?account=123456789012&region=moon']) {
      expect(await stored(text), text).not.toContain('123456789012');
    }
  });
});

describe('a table as columns and rows (a third fresh probe of 2026-12-03: the SSN and the date of birth were stored raw)', () => {
  it('each cell is read as the value of its column', async () => {
    const out = await stored({ cols: ['name', 'ssn', 'dob'], rows: [['Amara Okafor', '536228514', '1984-03-12']] });
    for (const raw of ['Amara', 'Okafor', '536228514', '1984-03-12']) expect(out, raw).not.toContain(raw);
    expect(out).toMatch(/\[SSN:psn_/);
    expect(out).toMatch(/\[DOB:psn_/);
    const fields = await stored({ fields: [{ name: 'email' }, { name: 'pin' }], rows: [['x@y.com', '4821'], ['z@w.org', '9917']] });
    for (const raw of ['x@y.com', '4821', '9917']) expect(fields, raw).not.toContain(raw);
    // Also in JSON inside a string (a tool's text result).
    const inner = await stored(JSON.stringify({ columns: ['patient_name', 'mrn'], data: [['Hemi Walker', '00482913']] }));
    for (const raw of ['Hemi', 'Walker', '00482913']) expect(inner, raw).not.toContain(raw);
  });
  it('cells under plain columns stay, and so does a list of lists with no column list', async () => {
    expect(await stored({ columns: ['id', 'status'], data: [[1, 'ok'], [2, 'fail']] })).toBe('{"columns":["id","status"],"data":[[1,"ok"],[2,"fail"]]}');
    expect(await stored({ rows: [['536228514']] })).toBe('{"rows":[["536228514"]]}');
  });
});

describe('number groups joined by a plus, a bullet or a middle dot (a third fresh probe of 2026-12-03: stored raw)', () => {
  it('cards and IBANs with these separators are masked; an underscore still joins an identifier', async () => {
    for (const text of ['card 4111•1111•1111•1111', 'card 4111+1111+1111+1111', 'card 4111·1111·1111·1111', 'IBAN GB82•WEST•1234•5698•7654•32']) {
      const out = await stored(text);
      expect(out, text).not.toMatch(/1111.1111|5698/);
    }
    expect(await stored('MRN 12345_x')).not.toMatch(/MRN:psn/);
  });
});
