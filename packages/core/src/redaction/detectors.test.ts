import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

const types = (text: string) => detectSensitive(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);

describe('built-in detectors', () => {
  it('finds emails, keeps neighbours intact', () => {
    expect(types('write to Bob.Smith+x@mail.example.co.uk, please')).toEqual(['EMAIL:Bob.Smith+x@mail.example.co.uk']);
    expect(types('user@localhost and @handle and a@b')).toEqual([]);
  });

  it('finds phone numbers in national and international formats', () => {
    expect(types('call +1 (415) 555-0132 now')).toEqual(['PHONE:+1 (415) 555-0132']);
    expect(types('Mobile: 07700 900123')).toEqual(['PHONE:07700 900123']);
    expect(types('tel 030 12345678 or +49 30 12345678')).toEqual(['PHONE:030 12345678', 'PHONE:+49 30 12345678']);
    expect(types('desk 415-555-0132 x204')).toEqual(['PHONE:415-555-0132 x204']);
    // Bare digit runs need phone context.
    expect(types('order 4155550132 shipped')).toEqual([]);
    expect(types('phone 4155550132')).toEqual(['PHONE:4155550132']);
  });

  it('finds payment cards with Luhn and issuer ranges, with spaces and dashes', () => {
    expect(types('card 4111 1111 1111 1111 exp 12/29')).toEqual(['CARD:4111 1111 1111 1111']);
    expect(types('card 5500-0000-0000-0004')).toEqual(['CARD:5500-0000-0000-0004']);
    expect(types('amex 378282246310005')).toEqual(['CARD:378282246310005']);
    expect(types('ref 4111111111111112')).toEqual([]); // fails Luhn
    expect(types('id 9111111111111111')).not.toContain('CARD:9111111111111111'); // no issuer starts with 9
  });

  it('finds IBANs by country length and mod-97', () => {
    expect(types('pay to DE89 3704 0044 0532 0130 00 today')).toEqual(['IBAN:DE89 3704 0044 0532 0130 00']);
    expect(types('GB82WEST12345698765432')).toEqual(['IBAN:GB82WEST12345698765432']);
    expect(types('GB82WEST12345698765433')).toEqual([]); // bad check digits
    expect(types('DE89370400440532013')).toEqual([]); // wrong length for DE
  });

  it('finds US SSNs and excludes impossible and published sample numbers', () => {
    expect(types('SSN 536-22-1234')).toEqual(['SSN:536-22-1234']);
    expect(types('078-05-1120 is the Woolworth sample').filter((t) => t.startsWith('SSN'))).toEqual([]);
    expect(types('000-12-3456 666-12-3456 912-12-3456 536-00-1234 536-22-0000')).toEqual([]);
    expect(types('my social security number is 536221234')).toEqual(['SSN:536221234']);
  });

  it('finds IPv4 and IPv6 but not versions, loopback or code', () => {
    expect(types('from 203.0.113.7 and 2001:db8::8a2e:370:7334')).toEqual(['IP:203.0.113.7', 'IP:2001:db8::8a2e:370:7334']);
    expect(types('127.0.0.1 and ::1 and 999.1.1.1 and 1.2.3.4.5 and v1.2.3.4 and std::vector')).toEqual([]);
  });

  it('finds secrets of each kind', () => {
    const cases: Array<[string, string]> = [
      ['AWS_ACCESS_KEY', 'AKIAZ7Q3XK4MPLR2WD5N'],
      ['GITHUB_TOKEN', `ghp_${'aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5'}`],
      ['GITLAB_TOKEN', 'glpat-Xy7Zk2Lm9Qp4Rt6Vw8Ab'],
      ['SLACK_TOKEN', 'xoxb-12345678901-123456789012-AbCdEfGhIjKlMnOpQrStUvWx'],
      ['STRIPE_KEY', 'sk_live_51HqLyjWDarjtT1zdp7dcXc9a'],
      ['ANTHROPIC_KEY', `sk-ant-api03-${'Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv'.repeat(3)}`],
      ['OPENAI_KEY', 'sk-proj-Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3'],
      ['JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'],
    ];
    for (const [type, secret] of cases) {
      const found = detectSensitive(`value: ${secret} end`);
      expect(found.map((d) => d.type), type).toContain(type);
      expect(found.some((d) => d.start <= 7 && d.end >= 7 + secret.length), type).toBe(true);
    }
    expect(types('Authorization: Bearer abc123DEF456ghi789')).toEqual(['BEARER_TOKEN:abc123DEF456ghi789']);
    expect(types('postgres://app:s3cr3tPa55@db:5432/x')).toEqual(['URL_CREDENTIALS:app:s3cr3tPa55']);
    expect(types('db_password=Hunter2Hunter2')).toEqual(['PASSWORD:Hunter2Hunter2']);
    const pem = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----';
    expect(types(`key:\n${pem}\nbye`)).toEqual([`PRIVATE_KEY:${pem}`]);
  });

  it('leaves documented placeholders and token counts alone', () => {
    for (const text of ['password = ${DB_PASSWORD}', 'password: null', 'Authorization: Bearer <token>', 'max_tokens: 1024', 'token_type: bearer', 'AKIAIOSFODNN7EXAMPLE']) {
      expect(types(text), text).toEqual([]);
    }
  });

  it('marks health context: terms classify, MRNs and ICD-10 codes are masked', () => {
    const found = detectSensitive('Patient MRN: 00123456 diagnosed with E11.9 (type 2 diabetes)');
    expect(found.map((d) => d.type)).toEqual(['MRN', 'ICD10']);
    expect(detectSensitive('release 1.2 of the A10 model').length).toBe(0);
  });

  it('finishes on long adversarial strings (no catastrophic backtracking) and still finds what is there', () => {
    const adversarial = [
      'a'.repeat(200_000) + '@',
      '1 '.repeat(100_000),
      '1-'.repeat(100_000) + 'x',
      ':'.repeat(100_000) + '1',
      'x@' + 'a.'.repeat(100_000),
      'password=' + '='.repeat(100_000),
      'eyJ' + 'a'.repeat(100_000) + '.eyJ',
      '-----BEGIN ' + 'A'.repeat(100_000),
      'DE89' + ' 3704'.repeat(50_000),
      '4'.repeat(200_000),
    ];
    for (const text of adversarial) {
      const found = detectSensitive(`${text} mail me at someone@example.org`);
      expect(found.some((d) => d.type === 'EMAIL')).toBe(true);
    }
  });
});
